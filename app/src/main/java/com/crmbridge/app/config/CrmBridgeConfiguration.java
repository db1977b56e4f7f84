package com.crmbridge.app.config;

import com.crmbridge.app.plugin.ConnectorCatalog;
import com.crmbridge.app.plugin.PluginCatalog;
import com.crmbridge.kpi.KpiConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns the {@code crmbridge.*} properties into the clock, the catalog, the connectors and the KPI config. */
@Configuration(proxyBeanMethods = false)
public class CrmBridgeConfiguration {
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    ConnectorCatalog connectorCatalog(CrmBridgeProperties properties) {
        return new PluginCatalog(CrmBridgeConfiguration.class.getClassLoader(), properties.pluginsDir());
    }

    @Bean(destroyMethod = "close")
    ConfiguredConnectors configuredConnectors(
            CrmBridgeProperties properties, ConnectorCatalog catalog, Clock clock, MeterRegistry registry) {
        return ConfiguredConnectors.create(
                DefaultConnectors.orDefaults(
                        properties.connectors(), Path.of("").toAbsolutePath()),
                catalog,
                clock,
                properties.zone(),
                registry);
    }

    @Bean
    KpiConfig kpiConfig(CrmBridgeProperties properties) {
        return properties.kpi().toKpiConfig(properties.zone(), properties.period(), properties.locale());
    }
}
