package com.crmbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.kpi.KpiResults;
import com.crmbridge.spi.Connector;
import com.crmbridge.spi.InMemoryPushLedger;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.ResultRows;
import com.crmbridge.spi.Sink;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link Sink}: pushing results creates every row, and pushing the same results again sends
 * nothing ({@link PushReport#sent()} is 0, and the destination saw no write when the test can tell).
 */
public interface SinkContract extends ConnectorContract {
    /** The results to push; by default {@link SampleResults#forConnector(String)} of {@link #connectorName()}. */
    default KpiResults resultsToPush() {
        return SampleResults.forConnector(connectorName());
    }

    /**
     * How many writes the destination has received so far (for example WireMock's count of POST and PUT
     * requests), or empty when the test cannot tell; when known, the second push must not add any.
     */
    default OptionalLong destinationWrites() {
        return OptionalLong.empty();
    }

    @Test
    default void pushingTheSameResultsTwiceSendsNothingTheSecondTime() {
        KpiResults results = resultsToPush();
        int rows = ResultRows.of(results).size();
        assertThat(rows).as("rows of the results to push").isPositive();
        InMemoryPushLedger ledger = new InMemoryPushLedger();
        try (Connector connector = createConnector(newContext(), settings())) {
            if (!(connector instanceof Sink sink)) {
                throw new AssertionError(provider().type() + " does not create a Sink; do not extend SinkContract");
            }
            PushReport first = sink.push(results, ledger);
            assertThat(first.counts().get(PushReport.Outcome.REJECTED))
                    .as("rejected rows of the first push: %s", first.outcomes())
                    .isZero();
            assertThat(first.sent()).as("rows sent by the first push").isEqualTo(rows);

            OptionalLong writesBefore = destinationWrites();
            PushReport second = sink.push(results, ledger);

            assertThat(second.sent())
                    .as("rows sent by the second push of the same results")
                    .isZero();
            assertThat(second.counts().get(PushReport.Outcome.UNCHANGED))
                    .as("unchanged rows of the second push")
                    .isEqualTo(rows);
            if (writesBefore.isPresent()) {
                assertThat(destinationWrites())
                        .as("destination writes during the second push")
                        .isEqualTo(writesBefore);
            }
        }
    }
}
