package com.crmbridge.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.kpi.AlertType;
import com.crmbridge.kpi.KpiResults;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultRowsTest {
    @Test
    void aScorecardRowHasTheSpecsColumnsInOrderRounded() {
        ResultRow row = ResultRows.scorecard(KpiFixtures.scorecard("23000"));

        assertThat(row.kind()).isEqualTo(ResultRow.Kind.SCORECARD);
        assertThat(row.key()).isEqualTo("wang@example.com|2026-Q3");
        assertThat(row.values().keySet()).containsExactlyElementsOf(ResultRows.SCORECARD_COLUMNS);
        assertThat(row.get("won_revenue")).isEqualTo("120000.01");
        assertThat(row.get("attainment")).isEqualTo("1.2000");
        assertThat(row.get("growth")).isEmpty();
        assertThat(row.get("score")).isEqualTo("91.23");
        assertThat(row.get("rating")).isEqualTo("A");
        assertThat(row.get("bonus")).isEqualTo("23000.00");
        assertThat(row.get("period")).isEqualTo("2026-Q3");
    }

    @Test
    void anAlertRowHasTheSpecsColumnsInOrderAndTheAlertsKey() {
        ResultRow row = ResultRows.alert(KpiFixtures.alert(AlertType.OVERDUE_DEAL, "D9"));

        assertThat(row.kind()).isEqualTo(ResultRow.Kind.ALERT);
        assertThat(row.key()).isEqualTo("OVERDUE_DEAL|wang@example.com|crm:D9");
        assertThat(row.values().keySet()).containsExactlyElementsOf(ResultRows.ALERT_COLUMNS);
        assertThat(row.get("subject_id")).isEqualTo("D9");
        assertThat(row.get("subject_type")).isEqualTo("DEAL");
    }

    @Test
    void resultsBecomeScorecardsThenAlerts() {
        KpiResults results = new KpiResults(
                "rules-1",
                Instant.parse("2026-09-30T00:00:00Z"),
                List.of(KpiFixtures.scorecard("1")),
                List.of(KpiFixtures.alert(AlertType.OVERDUE_DEAL, "D1")));

        assertThat(ResultRows.of(results))
                .extracting(ResultRow::kind)
                .containsExactly(ResultRow.Kind.SCORECARD, ResultRow.Kind.ALERT);
    }

    @Test
    void theFingerprintChangesWithAnyValueAndOnlyWithValues() {
        ResultRow row = ResultRows.scorecard(KpiFixtures.scorecard("23000"));

        assertThat(ResultRows.scorecard(KpiFixtures.scorecard("23000.001")).fingerprint())
                .isEqualTo(row.fingerprint());
        assertThat(ResultRows.scorecard(KpiFixtures.scorecard("23000.01")).fingerprint())
                .isNotEqualTo(row.fingerprint());
        assertThat(row.fingerprint()).hasSize(64);
    }

    @Test
    void theFingerprintTellsEmptyFromAbsentAndKeyFromValue() {
        ResultRow ab = new ResultRow(ResultRow.Kind.SCORECARD, "k", java.util.Map.of("a", "b"));
        ResultRow a = new ResultRow(ResultRow.Kind.SCORECARD, "k", java.util.Map.of("ab", ""));

        assertThat(ab.fingerprint()).isNotEqualTo(a.fingerprint());
    }
}
