package com.crmbridge.kpi;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Customer;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.Target;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The records a KPI run reads: the runtime hands over its store's snapshot as streams, read once each, so that
 * the engine never needs the whole store as objects twice.
 */
public interface KpiData {
    Stream<Manager> managers();

    Stream<Customer> customers();

    Stream<Deal> deals();

    Stream<Feedback> feedback();

    Stream<Target> targets();

    /** Data held in memory, for tests and small runs. */
    static KpiData of(Collection<? extends CanonicalRecord> records) {
        List<CanonicalRecord> all = List.copyOf(records);
        return new KpiData() {
            @Override
            public Stream<Manager> managers() {
                return all.stream().filter(Manager.class::isInstance).map(Manager.class::cast);
            }

            @Override
            public Stream<Customer> customers() {
                return all.stream().filter(Customer.class::isInstance).map(Customer.class::cast);
            }

            @Override
            public Stream<Deal> deals() {
                return all.stream().filter(Deal.class::isInstance).map(Deal.class::cast);
            }

            @Override
            public Stream<Feedback> feedback() {
                return all.stream().filter(Feedback.class::isInstance).map(Feedback.class::cast);
            }

            @Override
            public Stream<Target> targets() {
                return all.stream().filter(Target.class::isInstance).map(Target.class::cast);
            }
        };
    }
}
