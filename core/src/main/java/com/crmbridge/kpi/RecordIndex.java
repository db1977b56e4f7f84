package com.crmbridge.kpi;

import com.crmbridge.domain.Customer;
import com.crmbridge.domain.CustomerTier;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.FeedbackKind;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.domain.Target;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The one pass over the data: every record is read once, attributed to its person and added to the tally of
 * its period; the alerts about single records (stale key accounts, overdue deals, unresolved complaints) are
 * raised on the way. Memory grows with managers, customers and the ids kept for explanations, never with
 * managers × deals.
 */
final class RecordIndex {
    private static final BigDecimal POSITIVE_SCORE = BigDecimal.valueOf(4);

    private final KpiConfig config;
    private final Instant asOf;
    private final LocalDate asOfDate;
    private final ManagerDirectory directory;
    private final List<@Nullable ManagerBook> books = new ArrayList<>();
    /** Customers by connector, then id: looked up per feedback without allocating a key. */
    private final Map<String, Map<String, Customer>> customers = new HashMap<>();

    private final RecordAlerts alerts;
    /** The ids of the records the explanations list, compactly. */
    private final RecordTable records = new RecordTable();
    /** The {@link PeriodKey} of the first period holding data; {@code Integer.MAX_VALUE} while none. */
    private int firstPeriod = Integer.MAX_VALUE;

    private RecordIndex(KpiConfig config, Instant asOf, ManagerDirectory directory, RecordAlerts alerts) {
        this.config = config;
        this.asOf = asOf;
        this.asOfDate = LocalDate.ofInstant(asOf, config.zone());
        this.directory = directory;
        this.alerts = alerts;
        for (int person = 0; person < directory.size(); person++) {
            books.add(new ManagerBook());
        }
    }

    /** Reads managers, customers, deals, feedback and targets in that order, each stream once. */
    static RecordIndex read(KpiData data, KpiConfig config, Instant asOf, AlertMessages messages) {
        ManagerDirectory directory;
        try (Stream<Manager> managers = data.managers()) {
            directory = ManagerDirectory.of(managers);
        }
        RecordIndex index = new RecordIndex(config, asOf, directory, new RecordAlerts(config, asOf, messages));
        try (Stream<Customer> customers = data.customers()) {
            customers.forEach(index::addCustomer);
        }
        try (Stream<Deal> deals = data.deals()) {
            deals.forEach(index::addDeal);
        }
        try (Stream<Feedback> feedback = data.feedback()) {
            feedback.forEach(index::addFeedback);
        }
        // only deals and feedback look customers up by id; the owners' books keep them
        index.customers.clear();
        try (Stream<Target> targets = data.targets()) {
            targets.forEach(index::addTarget);
        }
        index.records.trim();
        return index;
    }

    private int resolve(String connector, String managerId) {
        int person = directory.resolve(connector, managerId);
        while (books.size() < directory.size()) {
            books.add(new ManagerBook());
        }
        return person;
    }

    private void addCustomer(Customer customer) {
        int owner = resolve(customer.source().connector(), customer.ownerId());
        ManagerBook book = book(owner);
        book.addCustomer(customer, records.add(customer.source()));
        customers
                .computeIfAbsent(customer.source().connector(), c -> new HashMap<>())
                .put(customer.source().externalId(), customer);
        if (customer.activeOn(asOfDate)) {
            book.activeCustomers++;
            if (customer.tier() == CustomerTier.KEY) {
                alerts.staleKeyAccount(customer, directory.person(owner));
            }
        }
    }

    private void addDeal(Deal deal) {
        int owner = resolve(deal.source().connector(), deal.ownerId());
        ManagerBook book = book(owner);
        int period = PeriodKey.of(config.periodKind(), deal.closeDate());
        noteDataIn(period);
        if (deal.stage() == DealStage.WON) {
            PeriodTally tally = book.tally(period);
            tally.wonRevenue = tally.wonRevenue.add(deal.amount());
            tally.wonDeals.add(records.add(deal.source()));
        } else if (deal.stage() == DealStage.LOST) {
            book.tally(period).lostDeals.add(records.add(deal.source()));
        } else {
            book.openDeals++;
            if (deal.closeDate().isBefore(asOfDate)) {
                alerts.overdueDeal(deal, customerOf(deal.source(), deal.customerId()), directory.person(owner));
            }
        }
    }

    private void addFeedback(Feedback feedback) {
        int period = PeriodKey.of(config.periodKind(), LocalDate.ofInstant(feedback.receivedAt(), config.zone()));
        noteDataIn(period);
        Customer customer = customerOf(feedback.source(), feedback.customerId());
        String connector = feedback.source().connector();
        String managerId = feedback.managerId();
        int person;
        if (managerId != null) {
            person = resolve(connector, managerId);
        } else if (customer != null) {
            person = resolve(connector, customer.ownerId());
        } else {
            // neither a manager nor a known customer: it counts for nobody (docs/kpi.md)
            return;
        }
        ManagerBook book = book(person);
        BigDecimal score = feedback.score();
        if (score != null) {
            PeriodTally tally = book.tally(period);
            tally.responses.add(records.add(feedback.source()));
            tally.scoreSum = tally.scoreSum.add(score);
            if (score.compareTo(POSITIVE_SCORE) >= 0) {
                tally.positiveResponses++;
            }
        }
        if (feedback.kind() == FeedbackKind.COMPLAINT) {
            PeriodTally tally = book.tally(period);
            tally.complaints.add(records.add(feedback.source()));
            Instant resolvedAt = feedback.resolvedAt();
            if (resolvedAt == null) {
                book.unresolvedComplaints++;
                alerts.unresolvedComplaint(feedback, customer, directory.person(person));
            } else if (Duration.between(feedback.receivedAt(), resolvedAt)
                            .compareTo(Duration.ofDays(config.alerts().complaintResolutionDays()))
                    <= 0) {
                tally.complaintsResolvedInTime++;
            }
        }
    }

    private void addTarget(Target target) {
        if (target.period().kind() != config.periodKind()) {
            return;
        }
        int person = resolve(target.source().connector(), target.managerId());
        int period = PeriodKey.of(target.period());
        noteDataIn(period);
        book(person)
                .tally(period)
                .addTarget(target.source(), records.add(target.source()), target.amount(), target.baseBonus());
    }

    private @Nullable Customer customerOf(SourceRef record, @Nullable String customerId) {
        if (customerId == null) {
            return null;
        }
        Map<String, Customer> ofConnector = customers.get(record.connector());
        return ofConnector == null ? null : ofConnector.get(customerId);
    }

    private void noteDataIn(int period) {
        firstPeriod = Math.min(firstPeriod, period);
    }

    RecordTable records() {
        return records;
    }

    ManagerDirectory directory() {
        return directory;
    }

    ManagerBook book(int person) {
        ManagerBook book = books.get(person);
        if (book == null) {
            throw new IllegalStateException("the book of person " + person + " was already released");
        }
        return book;
    }

    /** Lets the person's tallies and customers go once every figure of the person is computed. */
    void release(int person) {
        books.set(person, null);
    }

    /** The first period holding a deal's closeDate, a feedback's receivedAt or a target; null without any. */
    @Nullable
    Period firstPeriod() {
        return firstPeriod == Integer.MAX_VALUE ? null : PeriodKey.toPeriod(config.periodKind(), firstPeriod);
    }

    List<Alert> recordAlerts() {
        return alerts.raised();
    }

    Instant asOf() {
        return asOf;
    }
}
