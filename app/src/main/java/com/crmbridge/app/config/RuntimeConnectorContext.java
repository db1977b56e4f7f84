package com.crmbridge.app.config;

import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.ConnectorMetrics;
import java.time.Clock;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the application gives a connector: its name, the clock and zone, a log named after it, its counters. */
public record RuntimeConnectorContext(String name, Clock clock, ZoneId zone, ConnectorCounters counters)
        implements ConnectorContext {
    @Override
    public ConnectorLog log() {
        Logger logger = LoggerFactory.getLogger("com.crmbridge.connector." + name);
        return new ConnectorLog() {
            @Override
            public void debug(String message) {
                logger.debug("[{}] {}", name, message);
            }

            @Override
            public void info(String message) {
                logger.info("[{}] {}", name, message);
            }

            @Override
            public void warn(String message) {
                logger.warn("[{}] {}", name, message);
            }
        };
    }

    @Override
    public ConnectorMetrics metrics() {
        return counters;
    }
}
