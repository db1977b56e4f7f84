package com.crmbridge.kpi;

import static com.crmbridge.kpi.Fixture.card;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.spi.ResultRow;
import com.crmbridge.spi.ResultRows;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked example of {@code docs/kpi.md}: every number there is asserted here. */
class WorkedExampleTest {
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final Period Q2 = Period.quarter(2026, 2);

    static Fixture example() {
        return new Fixture()
                .manager("crm", "wf", "wang.fang@example.com", "华东", ManagerTier.SENIOR, true)
                .customer("c1", "wf", "2025-03-01", null)
                .customer("c2", "wf", "2025-05-01", null)
                .customer("c3", "wf", "2025-07-01", "2026-05-10")
                .customer("c4", "wf", "2025-09-01", null)
                .customer("c5", "wf", "2026-04-15", null)
                .won("D-0", "wf", "200000", "2026-03-20")
                .deal("D-1", "c1", "wf", "150000", DealStage.WON, "2026-04-10")
                .deal("D-2", "c2", "wf", "80000", DealStage.WON, "2026-06-30")
                .deal("D-3", "c4", "wf", "60000", DealStage.LOST, "2026-05-05")
                .deal("D-4", "c4", "wf", "90000", DealStage.PROPOSAL, "2026-09-30")
                .target("wf", Q2, "200000")
                .survey("F-1", "c1", "wf", "2026-04-20T10:00", 5)
                .survey("F-2", "c2", "wf", "2026-05-06T10:00", 4)
                .survey("F-3", "c4", "wf", "2026-05-20T10:00", 4)
                .survey("F-4", "c1", "wf", "2026-06-01T10:00", 3)
                .survey("F-5", "c2", "wf", "2026-06-15T10:00", 5)
                .complaint("F-6", "c4", "wf", "2026-05-02T09:00", "2026-05-05T09:00")
                .complaint("F-7", "c1", "wf", "2026-06-01T09:00", "2026-06-11T09:00");
    }

    @Test
    void workedExampleOfTheDocs() {
        KpiResults results = example().compute("2026-06-30T18:00");
        Scorecard q2 = card(results, "wf", Q2);

        Map<String, String> row = ResultRows.scorecard(q2).values();
        assertThat(row)
                .containsEntry("won_revenue", "230000.00")
                .containsEntry("won_deals", "2")
                .containsEntry("lost_deals", "1")
                .containsEntry("target", "200000.00")
                .containsEntry("attainment", "1.1500")
                .containsEntry("growth", "0.1500")
                .containsEntry("win_rate", "0.6667")
                .containsEntry("responses", "5")
                .containsEntry("csat", "0.8000")
                .containsEntry("avg_score", "4.2000")
                .containsEntry("complaints", "2")
                .containsEntry("complaint_resolution", "0.5000")
                .containsEntry("retention", "0.7500")
                .containsEntry("new_customers", "1")
                .containsEntry("score", "93.01")
                .containsEntry("rating", "A")
                .containsEntry("rank", "1")
                .containsEntry("bonus", "24500.00");

        assertThat(q2.explanation("score").formula())
                .isEqualTo("score = 100 × (35 × 1.0000 + 10 × 1.0000 + 10 × 1.0000 + 25 × 0.8889 + 20 × 0.7895)"
                        + " / (35 + 10 + 10 + 25 + 20) = 93.01");
        assertThat(q2.explanation("bonus").formula()).isEqualTo("bonus = 20000.00 × 1.2250 × 1 = 24500.00");
        assertThat(q2.explanation("attainment").formula()).isEqualTo("attainment = 230000.00 / 200000.00 = 1.1500");
        assertThat(q2.explanation("retention").records())
                .extracting(r -> r.externalId())
                .containsExactly("c1", "c2", "c3", "c4");
        assertThat(q2.explanation("wonRevenue").records())
                .extracting(r -> r.externalId())
                .containsExactly("D-1", "D-2");

        assertThat(card(results, "wf", Q1).wonRevenue()).isEqualByComparingTo("200000");
        assertThat(results.scorecards()).hasSize(2);
        assertThat(results.alerts()).isEmpty();
    }

    @Test
    void workedExampleRowsCarryTheMergedManager() {
        ResultRow row = ResultRows.scorecard(card(example().compute("2026-06-30T18:00"), "wf", Q2));

        assertThat(row.values())
                .containsEntry("manager_id", "wf")
                .containsEntry("manager_email", "wang.fang@example.com")
                .containsEntry("team", "华东")
                .containsEntry("period", "2026-Q2");
    }
}
