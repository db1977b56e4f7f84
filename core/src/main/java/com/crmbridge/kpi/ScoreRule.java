package com.crmbridge.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code score = 100 × Σ(weight × clamp(value / goal, 0, 1)) / Σ(weight)} over the components that are not
 * empty, and the rating it earns. Exact: a score of exactly 90 is an A.
 */
final class ScoreRule {
    private static final Fraction HUNDRED = Fraction.of(100);

    private final KpiConfig.Ratings ratings;
    private final KpiConfig.Component[] parts;
    private final Fraction[] goalOf;
    private final Fraction[] weightOf;
    private final Fraction ratingA;
    private final Fraction ratingB;
    private final Fraction ratingC;

    ScoreRule(KpiConfig config) {
        KpiConfig.Components components = config.components();
        this.ratings = config.ratings();
        // in the order of score()'s arguments
        this.parts = new KpiConfig.Component[] {
            components.attainment(),
            components.growth(),
            components.winRate(),
            components.csat(),
            components.retention()
        };
        this.goalOf = new Fraction[parts.length];
        this.weightOf = new Fraction[parts.length];
        for (int i = 0; i < parts.length; i++) {
            goalOf[i] = Fraction.of(parts[i].goal());
            weightOf[i] = Fraction.of(parts[i].weight());
        }
        this.ratingA = Fraction.of(ratings.a());
        this.ratingB = Fraction.of(ratings.b());
        this.ratingC = Fraction.of(ratings.c());
    }

    Computed score(
            @Nullable Fraction attainment,
            @Nullable Fraction growth,
            @Nullable Fraction winRate,
            @Nullable Fraction csat,
            @Nullable Fraction retention) {
        Fraction weighted = Fraction.ZERO;
        Fraction weights = Fraction.ZERO;
        boolean any = false;
        @Nullable Fraction[] values = {attainment, growth, winRate, csat, retention};
        for (int i = 0; i < values.length; i++) {
            Fraction value = values[i];
            if (value == null) {
                continue;
            }
            any = true;
            Fraction weight = weightOf[i];
            weighted = weighted.add(weight.multiply(component(i, value)));
            weights = weights.add(weight);
        }
        if (!any) {
            return new Computed(null, () -> "score = empty (no component has a value)");
        }
        if (weights.isZero()) {
            return new Computed(null, () -> "score = empty (the components with a value all weigh 0)");
        }
        Fraction score = HUNDRED.multiply(weighted).divide(weights);
        return new Computed(score, () -> formula(values, score));
    }

    private Fraction component(int index, Fraction value) {
        return value.divide(goalOf[index]).clamp(Fraction.ZERO, Fraction.ONE);
    }

    /** Rendered only when the formula is read: the engine keeps the values, not the text. */
    private String formula(@Nullable Fraction[] values, Fraction score) {
        List<String> terms = new ArrayList<>();
        List<String> weightTerms = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Fraction value = values[i];
            if (value == null) {
                continue;
            }
            terms.add(Shown.plain(parts[i].weight()) + " × " + Shown.ratio(component(i, value)));
            weightTerms.add(Shown.plain(parts[i].weight()));
        }
        return "score = 100 × (" + String.join(" + ", terms) + ") / (" + String.join(" + ", weightTerms) + ") = "
                + Shown.money(score);
    }

    Rating rating(@Nullable Fraction score) {
        if (score == null) {
            return Rating.NA;
        }
        if (score.compareTo(ratingA) >= 0) {
            return Rating.A;
        }
        if (score.compareTo(ratingB) >= 0) {
            return Rating.B;
        }
        return score.compareTo(ratingC) >= 0 ? Rating.C : Rating.D;
    }

    String ratingFormula(@Nullable Fraction score, Rating rating) {
        if (score == null) {
            return "rating = N/A (no score)";
        }
        BigDecimal floor =
                switch (rating) {
                    case A -> ratings.a();
                    case B -> ratings.b();
                    case C -> ratings.c();
                    default -> BigDecimal.ZERO;
                };
        return rating == Rating.D
                ? "rating = D (score " + Shown.money(score) + " < " + Shown.plain(ratings.c()) + ")"
                : "rating = " + rating.label() + " (score " + Shown.money(score) + " >= " + Shown.plain(floor) + ")";
    }
}
