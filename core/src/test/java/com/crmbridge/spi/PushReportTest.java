package com.crmbridge.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.spi.PushReport.Outcome;
import com.crmbridge.spi.PushReport.RowOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushReportTest {
    private static RowOutcome outcome(String key, Outcome outcome) {
        return new RowOutcome(ResultRow.Kind.ALERT, key, outcome, outcome == Outcome.REJECTED ? "too long" : null);
    }

    @Test
    void sentCountsWhatTheDestinationReceived() {
        PushReport report = new PushReport(List.of(
                outcome("a", Outcome.CREATED),
                outcome("b", Outcome.UPDATED),
                outcome("c", Outcome.RESOLVED),
                outcome("d", Outcome.UNCHANGED),
                outcome("e", Outcome.REJECTED)));

        assertThat(report.sent()).isEqualTo(3);
        assertThat(report.counts())
                .containsEntry(Outcome.CREATED, 1)
                .containsEntry(Outcome.UNCHANGED, 1)
                .containsEntry(Outcome.REJECTED, 1)
                .hasSize(Outcome.values().length);
    }

    @Test
    void anEmptyReportSentNothingAndCountsZeroForEveryOutcome() {
        PushReport report = new PushReport(List.of());

        assertThat(report.sent()).isZero();
        assertThat(report.counts().values()).containsOnly(0);
    }
}
