package com.crmbridge.app.config;

import com.crmbridge.spi.Connector;
import com.crmbridge.spi.Sink;
import com.crmbridge.spi.Source;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/**
 * A connector as configured and created at start.
 *
 * @param name its name under {@code crmbridge.connectors}
 * @param type its provider's type
 * @param read whether it is pulled from (then it is a {@link Source})
 * @param write whether results are pushed to it (then it is a {@link Sink})
 * @param schedule when it is pulled in service mode
 * @param connector the instance, used by one run at a time
 * @param counters its API calls and credits
 */
public record ConfiguredConnector(
        String name,
        String type,
        boolean read,
        boolean write,
        CronExpression schedule,
        Connector connector,
        ConnectorCounters counters) {
    /** The source to pull, when the connector reads. */
    public Optional<Source> source() {
        return read && connector instanceof Source s ? Optional.of(s) : Optional.empty();
    }

    /** The sink to push to, when the connector writes. */
    public Optional<Sink> sink() {
        return write && connector instanceof Sink s ? Optional.of(s) : Optional.empty();
    }
}
