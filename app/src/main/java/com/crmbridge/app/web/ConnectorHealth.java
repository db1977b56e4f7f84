package com.crmbridge.app.web;

import com.crmbridge.app.config.ConfiguredConnector;
import com.crmbridge.app.store.RunStore;
import com.crmbridge.spi.CheckResult;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A connector's health for Actuator: its own check (credentials, objects), at most a minute old, and its last run's
 * status.
 */
final class ConnectorHealth implements HealthIndicator {
    private final ConfiguredConnector connector;
    private final ConnectorChecks checks;
    private final RunStore runs;

    ConnectorHealth(ConfiguredConnector connector, ConnectorChecks checks, RunStore runs) {
        this.connector = connector;
        this.checks = checks;
        this.runs = runs;
    }

    @Override
    public Health health() {
        CheckResult check = checks.check(connector);
        Health.Builder health = check.healthy() ? Health.up() : Health.down();
        health.withDetail("type", connector.type());
        if (!check.problems().isEmpty()) {
            health.withDetail("problems", check.problems());
        }
        if (!check.details().isEmpty()) {
            health.withDetail("checked", check.details());
        }
        runs.lastOf(connector.name()).ifPresent(run -> {
            health.withDetail("lastRun", run.id());
            health.withDetail("lastRunStatus", run.status());
            health.withDetail("lastRunStarted", run.startedAt().toString());
        });
        return health.build();
    }
}
