package com.crmbridge.kpi;

import com.crmbridge.domain.SourceRef;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one manager's records add up to in one period, filled by the single indexing pass. Sums stay exact
 * ({@link BigDecimal} addition); the record lists keep the ids each figure is explained by.
 */
final class PeriodTally {
    BigDecimal wonRevenue = BigDecimal.ZERO;
    final RecordTable.RecordList wonDeals = new RecordTable.RecordList();
    final RecordTable.RecordList lostDeals = new RecordTable.RecordList();

    /** {@link #wonDeals} sorted and immutable, made once: read for the period and again for the next one. */
    private @Nullable List<SourceRef> sortedWonDeals;

    int positiveResponses;
    BigDecimal scoreSum = BigDecimal.ZERO;
    final RecordTable.RecordList responses = new RecordTable.RecordList();
    int complaintsResolvedInTime;
    final RecordTable.RecordList complaints = new RecordTable.RecordList();

    @Nullable
    BigDecimal target;

    @Nullable
    SourceRef baseBonusSource;

    @Nullable
    BigDecimal baseBonus;

    final RecordTable.RecordList targets = new RecordTable.RecordList();

    /** The WON deals sorted by source, immutable; call only once the indexing pass is over. */
    List<SourceRef> sortedWonDeals(RecordTable table) {
        if (wonDeals.isEmpty()) {
            return List.of();
        }
        List<SourceRef> sorted = sortedWonDeals;
        if (sorted == null) {
            sorted = table.sorted(wonDeals);
            sortedWonDeals = sorted;
        }
        return sorted;
    }

    void addTarget(SourceRef source, int number, BigDecimal amount, @Nullable BigDecimal bonusBase) {
        BigDecimal current = target;
        target = current == null ? amount : current.add(amount);
        targets.add(number);
        SourceRef currentBonusSource = baseBonusSource;
        if (bonusBase != null && (currentBonusSource == null || source.compareTo(currentBonusSource) < 0)) {
            baseBonusSource = source;
            baseBonus = bonusBase;
        }
    }
}
