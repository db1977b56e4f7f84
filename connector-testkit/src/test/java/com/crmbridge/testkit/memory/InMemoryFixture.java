package com.crmbridge.testkit.memory;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.testkit.ExpectedReject;
import com.crmbridge.testkit.FixtureChange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The rows the in-memory CRM starts with, the records they map to, and one change. */
final class InMemoryFixture {
    static final String TOKEN = "tok-9f2c41d7e8a3";
    static final String WRONG_TOKEN = "tok-wrong-000000";
    static final String NAME = "fixture";

    private InMemoryFixture() {}

    static InMemoryCrm seeded() {
        InMemoryCrm crm = new InMemoryCrm(TOKEN);
        crm.put(StreamKind.MANAGERS, "M1", Map.of("name", "王伟", "email", "wang.wei@example.com", "tier", "SENIOR"));
        crm.put(StreamKind.MANAGERS, "M2", Map.of("name", "李娜", "email", "li.na@example.com", "team", "East"));
        crm.put(StreamKind.MANAGERS, "M3", Map.of("name", "Chen Jie"));
        crm.put(StreamKind.MANAGERS, "M4", Map.of("name", "Bad Mail", "email", "not-an-email"));
        crm.put(StreamKind.DEALS, "D1", deal("M1", "120000.00", "WON", "2026-08-15"));
        crm.put(StreamKind.DEALS, "D2", deal("M1", "30000", "PROPOSAL", "2026-10-01"));
        crm.put(StreamKind.DEALS, "D3", deal("M2", "45000.50", "LOST", "2026-07-20"));
        crm.put(StreamKind.DEALS, "D4", deal("M2", "-5", "WON", "2026-07-21"));
        crm.put(StreamKind.DEALS, "D5", deal("M3", "8000", "NEGOTIATION", "2026-12-01"));
        return crm;
    }

    static Map<String, String> deal(String owner, String amount, String stage, String close) {
        return Map.of("owner", owner, "amount", amount, "stage", stage, "close", close);
    }

    static List<CanonicalRecord> records() {
        return List.of(
                new Manager(ref("M1"), "王伟", "wang.wei@example.com", null, ManagerTier.SENIOR, true),
                new Manager(ref("M2"), "李娜", "li.na@example.com", "East", ManagerTier.STANDARD, true),
                new Manager(ref("M3"), "Chen Jie", null, null, ManagerTier.STANDARD, true),
                deal("D1", "M1", "120000.00", DealStage.WON, "2026-08-15"),
                deal("D2", "M1", "30000", DealStage.PROPOSAL, "2026-10-01"),
                deal("D3", "M2", "45000.50", DealStage.LOST, "2026-07-20"),
                deal("D5", "M3", "8000", DealStage.NEGOTIATION, "2026-12-01"));
    }

    static List<ExpectedReject> rejects() {
        return List.of(
                ExpectedReject.inObject(StreamKind.MANAGERS, "Users", "M4", "email"),
                ExpectedReject.inObject(StreamKind.DEALS, "Deals", "D4", "amount"));
    }

    /** D2 is won, D6 is new, D3 is deleted; an hour passes. */
    static FixtureChange change(InMemoryCrm crm, com.crmbridge.testkit.RecordingContext context) {
        context.clock().advance(Duration.ofHours(1));
        crm.put(StreamKind.DEALS, "D2", deal("M1", "32000", "WON", "2026-11-15"));
        crm.put(StreamKind.DEALS, "D6", deal("M2", "5000", "QUALIFICATION", "2027-01-10"));
        crm.delete(StreamKind.DEALS, "D3");
        return new FixtureChange(
                List.of(
                        deal("D2", "M1", "32000", DealStage.WON, "2026-11-15"),
                        deal("D6", "M2", "5000", DealStage.QUALIFICATION, "2027-01-10")),
                List.of(ref("D3")));
    }

    private static Deal deal(String id, String owner, String amount, DealStage stage, String close) {
        return new Deal(ref(id), null, owner, new BigDecimal(amount), stage, LocalDate.parse(close), null);
    }

    private static SourceRef ref(String id) {
        return new SourceRef(NAME, id);
    }
}
