package com.crmbridge.kpi;

import com.crmbridge.domain.Customer;
import com.crmbridge.domain.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything the indexing pass gathered for one person: tallies by period, customers, workload at asOf. */
final class ManagerBook {
    final Map<Period, PeriodTally> tallies = new HashMap<>();
    final List<Customer> customers = new ArrayList<>();
    int activeCustomers;
    int openDeals;
    int unresolvedComplaints;

    PeriodTally tally(Period period) {
        return tallies.computeIfAbsent(period, p -> new PeriodTally());
    }

    /** The tally of the period, or an empty one when the manager has no record in it. */
    PeriodTally tallyOrEmpty(Period period) {
        PeriodTally tally = tallies.get(period);
        return tally == null ? new PeriodTally() : tally;
    }
}
