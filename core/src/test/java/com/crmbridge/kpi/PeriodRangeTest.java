package com.crmbridge.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.PeriodKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which periods get scorecards, and for whom. */
class PeriodRangeTest {
    private final Fixture data = new Fixture()
            .manager("m1", null, "East")
            .manager("crm", "m2", null, "East", ManagerTier.STANDARD, false)
            .won("d1", "m1", "100", "2025-11-05");

    @Test
    void everyManagerActiveOrNotGetsAScorecardFromTheFirstPeriodWithDataThroughThePeriodContainingAsOf() {
        KpiResults results = data.compute("2026-05-01T00:00");

        assertThat(results.scorecards())
                .extracting(s -> s.manager().id() + " " + s.period())
                .containsExactly("m1 2025-Q4", "m1 2026-Q1", "m1 2026-Q2", "m2 2025-Q4", "m2 2026-Q1", "m2 2026-Q2");
    }

    @Test
    void aTargetOrFeedbackAlsoOpensTheRange() {
        KpiResults results = data.target("m2", Period.quarter(2025, 2), "10")
                .survey("f1", null, "m1", "2025-01-01T00:30", 5)
                .compute("2025-08-01T00:00");

        assertThat(results.scorecards().stream().map(Scorecard::period).distinct())
                .containsExactly(Period.quarter(2025, 1), Period.quarter(2025, 2), Period.quarter(2025, 3));
    }

    @Test
    void configurationNarrowsTheRange() {
        KpiResults results = data.config(Fixture.configWith(
                        PeriodKind.QUARTER,
                        Locale.SIMPLIFIED_CHINESE,
                        Period.quarter(2026, 1),
                        Period.quarter(2026, 1)))
                .compute("2026-05-01T00:00");

        assertThat(results.scorecards()).extracting(Scorecard::period).containsOnly(Period.quarter(2026, 1));
    }

    @Test
    void monthlyPeriodsCountByMonth() {
        KpiResults results = data.config(Fixture.configWith(PeriodKind.MONTH, Locale.ENGLISH, null, null))
                .won("d2", "m1", "50", "2025-12-31")
                .compute("2026-01-10T00:00");

        assertThat(Fixture.card(results, "m1", Period.month(2025, 12)).wonRevenue())
                .isEqualByComparingTo("50");
        assertThat(results.scorecards().stream().map(Scorecard::period).distinct())
                .containsExactly(Period.month(2025, 11), Period.month(2025, 12), Period.month(2026, 1));
    }

    @Test
    void noDataMeansNoScorecards() {
        KpiResults results = new Fixture().manager("m1", null, null).compute("2026-05-01T00:00");

        assertThat(results.scorecards()).isEmpty();
        assertThat(results.asOf()).isEqualTo(Fixture.at("2026-05-01T00:00"));
    }

    @Test
    void asOfIsTakenInTheConfiguredZone() {
        // 2026-03-31T20:00Z is already April 1st in Shanghai
        KpiResults results = data.compute(java.time.Instant.parse("2026-03-31T20:00:00Z"));

        assertThat(results.scorecards().stream().map(Scorecard::period).max(Period::compareTo))
                .contains(Period.quarter(2026, 2));
    }
}
