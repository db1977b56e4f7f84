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

    /** {@link #wonDeals} sorted and immutable, made once: read for the period and again for the next one. */
    private @Nullable List<SourceRef> sortedWonDeals;

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

    /** The WON deals sorted by source, immutable; call only once the indexing pass is over. */
    List<SourceRef> sortedWonDeals() {
        if (wonDeals.isEmpty()) {
            return List.of();
        }
        List<SourceRef> sorted = sortedWonDeals;
        if (sorted == null) {
            wonDeals.sort(null);
            sorted = List.copyOf(wonDeals);
            sortedWonDeals = sorted;
        }
        return sorted;
    }

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
