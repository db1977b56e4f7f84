package com.crmbridge.kpi;

import com.crmbridge.domain.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one manager's records add up to in one period, filled by the single indexing pass. Sums stay exact
 * ({@link BigDecimal} addition); the record lists keep the ids each figure is explained by.
 */
final class PeriodTally {
    BigDecimal wonRevenue = BigDecimal.ZERO;
    final List<SourceRef> wonDeals = new ArrayList<>();
    final List<SourceRef> lostDeals = new ArrayList<>();

    int positiveResponses;
    BigDecimal scoreSum = BigDecimal.ZERO;
    final List<SourceRef> responses = new ArrayList<>();
    int complaintsResolvedInTime;
    final List<SourceRef> complaints = new ArrayList<>();

    @Nullable
    BigDecimal target;

    @Nullable
    SourceRef baseBonusSource;

    @Nullable
    BigDecimal baseBonus;

    final List<SourceRef> targets = new ArrayList<>();

    void addTarget(SourceRef source, BigDecimal amount, @Nullable BigDecimal bonusBase) {
        BigDecimal current = target;
        target = current == null ? amount : current.add(amount);
        targets.add(source);
        SourceRef currentBonusSource = baseBonusSource;
        if (bonusBase != null && (currentBonusSource == null || source.compareTo(currentBonusSource) < 0)) {
            baseBonusSource = source;
            baseBonus = bonusBase;
        }
    }
}
