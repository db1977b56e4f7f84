package com.crmbridge.app.web.console;

import org.jspecify.annotations.Nullable;

/** A manager for the console's filters: the id shown as {@code manager_id}, the name and the team. */
record ManagerView(String id, String name, @Nullable String team) {}
