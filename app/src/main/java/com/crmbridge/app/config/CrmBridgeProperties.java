package com.crmbridge.app.config;

import com.crmbridge.domain.PeriodKind;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code crmbridge.*} configuration.
 *
 * @param zone the zone that turns instants into dates and periods
 * @param period the kind of period scorecards are computed for
 * @param locale the language of alert messages and explanations: {@code zh-CN} or {@code en}
 * @param pluginsDir where connector plugins (jars) are looked for, relative to the working directory
 * @param kpi goals, weights, ratings, bonus and alert thresholds; every one defaults to {@code spec/kpi.md}
 * @param connectors the configured connectors by name; when none is configured, {@code samples} (csv, reading
 *     the shipped samples) and {@code results} (csv, writing {@code ./out}) are used
 * @param security who may use the REST API
 */
@ConfigurationProperties("crmbridge")
public record CrmBridgeProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("QUARTER") PeriodKind period,
        @DefaultValue("zh-CN") Locale locale,
        @DefaultValue("plugins") Path pluginsDir,
        @DefaultValue KpiProperties kpi,
        @Nullable Map<String, ConnectorProperties> connectors,
        @DefaultValue SecurityProperties security) {
    public CrmBridgeProperties {
        connectors = connectors == null ? Map.of() : new TreeMap<>(connectors);
    }

    /** The configured connectors by name, in name order; empty when none is configured. */
    @Override
    public Map<String, ConnectorProperties> connectors() {
        return connectors == null ? Map.of() : connectors;
    }
}
