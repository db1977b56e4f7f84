package com.crmbridge.spi;

import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.kpi.Alert;
import com.crmbridge.kpi.AlertType;
import com.crmbridge.kpi.ManagerIdentity;
import com.crmbridge.kpi.Rating;
import com.crmbridge.kpi.Scorecard;
import com.crmbridge.kpi.Severity;
import com.crmbridge.kpi.SubjectType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Small KPI results to turn into rows. */
final class KpiFixtures {
    static final ManagerIdentity WANG = new ManagerIdentity(
            "wang@example.com",
            "M1",
            "王伟",
            "wang@example.com",
            "East",
            ManagerTier.SENIOR,
            true,
            List.of(new SourceRef("crm", "M1")));

    private KpiFixtures() {}

    static Scorecard scorecard(String bonus) {
        return new Scorecard(
                WANG,
                Period.quarter(2026, 3),
                new BigDecimal("120000.005"),
                3,
                1,
                new BigDecimal("100000"),
                new BigDecimal("1.20000"),
                null,
                new BigDecimal("0.75"),
                4,
                new BigDecimal("0.9"),
                new BigDecimal("4.25"),
                1,
                BigDecimal.ONE,
                new BigDecimal("0.95"),
                2,
                new BigDecimal("91.234"),
                Rating.A,
                1,
                new BigDecimal(bonus),
                Map.of());
    }

    static Alert alert(AlertType type, String subjectId) {
        return new Alert(
                type,
                Severity.HIGH,
                WANG,
                SubjectType.DEAL,
                new SourceRef("crm", subjectId),
                "商机 " + subjectId + " 已逾期");
    }
}
