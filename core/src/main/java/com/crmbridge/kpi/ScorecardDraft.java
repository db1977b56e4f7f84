package com.crmbridge.kpi;

import com.crmbridge.domain.Period;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** An EnumMap: a small array per scorecard, where a hash map would cost a kilobyte (80,000 scorecards). */
    final Map<Figure, Explanation> explanations = new EnumMap<>(Figure.class);

    ScorecardDraft(ManagerIdentity manager, Period period) {
        this.manager = manager;
        this.period = period;
    }

    /** Sets the rank within the team and period, with its explanation. */
    void rank(int position, String formula) {
        rank = position;
        explanations.put(Figure.RANK, new Explanation(formula, List.of()));
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
                immutableExplanations());
    }

    private Map<String, Explanation> immutableExplanations() {
        Map<String, Explanation> byName = new HashMap<>(2 * explanations.size());
        explanations.forEach((figure, explanation) -> byName.put(figure.label(), explanation));
        return Map.copyOf(byName);
    }

    private static @Nullable BigDecimal decimal(@Nullable Fraction value) {
        return value == null ? null : value.toBigDecimal();
    }
}
