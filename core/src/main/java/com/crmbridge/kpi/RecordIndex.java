package com.crmbridge.kpi;

import com.crmbridge.domain.CanonicalRecord;
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
 *
 * <p>Two threads share the pass ({@link Filing}): the calling thread reads the streams and resolves the
 * manager each record names to a person of the directory (the only thread that adds placeholders to it, so
 * that people are numbered as on one thread); the filing thread keeps the customers by id, adds the records
 * to the books and the id table and raises the record alerts, in the order the records were read. Fields are
 * marked with the thread that writes them until {@link #read} returns; afterwards the index is only read.
 */
final class RecordIndex {
    private static final BigDecimal POSITIVE_SCORE = BigDecimal.valueOf(4);

    /** The person of a feedback without a manager: its customer's owner, which the filing thread knows. */
    private static final int CUSTOMERS_OWNER = -1;

    private final KpiConfig config;
    private final Instant asOf;
    private final LocalDate asOfDate;
    private final Duration complaintResolution;

    // written by the calling thread
    private final ManagerDirectory directory;

    // written by the filing thread
    /**
     * Customers by connector, then id: what feedback and alerts need of them (name and owner), so that the
     * {@link Customer} records themselves need not stay in memory.
     */
    private final Map<String, Map<String, Owned>> customers = new HashMap<>();

    private final RecordAlerts alerts;
    private final List<@Nullable ManagerBook> books = new ArrayList<>();
    /** The ids of the records the explanations list, compactly. */
    private final RecordTable records = new RecordTable();
    /** The {@link PeriodKey} of the first period holding data; {@code Integer.MAX_VALUE} while none. */
    private int firstPeriod = Integer.MAX_VALUE;

    private RecordIndex(KpiConfig config, Instant asOf, ManagerDirectory directory, RecordAlerts alerts) {
        this.config = config;
        this.asOf = asOf;
        this.asOfDate = LocalDate.ofInstant(asOf, config.zone());
        this.complaintResolution = Duration.ofDays(config.alerts().complaintResolutionDays());
        this.directory = directory;
        this.alerts = alerts;
    }

    /** Reads managers, customers, deals, feedback and targets in that order, each stream once. */
    static RecordIndex read(KpiData data, KpiConfig config, Instant asOf, AlertMessages messages) {
        ManagerDirectory directory;
        try (Stream<Manager> managers = data.managers()) {
            directory = ManagerDirectory.of(managers);
        }
        RecordIndex index = new RecordIndex(config, asOf, directory, new RecordAlerts(config, asOf, messages));
        try (Filing filing = Filing.start(index::file)) {
            index.readRecords(data, filing);
            filing.finish();
        }
        // the owners' books keep what the figures need of their customers
        index.customers.clear();
        // a book for every person, with records or not
        while (index.books.size() < directory.size()) {
            index.books.add(new ManagerBook());
        }
        index.records.trim();
        return index;
    }

    // ---- the calling thread: read the streams, resolve the manager each record names, hand the record over

    private void readRecords(KpiData data, Filing filing) {
        try (Stream<Customer> stream = data.customers()) {
            stream.forEach(customer -> handOver(customer, customer.ownerId(), filing));
        }
        try (Stream<Deal> stream = data.deals()) {
            stream.forEach(deal -> handOver(deal, deal.ownerId(), filing));
        }
        try (Stream<Feedback> stream = data.feedback()) {
            stream.forEach(feedback -> {
                String managerId = feedback.managerId();
                if (managerId == null) {
                    filing.add(feedback, CUSTOMERS_OWNER, null);
                } else {
                    handOver(feedback, managerId, filing);
                }
            });
        }
        try (Stream<Target> stream = data.targets()) {
            stream.filter(target -> target.period().kind() == config.periodKind())
                    .forEach(target -> handOver(target, target.managerId(), filing));
        }
    }

    private void handOver(CanonicalRecord record, String managerId, Filing filing) {
        int person = directory.resolve(record.source().connector(), managerId);
        filing.add(record, person, directory.person(person));
    }

    // ---- the filing thread: customers by id, books, tallies, the id table and the record alerts

    private void file(CanonicalRecord record, int person, @Nullable ManagerIdentity manager) {
        if (record instanceof Deal deal) {
            fileDeal(deal, bookFor(person), present(manager));
        } else if (record instanceof Feedback feedback) {
            fileFeedback(feedback, person, manager);
        } else if (record instanceof Customer customer) {
            fileCustomer(customer, person, present(manager));
        } else if (record instanceof Target target) {
            fileTarget(target, bookFor(person));
        } else {
            throw new IllegalArgumentException("not a record the index files: " + record.source());
        }
    }

    private void fileCustomer(Customer customer, int owner, ManagerIdentity ownerIdentity) {
        ManagerBook book = bookFor(owner);
        book.addCustomer(customer, records.add(customer.source()));
        customers
                .computeIfAbsent(customer.source().connector(), c -> new HashMap<>())
                .put(customer.source().externalId(), new Owned(customer.name(), owner, ownerIdentity));
        if (customer.activeOn(asOfDate)) {
            book.activeCustomers++;
            if (customer.tier() == CustomerTier.KEY) {
                alerts.staleKeyAccount(customer, ownerIdentity);
            }
        }
    }

    private void fileDeal(Deal deal, ManagerBook book, ManagerIdentity owner) {
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
                alerts.overdueDeal(deal, customerName(deal.source(), deal.customerId()), owner);
            }
        }
    }

    private void fileFeedback(Feedback feedback, int namedPerson, @Nullable ManagerIdentity namedManager) {
        int period = PeriodKey.of(config.periodKind(), LocalDate.ofInstant(feedback.receivedAt(), config.zone()));
        noteDataIn(period);
        Owned owned = null;
        int person = namedPerson;
        ManagerIdentity manager = namedManager;
        if (person == CUSTOMERS_OWNER) {
            owned = ownedOf(feedback.source(), feedback.customerId());
            if (owned == null) {
                // neither a manager nor a known customer: it counts for nobody (docs/kpi.md)
                return;
            }
            person = owned.owner();
            manager = owned.ownerIdentity();
        }
        ManagerBook book = bookFor(person);
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
                String customerName =
                        owned != null ? owned.name() : customerName(feedback.source(), feedback.customerId());
                alerts.unresolvedComplaint(feedback, customerName, present(manager));
            } else if (Duration.between(feedback.receivedAt(), resolvedAt).compareTo(complaintResolution) <= 0) {
                tally.complaintsResolvedInTime++;
            }
        }
    }

    private void fileTarget(Target target, ManagerBook book) {
        int period = PeriodKey.of(target.period());
        noteDataIn(period);
        book.tally(period)
                .addTarget(target.source(), records.add(target.source()), target.amount(), target.baseBonus());
    }

    /** The person's book, adding empty books up to the person: people are numbered densely. */
    private ManagerBook bookFor(int person) {
        while (books.size() <= person) {
            books.add(new ManagerBook());
        }
        return book(person);
    }

    private @Nullable Owned ownedOf(SourceRef record, @Nullable String customerId) {
        if (customerId == null) {
            return null;
        }
        Map<String, Owned> ofConnector = customers.get(record.connector());
        return ofConnector == null ? null : ofConnector.get(customerId);
    }

    private @Nullable String customerName(SourceRef record, @Nullable String customerId) {
        Owned owned = ownedOf(record, customerId);
        return owned == null ? null : owned.name();
    }

    private static ManagerIdentity present(@Nullable ManagerIdentity manager) {
        if (manager == null) {
            throw new IllegalStateException("a record was handed over without its manager");
        }
        return manager;
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

    /** A customer's name and the person who owns it, as resolved by the calling thread. */
    private record Owned(String name, int owner, ManagerIdentity ownerIdentity) {}
}
