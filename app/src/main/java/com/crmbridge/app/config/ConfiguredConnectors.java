package com.crmbridge.app.config;

import com.crmbridge.app.plugin.ConnectorCatalog;
import com.crmbridge.spi.Connector;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.Sink;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.error.ConnectorException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * Every configured connector, validated and created at start. Each problem names its full key
 * ({@code crmbridge.connectors.<name>.settings.<key>}) and what is wrong; all are reported at once, and the start
 * stops. Closes the connectors when the application stops.
 */
public final class ConfiguredConnectors implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredConnectors.class);

    private final Map<String, ConfiguredConnector> connectors;

    private ConfiguredConnectors(Map<String, ConfiguredConnector> connectors) {
        this.connectors = connectors;
    }

    /**
     * Validates and creates the connectors.
     *
     * @throws ConfigurationProblem naming every bad key, when any is bad
     */
    public static ConfiguredConnectors create(
            Map<String, ConnectorProperties> configured,
            ConnectorCatalog catalog,
            Clock clock,
            ZoneId zone,
            MeterRegistry registry) {
        List<ConfigurationProblem> problems = new ArrayList<>();
        Map<String, ConfiguredConnector> created = new LinkedHashMap<>();
        configured.forEach((name, properties) -> {
            String prefix = "crmbridge.connectors." + name;
            Optional<ConnectorProvider> provider = catalog.find(String.valueOf(properties.type()));
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9_\\-]*")) {
                problems.add(new ConfigurationProblem(
                        prefix, "a connector name is letters, digits, '-' and '_', starting with a letter or digit"));
            }
            if (provider.isEmpty()) {
                problems.add(new ConfigurationProblem(
                        prefix + ".type",
                        "unknown connector type '" + properties.type() + "'; known types: "
                                + String.join(", ", catalog.providers().keySet())));
                return;
            }
            if (!properties.read() && !properties.write()) {
                problems.add(
                        new ConfigurationProblem(prefix, "is neither read nor written: set read: true or write: true"));
            }
            CronExpression schedule = null;
            try {
                schedule = CronExpression.parse(properties.schedule());
            } catch (IllegalArgumentException e) {
                problems.add(new ConfigurationProblem(
                        prefix + ".schedule",
                        "is not a cron expression (six fields, seconds first, e.g. \"0 0 * * * *\"): "
                                + e.getMessage()));
            }
            Settings settings;
            try {
                settings = provider.get().settingsSpec().validate(properties.settings());
            } catch (ConnectorException.ConfigurationInvalid e) {
                e.problems()
                        .forEach(p ->
                                problems.add(new ConfigurationProblem(prefix + ".settings." + p.key(), p.message())));
                return;
            }
            ConnectorCounters counters = new ConnectorCounters(name, registry);
            Connector connector;
            try {
                connector = provider.get().create(new RuntimeConnectorContext(name, clock, zone, counters), settings);
            } catch (ConnectorException.ConfigurationInvalid e) {
                e.problems()
                        .forEach(p ->
                                problems.add(new ConfigurationProblem(prefix + ".settings." + p.key(), p.message())));
                return;
            }
            if (properties.read() && !(connector instanceof Source)) {
                problems.add(new ConfigurationProblem(
                        prefix + ".read", "connector type '" + properties.type() + "' cannot be read from"));
            }
            if (properties.write() && !(connector instanceof Sink)) {
                problems.add(new ConfigurationProblem(
                        prefix + ".write", "connector type '" + properties.type() + "' cannot be written to"));
            }
            if (schedule != null) {
                created.put(
                        name,
                        new ConfiguredConnector(
                                name,
                                properties.type(),
                                properties.read(),
                                properties.write(),
                                schedule,
                                connector,
                                counters));
            }
        });
        if (!problems.isEmpty()) {
            created.values().forEach(c -> c.connector().close());
            throw ConfigurationProblem.of(problems);
        }
        created.values()
                .forEach(c -> LOG.info(
                        "Connector '{}' ({}){}{} on schedule {}",
                        c.name(),
                        c.type(),
                        c.read() ? ", read" : "",
                        c.write() ? ", write" : "",
                        c.schedule()));
        return new ConfiguredConnectors(created);
    }

    /** Every connector, in configuration order. */
    public Collection<ConfiguredConnector> all() {
        return connectors.values();
    }

    public Optional<ConfiguredConnector> find(String name) {
        return Optional.ofNullable(connectors.get(name));
    }

    /** The connectors that are read, in configuration order. */
    public List<ConfiguredConnector> readers() {
        return connectors.values().stream().filter(c -> c.source().isPresent()).toList();
    }

    /** The connectors that are written, in configuration order. */
    public List<ConfiguredConnector> writers() {
        return connectors.values().stream().filter(c -> c.sink().isPresent()).toList();
    }

    @Override
    public void close() {
        for (ConfiguredConnector c : connectors.values()) {
            try {
                c.connector().close();
            } catch (RuntimeException e) {
                LOG.warn("Connector '{}' did not close cleanly: {}", c.name(), e.getMessage());
            }
        }
    }
}
