package com.crmbridge.app.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A scorecard as stored: every figure rounded as in {@code scorecards.csv}, with each figure's explanation. */
public record StoredScorecard(
        String managerKey,
        String managerId,
        @Nullable String managerEmail,
        String managerName,
        @Nullable String team,
        String period,
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
        String rating,
        int rank,
        BigDecimal bonus,
        Map<String, StoredExplanation> explanations,
        String rulesVersion,
        Instant asOf) {
    public StoredScorecard {
        explanations = Map.copyOf(explanations);
    }
}
