package com.crmbridge.kpi;

import com.crmbridge.domain.Customer;
import com.crmbridge.domain.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the indexing pass gathered for one person: tallies by period, customers, workload at asOf.
 * Tallies sit in two small parallel arrays searched linearly: a person has records in a few dozen periods at
 * most, and the last period used is checked first because records of one period tend to come together.
 */
final class ManagerBook {
    /** Read-only: what a period without records adds up to, shared instead of one new tally per lookup. */
    private static final PeriodTally EMPTY = new PeriodTally();

    final List<Customer> customers = new ArrayList<>();
    int activeCustomers;
    int openDeals;
    int unresolvedComplaints;

    private int[] keys = new int[8];
    private @Nullable PeriodTally[] tallies = new PeriodTally[8];
    private int size;
    private int last;

    /** The tally of the period ({@link PeriodKey}), created when the person has none yet. */
    PeriodTally tally(int key) {
        int index = indexOf(key);
        if (index < 0) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                tallies = Arrays.copyOf(tallies, size * 2);
            }
            keys[size] = key;
            tallies[size] = new PeriodTally();
            index = size++;
        }
        last = index;
        PeriodTally tally = tallies[index];
        if (tally == null) {
            throw new IllegalStateException("no tally at " + index);
        }
        return tally;
    }

    /** The tally of the period, or an empty one when the person has no record in it. */
    PeriodTally tallyOrEmpty(Period period) {
        int index = indexOf(PeriodKey.of(period));
        PeriodTally tally = index < 0 ? null : tallies[index];
        return tally == null ? EMPTY : tally;
    }

    private int indexOf(int key) {
        if (last < size && keys[last] == key) {
            return last;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }
}
