package com.crmbridge.kpi;

import static com.crmbridge.kpi.Fixture.card;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.Period;
import org.junit.jupiter.api.Test;

/** base, retention and newCustomers, counted for the customer's current owner. */
class CustomerFiguresTest {
    private static final Period Q1 = Period.quarter(2026, 1);

    private final Fixture data = new Fixture()
            .manager("m1", null, "East")
            .manager("m2", null, "East")
            .target("m1", Q1, "1000")
            .customer("a", "m1", "2025-12-01", null)
            .customer("b", "m1", "2025-06-01", "2026-01-01")
            .customer("c", "m1", "2025-01-01", "2025-12-31")
            .customer("d", "m1", "2026-02-01", null)
            .customer("e", "m1", "2025-11-11", "2026-04-01")
            .customer("f", "m1", "2026-01-01", "2026-03-01");

    @Test
    void baseHoldsCustomersCreatedBeforeTheStartAndNotChurnedBeforeIt() {
        Scorecard q1 = card(data.compute("2026-03-15T00:00"), "m1", Q1);

        // c churned before the start; d and f were created in the period
        assertThat(q1.explanation("base").records())
                .extracting(r -> r.externalId())
                .containsExactly("a", "b", "e");
    }

    @Test
    void retentionCountsACustomerChurnedExactlyAtThePeriodStartAsChurned() {
        Scorecard q1 = card(data.compute("2026-03-15T00:00"), "m1", Q1);

        // base {a, b, e}; b churned on the first day, e on the first day after the period: (3 - 1) / 3
        assertThat(q1.explanation("churned").records())
                .extracting(r -> r.externalId())
                .containsExactly("b");
        assertThat(Rounding.ratio(q1.retention())).isEqualByComparingTo("0.6667");
        assertThat(q1.explanation("retention").formula()).isEqualTo("retention = (3 - 1) / 3 = 0.6667");
    }

    @Test
    void retentionIsEmptyWhenTheBaseIsEmpty() {
        Scorecard q1 = card(data.compute("2026-03-15T00:00"), "m2", Q1);

        assertThat(q1.retention()).isNull();
        assertThat(q1.explanation("retention").formula()).isEqualTo("retention = empty (base is empty)");
    }

    @Test
    void newCustomersCountsCustomersCreatedInThePeriodEvenWhenTheyChurned() {
        Scorecard q1 = card(data.compute("2026-03-15T00:00"), "m1", Q1);

        assertThat(q1.newCustomers()).isEqualTo(2);
    }

    @Test
    void customerCountsForItsCurrentOwner() {
        Scorecard q1 = card(data.customer("g", "m2", "2025-01-01", null).compute("2026-03-15T00:00"), "m2", Q1);

        assertThat(q1.retention()).isEqualByComparingTo("1");
    }
}
