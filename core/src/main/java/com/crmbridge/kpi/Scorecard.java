package com.crmbridge.kpi;

import com.crmbridge.domain.Period;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every figure of one manager for one period, exact and unrounded; {@link Rounding} rounds them for output.
 * A {@code null} figure is one the spec leaves empty.
 */
public record Scorecard(
        ManagerIdentity manager,
        Period period,
        BigDecimal wonRevenue,
        int wonDeals,
        int lostDeals,
        @Nullable BigDecimal target,
        @Nullable BigDecimal attainment,
        @Nullable BigDecimal growth,
        @Nullable BigDecimal winRate,
        int responses,
        @Nullable BigDecimal csat,
        @Nullable BigDecimal avgScore,
        int complaints,
        @Nullable BigDecimal complaintResolution,
        @Nullable BigDecimal retention,
        int newCustomers,
        @Nullable BigDecimal score,
        Rating rating,
        int rank,
        BigDecimal bonus,
        Map<String, Explanation> explanations) {
    public Scorecard {
        // the engine's own map is immutable already; copying it would cost a hash map per scorecard
        explanations = explanations instanceof FigureExplanations ? explanations : Map.copyOf(explanations);
    }

    /**
     * The explanation of a figure, by its name as in {@link #explanations()}: the record component names
     * ({@code wonRevenue}, {@code csat}, {@code bonus}, …) plus {@code base} and {@code churned}.
     *
     * @throws IllegalArgumentException when the scorecard has no figure of that name
     */
    public Explanation explanation(String figure) {
        Explanation explanation = explanations.get(figure);
        if (explanation == null) {
            throw new IllegalArgumentException("Scorecard has no figure named '" + figure + "'; known: "
                    + new java.util.TreeSet<>(explanations.keySet()));
        }
        return explanation;
    }
}
