package com.crmbridge.connector.csv;

import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.ConnectorMetrics;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A context for tests: name {@code files}, a fixed clock, Asia/Shanghai, and a log that keeps its lines. */
final class TestContext implements ConnectorContext {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final List<String> lines = new ArrayList<>();

    @Override
    public String name() {
        return "files";
    }

    @Override
    public Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-15T04:00:00Z"), SHANGHAI);
    }

    @Override
    public ZoneId zone() {
        return SHANGHAI;
    }

    @Override
    public ConnectorLog log() {
        return new ConnectorLog() {
            @Override
            public void debug(String message) {
                lines.add("DEBUG " + message);
            }

            @Override
            public void info(String message) {
                lines.add("INFO " + message);
            }

            @Override
            public void warn(String message) {
                lines.add("WARN " + message);
            }
        };
    }

    @Override
    public ConnectorMetrics metrics() {
        return (counter, amount) -> {};
    }
}
