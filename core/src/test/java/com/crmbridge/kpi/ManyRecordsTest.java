package com.crmbridge.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Customer;
import com.crmbridge.domain.CustomerTier;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.FeedbackKind;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.PeriodKind;
import com.crmbridge.domain.SourceRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A run of many more records than the engine hands from its reading to its filing thread at once, checked
 * against the figures counted directly from the records: nothing is lost, doubled or misattributed across
 * batches, managers first named in the middle of the stream become people as they would on one thread, and
 * the results do not depend on the order of the records.
 */
class ManyRecordsTest {
    private static final Instant AS_OF = Fixture.at("2026-06-15T12:00:00");
    private static final LocalDate AS_OF_DATE = LocalDate.parse("2026-06-15");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-01-01");
    /** Three managers with records, and two ids no manager record has, first met in the middle of the deals. */
    private static final String[] OWNERS = {"m1", "m2", "m3", "ghost-1", "ghost-2"};

    private static final DealStage[] STAGES = {DealStage.WON, DealStage.LOST, DealStage.NEGOTIATION};
    private static final FeedbackKind[] KINDS = FeedbackKind.values();

    @Test
    void everyRecordOfARunManyBatchesLongCountsOnceForItsPerson() {
        List<CanonicalRecord> records = records(new SplittableRandom(2026));
        Map<String, String> ownerOfCustomer = new HashMap<>();
        records.stream()
                .filter(Customer.class::isInstance)
                .map(Customer.class::cast)
                .forEach(customer -> ownerOfCustomer.put(customer.source().externalId(), customer.ownerId()));
        // per "owner|period": the WON deal ids, the LOST deal ids, the responses' ids
        Map<String, List<SourceRef>> won = new TreeMap<>();
        Map<String, List<SourceRef>> lost = new TreeMap<>();
        Map<String, List<SourceRef>> responses = new TreeMap<>();
        Map<String, BigDecimal> revenue = new HashMap<>();
        int overdue = 0;
        for (CanonicalRecord record : records) {
            if (record instanceof Deal deal) {
                String key = deal.ownerId() + "|" + quarterOf(deal.closeDate());
                if (deal.stage() == DealStage.WON) {
                    won.computeIfAbsent(key, k -> new ArrayList<>()).add(deal.source());
                    revenue.merge(key, deal.amount(), BigDecimal::add);
                } else if (deal.stage() == DealStage.LOST) {
                    lost.computeIfAbsent(key, k -> new ArrayList<>()).add(deal.source());
                } else if (deal.closeDate().isBefore(AS_OF_DATE)) {
                    overdue++;
                }
            } else if (record instanceof Feedback feedback && feedback.score() != null) {
                String customerId = feedback.customerId();
                String person = feedback.managerId() != null
                        ? feedback.managerId()
                        : customerId == null ? null : ownerOfCustomer.get(customerId);
                if (person != null) {
                    LocalDate received = LocalDate.ofInstant(feedback.receivedAt(), Fixture.SHANGHAI);
                    responses
                            .computeIfAbsent(person + "|" + quarterOf(received), k -> new ArrayList<>())
                            .add(feedback.source());
                }
            }
        }

        KpiResults results = new KpiEngine(KpiConfig.defaults()).compute(KpiData.of(records), AS_OF);

        assertThat(results.scorecards()).hasSize(OWNERS.length * 2);
        for (String owner : OWNERS) {
            for (Period period : List.of(Period.quarter(2026, 1), Period.quarter(2026, 2))) {
                String key = owner + "|" + period;
                Scorecard card = Fixture.card(results, owner, period);
                assertThat(card.explanation("wonDeals").records())
                        .as(key)
                        .isEqualTo(sorted(won.getOrDefault(key, List.of())));
                assertThat(card.explanation("lostDeals").records())
                        .as(key)
                        .isEqualTo(sorted(lost.getOrDefault(key, List.of())));
                assertThat(card.explanation("responses").records())
                        .as(key)
                        .isEqualTo(sorted(responses.getOrDefault(key, List.of())));
                assertThat(card.wonRevenue()).as(key).isEqualByComparingTo(revenue.getOrDefault(key, BigDecimal.ZERO));
            }
        }
        assertThat(Fixture.alerts(results, AlertType.OVERDUE_DEAL)).hasSize(overdue);
        assertThat(results.alerts())
                .isSortedAccordingTo(
                        Comparator.comparing((Alert alert) -> alert.manager().key())
                                .thenComparing(Alert::type)
                                .thenComparing(Alert::subject));

        List<CanonicalRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new java.util.Random(7));
        KpiResults again = new KpiEngine(KpiConfig.defaults()).compute(KpiData.of(shuffled), AS_OF);
        assertThat(again.scorecards()).isEqualTo(results.scorecards());
        assertThat(again.alerts()).isEqualTo(results.alerts());
    }

    private static List<CanonicalRecord> records(SplittableRandom random) {
        List<CanonicalRecord> records = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            records.add(new Manager(
                    new SourceRef(Fixture.CRM, "m" + i),
                    "Manager " + i,
                    "m" + i + "@example.com",
                    "east",
                    ManagerTier.STANDARD,
                    true));
        }
        int customers = 300;
        for (int i = 0; i < customers; i++) {
            records.add(new Customer(
                    new SourceRef(Fixture.CRM, "c" + i),
                    "Customer " + i,
                    OWNERS[random.nextInt(3)],
                    i % 10 == 0 ? CustomerTier.KEY : CustomerTier.NORMAL,
                    FIRST_DAY.minusDays(random.nextInt(400)),
                    null,
                    AS_OF.minusSeconds(random.nextInt(90 * 86_400))));
        }
        for (int i = 0; i < 12_000; i++) {
            // the ghosts first appear after a few batches
            String owner = OWNERS[random.nextInt(i < 5_000 ? 3 : OWNERS.length)];
            records.add(new Deal(
                    new SourceRef(Fixture.CRM, "d" + i),
                    "c" + random.nextInt(customers),
                    owner,
                    BigDecimal.valueOf(random.nextLong(1, 10_000_000L), 2),
                    STAGES[random.nextInt(STAGES.length)],
                    FIRST_DAY.plusDays(random.nextInt(181)),
                    null));
        }
        for (int i = 0; i < 4_000; i++) {
            Instant received = Fixture.at("2026-01-01T00:00:00").plusSeconds(random.nextLong(181L * 86_400));
            records.add(new Feedback(
                    new SourceRef(Fixture.CRM, "f" + i),
                    // a few name a customer nobody knows: without a manager they count for nobody
                    "c" + random.nextInt(customers + 20),
                    random.nextBoolean() ? null : OWNERS[random.nextInt(OWNERS.length)],
                    received,
                    random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(1, 6)),
                    KINDS[random.nextInt(KINDS.length)],
                    random.nextBoolean() ? null : received.plusSeconds(random.nextInt(14 * 86_400))));
        }
        return records;
    }

    private static Period quarterOf(LocalDate date) {
        return Period.of(PeriodKind.QUARTER, date);
    }

    private static List<SourceRef> sorted(List<SourceRef> refs) {
        List<SourceRef> sorted = new ArrayList<>(refs);
        sorted.sort(null);
        return sorted;
    }
}
