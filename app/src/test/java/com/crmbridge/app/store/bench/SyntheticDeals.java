package com.crmbridge.app.store.bench;

import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.SourceRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Deals made up on demand, one page at a time, so that a million of them never sit in memory together. The same
 * index always gives the same deal, so that every phase of a run stores the same rows.
 */
final class SyntheticDeals {
    static final String CONNECTOR = "bench";
    private static final DealStage[] STAGES = DealStage.values();
    private static final LocalDate FIRST_CLOSE = LocalDate.of(2026, 1, 1);

    private SyntheticDeals() {}

    static Deal deal(int index) {
        return new Deal(
                new SourceRef(CONNECTOR, "D" + index),
                "C" + (index % 200_000),
                "M" + (index % 10_000),
                BigDecimal.valueOf(100_000L + (index * 7919L) % 9_900_000L, 2),
                STAGES[index % STAGES.length],
                FIRST_CLOSE.plusDays(index % 365),
                FIRST_CLOSE.minusDays(index % 180));
    }

    /** The deals {@code from} (inclusive) to {@code to} (exclusive). */
    static List<Deal> page(int from, int to) {
        List<Deal> deals = new ArrayList<>(to - from);
        for (int index = from; index < to; index++) {
            deals.add(deal(index));
        }
        return deals;
    }
}
