package com.crmbridge.kpi;

import static com.crmbridge.kpi.Fixture.card;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** bonus = base × payout(attainment) × gate(csat), half-up to 2 decimals. */
class BonusTest {
    private static final Period Q1 = Period.quarter(2026, 1);
    private final BonusRule rule = new BonusRule(KpiConfig.defaults());

    @Test
    void payoutIsZeroBelowEightyPercentTheAttainmentUpToOneHundredThenOnePointFiveTimesTheExcessCappedAtTwo() {
        assertThat(rule.payout(null)).isEqualTo(Fraction.ZERO);
        assertThat(rule.payout(Fraction.of(79, 100))).isEqualTo(Fraction.ZERO);
        assertThat(rule.payout(Fraction.of(80, 100))).isEqualTo(Fraction.of(80, 100));
        assertThat(rule.payout(Fraction.ONE)).isEqualTo(Fraction.ONE);
        // 1 + 1.5 × 0.1
        assertThat(rule.payout(Fraction.of(110, 100))).isEqualTo(Fraction.of(115, 100));
        // 1 + 1.5 × 0.8 = 2.2 → 2
        assertThat(rule.payout(Fraction.of(180, 100))).isEqualTo(Fraction.of(2));
    }

    @Test
    void gateHalvesTheBonusBelowSeventyPercentCsatOnly() {
        assertThat(rule.gate(null)).isEqualTo(Fraction.ONE);
        assertThat(rule.gate(Fraction.of(69, 100))).isEqualTo(Fraction.of(1, 2));
        assertThat(rule.gate(Fraction.of(70, 100))).isEqualTo(Fraction.ONE);
    }

    @Test
    void bonusOfASeniorManagerUsesTheSeniorBase() {
        Scorecard q1 = card(
                new Fixture()
                        .manager("crm", "m1", null, null, ManagerTier.SENIOR, true)
                        .won("d1", "m1", "110000", "2026-02-01")
                        .target("m1", Q1, "100000")
                        .compute("2026-03-01T00:00"),
                "m1",
                Q1);

        // 20000 × (1 + 1.5 × 0.1) × 1
        assertThat(q1.bonus()).isEqualByComparingTo("23000.00");
        assertThat(q1.explanation("bonus").formula()).isEqualTo("bonus = 20000.00 × 1.1500 × 1 = 23000.00");
    }

    @Test
    void bonusUsesTheTargetsBaseBonusAndTheSatisfactionGate() {
        Scorecard q1 = card(
                new Fixture()
                        .manager("m1", null, null)
                        .won("d1", "m1", "90", "2026-02-01")
                        .target("m1", Q1, "100", "15000")
                        .survey("f1", null, "m1", "2026-02-01T10:00", 5)
                        .survey("f2", null, "m1", "2026-02-01T10:00", 5)
                        .survey("f3", null, "m1", "2026-02-01T10:00", 1)
                        .compute("2026-03-01T00:00"),
                "m1",
                Q1);

        // csat 2/3 < 0.70: 15000 × 0.9 × 0.5
        assertThat(q1.bonus()).isEqualByComparingTo("6750.00");
        assertThat(q1.explanation("bonus").formula()).isEqualTo("bonus = 15000.00 × 0.9000 × 0.5 = 6750.00");
    }

    @Test
    void bonusRoundsHalfUpToTwoDecimalsOnce() {
        Scorecard q1 = card(
                new Fixture()
                        .manager("m1", null, null)
                        .won("d1", "m1", "8000.005", "2026-02-01")
                        .target("m1", Q1, "10000")
                        .compute("2026-03-01T00:00"),
                "m1",
                Q1);

        // 10000 × 0.8000005 = 8000.005 → 8000.01
        assertThat(q1.bonus()).isEqualTo(new BigDecimal("8000.01"));
    }

    @Test
    void bonusIsZeroWithoutTarget() {
        Scorecard q1 = card(
                new Fixture()
                        .manager("m1", null, null)
                        .won("d1", "m1", "8000", "2026-02-01")
                        .compute("2026-03-01T00:00"),
                "m1",
                Q1);

        assertThat(q1.bonus()).isEqualByComparingTo("0");
        assertThat(q1.explanation("bonus").formula()).isEqualTo("bonus = 10000.00 × 0.0000 × 1 = 0.00");
    }
}
