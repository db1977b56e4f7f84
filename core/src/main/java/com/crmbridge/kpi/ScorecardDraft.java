package com.crmbridge.kpi;

import com.crmbridge.domain.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A scorecard whose figures are computed but whose rank is not yet known: ranks need every scorecard of the
 * team and period. Ratios stay exact fractions until {@link #toScorecard()}.
 */
final class ScorecardDraft {
    final ManagerIdentity manager;
    final Period period;
    BigDecimal wonRevenue = BigDecimal.ZERO;
    int wonDeals;
    int lostDeals;

    @Nullable
    BigDecimal target;

    @Nullable
    Fraction attainment;

    @Nullable
    Fraction growth;

    @Nullable
    Fraction winRate;

    int responses;

    @Nullable
    Fraction csat;

    @Nullable
    Fraction avgScore;

    int complaints;

    @Nullable
    Fraction complaintResolution;

    @Nullable
    Fraction retention;

    int newCustomers;

    @Nullable
    Fraction score;

    Rating rating = Rating.NA;
    BigDecimal bonus = BigDecimal.ZERO;
    int rank;
    /** By {@link Figure} ordinal: handed to the scorecard as is, see {@link FigureExplanations}. */
    private final @Nullable Explanation[] explanations = new Explanation[Figure.values().length];

    ScorecardDraft(ManagerIdentity manager, Period period) {
        this.manager = manager;
        this.period = period;
    }

    void explain(Figure figure, Explanation explanation) {
        explanations[figure.index()] = explanation;
    }

    /** Sets the rank within the team and period, with its explanation. */
    void rank(int position, Supplier<String> formula) {
        rank = position;
        explain(Figure.RANK, Explanation.rendered(formula, List.of()));
    }

    Scorecard toScorecard() {
        return new Scorecard(
                manager,
                period,
                wonRevenue,
                wonDeals,
                lostDeals,
                target,
                decimal(attainment),
                decimal(growth),
                decimal(winRate),
                responses,
                decimal(csat),
                decimal(avgScore),
                complaints,
                decimal(complaintResolution),
                decimal(retention),
                newCustomers,
                decimal(score),
                rating,
                rank,
                bonus,
                new FigureExplanations(explanations));
    }

    private static @Nullable BigDecimal decimal(@Nullable Fraction value) {
        return value == null ? null : value.toBigDecimal();
    }
}
