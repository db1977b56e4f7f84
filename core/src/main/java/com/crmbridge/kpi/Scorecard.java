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
        explanations = Map.copyOf(explanations);
    }
}
