package com.crmbridge.app.web;

import com.crmbridge.app.config.ConfiguredConnector;
import com.crmbridge.spi.CheckResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The connectors' checks as the API, the console and Actuator's health show them, each kept for
 * {@link #FRESH_FOR}: a check may call the CRM and cost API credits (Zoho counts one per call), and a health probe
 * every few seconds or a console left open would otherwise spend them all day.
 */
@Component
public class ConnectorChecks {
    /** How long a check's result is shown before the connector is checked again. */
    public static final Duration FRESH_FOR = Duration.ofSeconds(60);

    private record Checked(CheckResult result, Instant at) {}

    private final Clock clock;
    private final Map<String, Checked> latest = new ConcurrentHashMap<>();

    public ConnectorChecks(Clock clock) {
        this.clock = clock;
    }

    /** The connector's check, run now unless it ran less than {@link #FRESH_FOR} ago. */
    public CheckResult check(ConfiguredConnector connector) {
        Instant now = clock.instant();
        return latest.compute(
                        connector.name(),
                        (name, last) ->
                                last != null && now.isBefore(last.at().plus(FRESH_FOR)) && !now.isBefore(last.at())
                                        ? last
                                        : new Checked(connector.connector().check(), now))
                .result();
    }
}
