package com.crmbridge.app.store;

import com.crmbridge.domain.Customer;
import com.crmbridge.domain.CustomerTier;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.FeedbackKind;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.domain.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Canonical records for store tests, one of each kind with every field set. */
final class Samples {
    static final String CONNECTOR = "files";

    private Samples() {}

    static Manager manager(String id, String team) {
        return new Manager(
                new SourceRef(CONNECTOR, id), "经理 " + id, id + "@example.com", team, ManagerTier.SENIOR, true);
    }

    static Deal deal(String id, String amount) {
        return new Deal(
                new SourceRef(CONNECTOR, id),
                "c1",
                "m1",
                new BigDecimal(amount),
                DealStage.WON,
                LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 7, 1));
    }

    static Customer customer(String id) {
        return new Customer(
                new SourceRef(CONNECTOR, id),
                "客户 " + id,
                "m1",
                CustomerTier.KEY,
                LocalDate.of(2025, 1, 1),
                null,
                Instant.parse("2026-10-01T02:30:00Z"));
    }

    static Feedback feedback(String id) {
        return new Feedback(
                new SourceRef(CONNECTOR, id),
                "c1",
                null,
                Instant.parse("2026-10-02T01:00:00Z"),
                new BigDecimal("4.5"),
                FeedbackKind.COMPLAINT,
                Instant.parse("2026-10-03T01:00:00Z"));
    }

    static Target target(String managerId) {
        Period period = Period.quarter(2026, 3);
        return new Target(
                new SourceRef(CONNECTOR, Target.naturalId(managerId, period)),
                managerId,
                period,
                new BigDecimal("100000.00"),
                new BigDecimal("12000"));
    }
}
