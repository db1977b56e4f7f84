package com.crmbridge.spi;

import java.time.Clock;
import java.time.ZoneId;

/**
 * What the runtime gives a connector instance: its configured name, the clock and zone, a log and counters.
 * Connectors log only through {@link #log()}, so that the runtime (and the testkit's secret-leak check) sees
 * every line.
 */
public interface ConnectorContext {
    /** The instance's name from configuration ({@code files}, {@code crm}); records carry it in their source. */
    String name();

    /** The clock to read time from; tests pass a fixed one. */
    Clock clock();

    /** The configured zone that turns instants into dates. */
    ZoneId zone();

    /** Where the connector logs. */
    ConnectorLog log();

    /** Where the connector counts what a run costs. */
    ConnectorMetrics metrics();
}
