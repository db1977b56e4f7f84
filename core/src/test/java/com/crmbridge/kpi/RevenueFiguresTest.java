package com.crmbridge.kpi;

import static com.crmbridge.kpi.Fixture.card;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.Period;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** wonRevenue, wonDeals, lostDeals, target, attainment, growth and winRate. */
class RevenueFiguresTest {
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final Period Q2 = Period.quarter(2026, 2);

    private final Fixture data = new Fixture()
            .manager("m1", "m1@example.com", "East")
            .won("d1", "m1", "100", "2026-04-01")
            .won("d2", "m1", "200.50", "2026-06-30")
            .won("d0", "m1", "999", "2026-03-31")
            .won("d9", "m1", "7", "2026-07-01")
            .lost("l1", "m1", "2026-05-15")
            .deal("o1", "m1", "5000", DealStage.NEGOTIATION, "2026-05-01");

    @Test
    void wonRevenueCountsWonDealsClosedOnTheFirstAndTheLastDayOfThePeriod() {
        Scorecard q2 = card(data.compute("2026-07-15T12:00"), "m1", Q2);

        assertThat(q2.wonRevenue()).isEqualByComparingTo("300.50");
        assertThat(q2.wonDeals()).isEqualTo(2);
        assertThat(q2.explanation("wonRevenue").records())
                .extracting(r -> r.externalId())
                .containsExactly("d1", "d2");
    }

    @Test
    void lostDealsCountLostDealsByCloseDateAndOpenDealsCountNowhere() {
        Scorecard q2 = card(data.compute("2026-07-15T12:00"), "m1", Q2);

        assertThat(q2.lostDeals()).isEqualTo(1);
        assertThat(card(data.compute("2026-07-15T12:00"), "m1", Q1).lostDeals()).isZero();
    }

    @Test
    void winRateIsWonOverWonPlusLost() {
        Scorecard q2 = card(data.compute("2026-07-15T12:00"), "m1", Q2);

        // 2 / (2 + 1)
        assertThat(Rounding.ratio(q2.winRate())).isEqualByComparingTo("0.6667");
        assertThat(q2.explanation("winRate").formula()).isEqualTo("winRate = 2 / (2 + 1) = 0.6667");
    }

    @Test
    void winRateIsEmptyWithoutWonOrLostDeals() {
        Scorecard q3 =
                card(data.lost("l9", "m1", "2026-09-01").compute("2026-07-15T12:00"), "m1", Period.quarter(2026, 3));
        assertThat(q3.winRate()).isEqualByComparingTo("0.5");

        Scorecard q1 = card(
                new Fixture()
                        .manager("m1", null, null)
                        .deal("o", "m1", "5", DealStage.PROPOSAL, "2026-02-01")
                        .compute("2026-03-01T00:00"),
                "m1",
                Q1);
        assertThat(q1.winRate()).isNull();
    }

    @Test
    void attainmentIsWonRevenueOverTarget() {
        Scorecard q2 = card(data.target("m1", Q2, "400").compute("2026-07-15T12:00"), "m1", Q2);

        assertThat(q2.target()).isEqualByComparingTo("400");
        // 300.50 / 400 = 0.75125, exactly
        assertThat(q2.attainment()).isEqualByComparingTo("0.75125");
        assertThat(Rounding.ratio(q2.attainment())).isEqualByComparingTo("0.7513");
    }

    @Test
    void attainmentIsEmptyWithoutTarget() {
        Scorecard q2 = card(data.compute("2026-07-15T12:00"), "m1", Q2);

        assertThat(q2.target()).isNull();
        assertThat(q2.attainment()).isNull();
        assertThat(q2.explanation("attainment").formula()).isEqualTo("attainment = empty (no target)");
    }

    @Test
    void attainmentIsEmptyWhenTheTargetIsZero() {
        Scorecard q2 = card(data.target("m1", Q2, "0").compute("2026-07-15T12:00"), "m1", Q2);

        assertThat(q2.target()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(q2.attainment()).isNull();
        assertThat(q2.bonus()).isEqualByComparingTo("0");
    }

    @Test
    void growthComparesWithThePreviousPeriod() {
        Scorecard q2 = card(data.compute("2026-07-15T12:00"), "m1", Q2);

        // (300.50 - 999) / 999 = -0.699199...
        assertThat(Rounding.ratio(q2.growth())).isEqualByComparingTo("-0.6992");
        assertThat(q2.explanation("growth").formula()).isEqualTo("growth = (300.50 - 999.00) / 999.00 = -0.6992");
    }

    @Test
    void growthIsEmptyWhenThePreviousPeriodWonNothing() {
        Scorecard q1 = card(data.compute("2026-07-15T12:00"), "m1", Q1);

        assertThat(q1.wonRevenue()).isEqualByComparingTo("999");
        assertThat(q1.growth()).isNull();
    }

    @Test
    void targetsOfTwoSourcesForOnePersonAddUp() {
        Fixture merged = new Fixture()
                .manager("crm", "m1", "li@example.com", "East", com.crmbridge.domain.ManagerTier.STANDARD, true)
                .manager("erp", "e1", "li@example.com", "East", com.crmbridge.domain.ManagerTier.STANDARD, true)
                .target("m1", Q1, "100")
                .add(new com.crmbridge.domain.Target(
                        new com.crmbridge.domain.SourceRef("erp", "t1"), "e1", Q1, new BigDecimal("50"), null));

        assertThat(card(merged.compute("2026-02-01T00:00"), "m1", Q1).target()).isEqualByComparingTo("150");
    }
}
