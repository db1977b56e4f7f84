package com.crmbridge.app.config;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One configured connector, {@code crmbridge.connectors.<name>}.
 *
 * @param type the provider's type: {@code csv}, {@code zoho}, {@code fxiaoke} or a plugin's
 * @param read whether it is pulled from
 * @param write whether results are pushed to it
 * @param schedule a Spring cron expression (seconds first) for its pulls when running as a service; default
 *     every hour on the hour
 * @param settings the connector's own settings, flattened to dotted keys with lists as {@code key[0]};
 *     validated against the provider's settings spec at start; {@code ${ENV_VAR}} placeholders are resolved
 */
public record ConnectorProperties(
        String type,
        @DefaultValue("true") boolean read,
        @DefaultValue("false") boolean write,
        @DefaultValue("0 0 * * * *") String schedule,
        @Nullable Map<String, String> settings) {
    public ConnectorProperties {
        settings = settings == null ? Map.of() : new TreeMap<>(settings);
    }

    @Override
    public Map<String, String> settings() {
        return settings == null ? Map.of() : settings;
    }

    /** Does not show the settings, which may hold secrets. */
    @Override
    public String toString() {
        return "ConnectorProperties[type=" + type + ", read=" + read + ", write=" + write + ", schedule=" + schedule
                + ", settings=" + settings().keySet() + "]";
    }
}
