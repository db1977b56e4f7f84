package com.crmbridge.kpi;

import static com.crmbridge.kpi.Fixture.card;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.Period;
import org.junit.jupiter.api.Test;

/** The score over the components that have a value, and the rating it earns. */
class ScoreTest {
    private static final Period Q1 = Period.quarter(2026, 1);
    private final ScoreRule rule = new ScoreRule(KpiConfig.defaults());

    @Test
    void scoreWeighsOnlyTheComponentsThatHaveAValue() {
        Fixture data = new Fixture()
                .manager("m1", null, null)
                .won("d1", "m1", "500", "2026-02-01")
                .target("m1", Q1, "1000")
                .survey("f1", null, "m1", "2026-02-01T10:00", 5);

        Scorecard q1 = card(data.compute("2026-03-01T00:00"), "m1", Q1);

        // attainment 0.5 → 0.5; winRate 1 → 1; csat 1 → 1; no growth, no retention:
        // 100 × (35 × 0.5 + 10 × 1 + 25 × 1) / (35 + 10 + 25) = 75
        assertThat(q1.score()).isEqualByComparingTo("75");
        assertThat(q1.rating()).isEqualTo(Rating.B);
        assertThat(q1.explanation("score").formula())
                .isEqualTo("score = 100 × (35 × 0.5000 + 10 × 1.0000 + 25 × 1.0000) / (35 + 10 + 25) = 75.00");
    }

    @Test
    void scoreClampsEachComponentBetweenZeroAndOne() {
        // growth -0.5 → 0; winRate 0.2 / 0.4 → 0.5: 100 × (10 × 0 + 10 × 0.5) / 20 = 25
        Computed score = rule.score(null, Fraction.of(-1, 2), Fraction.of(1, 5), null, null);

        assertThat(score.value()).isEqualTo(Fraction.of(25));
    }

    @Test
    void scoreIsEmptyWhenNoComponentHasAValue() {
        Scorecard q1 = card(
                new Fixture()
                        .manager("m1", null, null)
                        .manager("m2", null, null)
                        .won("d1", "m2", "1", "2026-01-05")
                        .compute("2026-03-01T00:00"),
                "m1",
                Q1);

        assertThat(q1.score()).isNull();
        assertThat(q1.rating()).isEqualTo(Rating.NA);
        assertThat(q1.explanation("rating").formula()).isEqualTo("rating = N/A (no score)");
    }

    @Test
    void ratingIsAFromNinetyBFromSeventyFiveCFromSixtyOtherwiseD() {
        assertThat(rule.rating(Fraction.of(90))).isEqualTo(Rating.A);
        assertThat(rule.rating(Fraction.of(8999, 100))).isEqualTo(Rating.B);
        assertThat(rule.rating(Fraction.of(75))).isEqualTo(Rating.B);
        assertThat(rule.rating(Fraction.of(7499, 100))).isEqualTo(Rating.C);
        assertThat(rule.rating(Fraction.of(60))).isEqualTo(Rating.C);
        assertThat(rule.rating(Fraction.of(5999, 100))).isEqualTo(Rating.D);
        assertThat(rule.rating(null)).isEqualTo(Rating.NA);
    }

    @Test
    void ratingComparesTheExactScoreNotARoundedOne() {
        // csat 0.81 is 0.9 of its goal 0.90: 100 × 25 × 0.9 / 25 = 90, an A
        Computed score = rule.score(null, null, null, Fraction.of(81, 100), null);

        assertThat(score.value()).isEqualTo(Fraction.of(90));
        assertThat(rule.rating(score.value())).isEqualTo(Rating.A);
        // a third of a point below 90 is not rounded up to an A
        assertThat(rule.rating(Fraction.of(269, 3))).isEqualTo(Rating.B);
    }
}
