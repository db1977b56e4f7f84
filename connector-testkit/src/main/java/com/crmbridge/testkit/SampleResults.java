package com.crmbridge.testkit;

import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.kpi.Alert;
import com.crmbridge.kpi.AlertType;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.kpi.ManagerIdentity;
import com.crmbridge.kpi.Rating;
import com.crmbridge.kpi.Scorecard;
import com.crmbridge.kpi.Severity;
import com.crmbridge.kpi.SubjectType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small, fixed KPI results for sink tests: two managers' scorecards for 2026-Q3 and one alert. */
public final class SampleResults {
    private SampleResults() {}

    /**
     * Two scorecards (manager ids {@code M1}, {@code M2} of the connector) and an OVERDUE_DEAL alert on deal
     * {@code D1}, as of 2026-09-30.
     */
    public static KpiResults forConnector(String connector) {
        ManagerIdentity wang = manager(connector, "M1", "王伟", "wang.wei@example.com", ManagerTier.SENIOR);
        ManagerIdentity li = manager(connector, "M2", "李娜", "li.na@example.com", ManagerTier.STANDARD);
        Period quarter = Period.quarter(2026, 3);
        return new KpiResults(
                "sample-rules",
                Instant.parse("2026-09-30T04:00:00Z"),
                List.of(
                        scorecard(wang, quarter, "180000.00", "150000.00", "92.50", Rating.A, 1, "23000.00"),
                        scorecard(li, quarter, "60000.00", "100000.00", "55.10", Rating.D, 2, "0.00")),
                List.of(new Alert(
                        AlertType.OVERDUE_DEAL,
                        Severity.HIGH,
                        li,
                        SubjectType.DEAL,
                        new SourceRef(connector, "D1"),
                        "商机 D1 已逾期 35 天")));
    }

    private static ManagerIdentity manager(String connector, String id, String name, String email, ManagerTier tier) {
        return new ManagerIdentity(email, id, name, email, "East", tier, true, List.of(new SourceRef(connector, id)));
    }

    private static Scorecard scorecard(
            ManagerIdentity manager,
            Period period,
            String won,
            String target,
            String score,
            Rating rating,
            int rank,
            String bonus) {
        BigDecimal wonRevenue = new BigDecimal(won);
        BigDecimal targetAmount = new BigDecimal(target);
        return new Scorecard(
                manager,
                period,
                wonRevenue,
                3,
                1,
                targetAmount,
                wonRevenue.divide(targetAmount, 4, java.math.RoundingMode.HALF_UP),
                null,
                new BigDecimal("0.7500"),
                4,
                new BigDecimal("0.9000"),
                new BigDecimal("4.2500"),
                0,
                null,
                BigDecimal.ONE,
                1,
                new BigDecimal(score),
                rating,
                rank,
                new BigDecimal(bonus),
                Map.of());
    }
}
