package com.crmbridge.app.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An alert of the latest KPI run, as stored. */
public record StoredAlert(
        String key,
        String type,
        String severity,
        String managerKey,
        String managerId,
        @Nullable String managerEmail,
        String managerName,
        @Nullable String team,
        String subjectType,
        String subjectConnector,
        String subjectId,
        String message,
        Instant asOf) {}
