package com.crmbridge.app.web.console;

import com.crmbridge.app.store.RunRecord;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A configured connector as the console's connectors page shows it.
 *
 * @param name the configured name
 * @param type {@code csv}, {@code zoho}, {@code fxiaoke} or a plugin's type
 * @param read whether it is pulled
 * @param write whether results are pushed to it
 * @param schedule its cron schedule; {@code null} when it is not pulled
 * @param nextRun when its schedule fires next; {@code null} when it is not pulled
 * @param health {@code UP} when its last run went through, {@code DOWN} when it failed, {@code UNKNOWN} before
 *     its first run
 * @param healthDetail the error of its last run, when it failed
 * @param lastRun the latest run that read or pushed it
 */
record ConnectorView(
        String name,
        String type,
        boolean read,
        boolean write,
        @Nullable String schedule,
        @Nullable Instant nextRun,
        String health,
        @Nullable String healthDetail,
        @Nullable RunRecord lastRun) {}
