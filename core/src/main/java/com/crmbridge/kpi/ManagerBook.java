package com.crmbridge.kpi;

import com.crmbridge.domain.Customer;
import com.crmbridge.domain.Period;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Everything the indexing pass gathered for one person: tallies by period, customers, workload at asOf.
 * Tallies sit in two small parallel arrays searched linearly: a person has records in a few dozen periods at
 * most, and the last period used is checked first because records of one period tend to come together.
 */
final class ManagerBook {
    /** Read-only: what a period without records adds up to, shared instead of one new tally per lookup. */
    private static final PeriodTally EMPTY = new PeriodTally();

    /**
     * The person's customers as three parallel arrays: the number of the source in the run's
     * {@link RecordTable}, createdOn and churnedOn as epoch days ({@link #NOT_CHURNED} when never churned). Only
     * these fields make figures, and keeping them instead of the {@link Customer} records (with names, dates as
     * objects and last contact) lets those go after indexing.
     */
    private int[] customerSources = new int[4];

    private long[] customerCreatedOn = new long[4];
    private long[] customerChurnedOn = new long[4];
    private int customerCount;
    int activeCustomers;
    int openDeals;
    int unresolvedComplaints;

    private int[] keys = new int[8];
    private @Nullable PeriodTally[] tallies = new PeriodTally[8];
    private int size;
    private int last;

    /** A churnedOn epoch day after every date: the customer never churned. */
    static final long NOT_CHURNED = Long.MAX_VALUE;

    void addCustomer(Customer customer, int number) {
        if (customerCount == customerSources.length) {
            int capacity = customerCount * 2;
            customerSources = Arrays.copyOf(customerSources, capacity);
            customerCreatedOn = Arrays.copyOf(customerCreatedOn, capacity);
            customerChurnedOn = Arrays.copyOf(customerChurnedOn, capacity);
        }
        LocalDate churnedOn = customer.churnedOn();
        customerSources[customerCount] = number;
        customerCreatedOn[customerCount] = customer.createdOn().toEpochDay();
        customerChurnedOn[customerCount] = churnedOn == null ? NOT_CHURNED : churnedOn.toEpochDay();
        customerCount++;
    }

    int customerCount() {
        return customerCount;
    }

    /** The customer's number in the run's {@link RecordTable}. */
    int customerSource(int index) {
        return customerSources[index];
    }

    /** The customer's createdOn as an epoch day. */
    long customerCreatedOn(int index) {
        return customerCreatedOn[index];
    }

    /** The customer's churnedOn as an epoch day, {@link #NOT_CHURNED} when it never churned. */
    long customerChurnedOn(int index) {
        return customerChurnedOn[index];
    }

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
