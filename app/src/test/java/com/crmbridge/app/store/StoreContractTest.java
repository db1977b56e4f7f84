package com.crmbridge.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.ResultRow;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.sync.PageCommit;
import com.crmbridge.sync.StreamReport;
import com.crmbridge.sync.StreamState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The store's contract, written once; {@code H2StoreTest} and {@code PostgresStoreTest} run it on each database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContractTest {
    private static final String FILES = Samples.CONNECTOR;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-15T04:00:00Z"), ZoneOffset.UTC);

    private TestDatabase database;
    private JdbcTemplate template;
    private TransactionTemplate tx;
    private JdbcSyncStore store;
    private StoreSnapshot snapshot;

    abstract TestDatabase open();

    @BeforeAll
    void openDatabase() {
        database = open();
        template = new JdbcTemplate(database.dataSource());
        tx = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
        store = new JdbcSyncStore(template, tx, new RecordCodec(), CLOCK);
        snapshot = new StoreSnapshot(database.dataSource(), new RecordCodec());
    }

    @AfterAll
    void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void empty() {
        for (String table : List.of(
                "canonical_record",
                "stream_cursor",
                "reject",
                "run_stream",
                "run_push",
                "sync_run",
                "push_ledger",
                "scorecard",
                "alert")) {
            template.update("DELETE FROM " + table);
        }
    }

    private int commit(
            StreamKind stream, List<? extends CanonicalRecord> records, String cursor, @Nullable String refresh) {
        return store.commit(new PageCommit(FILES, stream, Page.of(records, new Cursor(cursor)), refresh));
    }

    private <T> List<T> read(java.util.function.Supplier<Stream<T>> stream) {
        return tx.execute(status -> {
            try (Stream<T> s = stream.get()) {
                return s.toList();
            }
        });
    }

    @Test
    void everyKindOfRecordComesBackExactlyAsStored() {
        commit(StreamKind.MANAGERS, List.of(Samples.manager("m1", "East")), "1", null);
        commit(StreamKind.CUSTOMERS, List.of(Samples.customer("c1")), "1", null);
        commit(StreamKind.DEALS, List.of(Samples.deal("d1", "1234.50")), "1", null);
        commit(StreamKind.FEEDBACK, List.of(Samples.feedback("f1")), "1", null);
        commit(StreamKind.TARGETS, List.of(Samples.target("m1")), "1", null);

        assertThat(read(snapshot::managers)).containsExactly(Samples.manager("m1", "East"));
        assertThat(read(snapshot::customers)).containsExactly(Samples.customer("c1"));
        assertThat(read(snapshot::deals)).containsExactly(Samples.deal("d1", "1234.50"));
        assertThat(read(snapshot::feedback)).containsExactly(Samples.feedback("f1"));
        assertThat(read(snapshot::targets)).containsExactly(Samples.target("m1"));
    }

    @Test
    void theCursorIsStoredWithItsPage() {
        assertThat(store.state(FILES, StreamKind.DEALS)).isEqualTo(StreamState.NEW);

        commit(StreamKind.DEALS, List.of(Samples.deal("d1", "1")), "page-1", "r1");

        assertThat(store.state(FILES, StreamKind.DEALS)).isEqualTo(new StreamState(new Cursor("page-1"), "r1"));
        assertThat(store.cursors(FILES)).containsExactly(Map.entry(StreamKind.DEALS, "page-1"));
    }

    @Test
    void aPageThatFailsToStoreLeavesNothingBehind() {
        commit(StreamKind.DEALS, List.of(Samples.deal("d1", "1")), "page-1", null);
        String tooLong = "x".repeat(300);

        assertThatThrownBy(() -> commit(
                        StreamKind.DEALS, List.of(Samples.deal("d2", "2"), Samples.deal(tooLong, "3")), "page-2", null))
                .isInstanceOf(RuntimeException.class);

        assertThat(read(snapshot::deals))
                .extracting(d -> d.source().externalId())
                .containsExactly("d1");
        assertThat(store.state(FILES, StreamKind.DEALS).cursor()).isEqualTo(new Cursor("page-1"));
    }

    @Test
    void aRepeatedPageChangesNothingAndAChangedRecordCountsOnce() {
        assertThat(commit(StreamKind.DEALS, List.of(Samples.deal("d1", "1"), Samples.deal("d2", "2")), "1", null))
                .isEqualTo(2);
        assertThat(commit(StreamKind.DEALS, List.of(Samples.deal("d1", "1"), Samples.deal("d2", "2")), "1", null))
                .isZero();
        assertThat(commit(StreamKind.DEALS, List.of(Samples.deal("d1", "1"), Samples.deal("d2", "20")), "2", null))
                .isEqualTo(1);
        assertThat(read(snapshot::deals))
                .extracting(d -> d.amount().toPlainString())
                .containsExactly("1", "20");
    }

    @Test
    void aPageOfNewKnownAndDeletedRecordsCountsEachChangeOnceAndStampsThemAlike() {
        commit(
                StreamKind.DEALS,
                List.of(Samples.deal("d1", "1"), Samples.deal("d2", "2"), Samples.deal("d3", "3")),
                "1",
                null);
        store.commit(new PageCommit(
                FILES,
                StreamKind.DEALS,
                new Page(List.of(), List.of(new SourceRef(FILES, "d3")), List.of(), List.of(), new Cursor("2")),
                null));
        // a clock between two microseconds: the stored instant is the same however a row was written
        Instant later = Instant.parse("2026-11-16T05:06:07.123456789Z");
        JdbcSyncStore laterStore =
                new JdbcSyncStore(template, tx, new RecordCodec(), Clock.fixed(later, ZoneOffset.UTC));

        int changed = laterStore.commit(new PageCommit(
                FILES,
                StreamKind.DEALS,
                Page.of(
                        List.of(
                                Samples.deal("d1", "1"),
                                Samples.deal("d2", "20"),
                                Samples.deal("d3", "3"),
                                Samples.deal("d4", "4"),
                                Samples.deal("d4", "40")),
                        new Cursor("3")),
                null));

        assertThat(changed).as("d2 changed, d3 came back, d4 is new").isEqualTo(3);
        assertThat(read(snapshot::deals))
                .extracting(d -> d.source().externalId() + "=" + d.amount().toPlainString())
                .containsExactly("d1=1", "d2=20", "d3=3", "d4=40");
        Instant d1LastSeen = stamp("last_seen", "d1");
        assertThat(d1LastSeen).isCloseTo(later, within(1, ChronoUnit.MICROS));
        assertThat(stamp("changed_at", "d1")).isEqualTo(CLOCK.instant());
        assertThat(List.of(
                        stamp("changed_at", "d2"),
                        stamp("changed_at", "d3"),
                        stamp("first_seen", "d4"),
                        stamp("last_seen", "d4"),
                        stamp("changed_at", "d4")))
                .containsOnly(d1LastSeen);
        assertThat(stamp("first_seen", "d2")).isEqualTo(CLOCK.instant());
    }

    private Instant stamp(String column, String id) {
        OffsetDateTime at = template.queryForObject(
                "SELECT " + column + " FROM canonical_record WHERE external_id = ?", OffsetDateTime.class, id);
        return java.util.Objects.requireNonNull(at).toInstant();
    }

    @Test
    void idsWithQuotesCommasBracesLineBreaksAndBackslashesAreStoredAndFoundAsGiven() {
        List<String> ids =
                List.of("a\"b", "c,d", "e\nf", "\\.", "g\\h", "\"\"", "{a,b}", "in side", "尾", "x\r\ny", "NULL");
        List<Deal> deals = ids.stream().map(id -> Samples.deal(id, "1")).toList();

        assertThat(commit(StreamKind.DEALS, deals, "1", null)).isEqualTo(ids.size());
        assertThat(commit(StreamKind.DEALS, deals, "2", null))
                .as("every id found again")
                .isZero();

        assertThat(read(snapshot::deals)).containsExactlyInAnyOrderElementsOf(deals);
    }

    @Test
    void tombstonesDeleteAndARecordReadAgainComesBack() {
        commit(StreamKind.DEALS, List.of(Samples.deal("d1", "1"), Samples.deal("d2", "2")), "1", null);

        int changed = store.commit(new PageCommit(
                FILES,
                StreamKind.DEALS,
                new Page(
                        List.of(),
                        List.of(new SourceRef(FILES, "d1"), new SourceRef(FILES, "unknown")),
                        List.of(),
                        List.of(),
                        new Cursor("2")),
                null));

        assertThat(changed).isEqualTo(1);
        assertThat(read(snapshot::deals))
                .extracting(d -> d.source().externalId())
                .containsExactly("d2");
        assertThat(commit(StreamKind.DEALS, List.of(Samples.deal("d1", "1")), "3", null))
                .isEqualTo(1);
        assertThat(read(snapshot::deals)).hasSize(2);
    }

    @Test
    void aFinishedRefreshDeletesWhatItDidNotStampAndOnlyInItsStream() {
        commit(StreamKind.DEALS, List.of(Samples.deal("d1", "1"), Samples.deal("d2", "2")), "1", "old");
        commit(StreamKind.MANAGERS, List.of(Samples.manager("m1", "East")), "1", null);
        commit(StreamKind.DEALS, List.of(Samples.deal("d2", "2"), Samples.deal("d3", "3")), "1", "new");

        int deleted = store.finish(FILES, StreamKind.DEALS, "new");

        assertThat(deleted).isEqualTo(1);
        assertThat(read(snapshot::deals))
                .extracting(d -> d.source().externalId())
                .containsExactly("d2", "d3");
        assertThat(read(snapshot::managers)).hasSize(1);
        assertThat(store.state(FILES, StreamKind.DEALS).refreshId()).isNull();
    }

    @Test
    void rejectsCountRepeatsAndClearWhenTheRecordReadsWell() {
        BadRecord bad = BadRecord.inObject("Deals", "d9", "Amount", "-5", "amount must not be negative");
        Page withReject = new Page(List.of(), List.of(), List.of(bad), List.of(), new Cursor("1"));
        store.commit(new PageCommit(FILES, StreamKind.DEALS, withReject, null));
        store.commit(new PageCommit(FILES, StreamKind.DEALS, withReject, null));

        RejectStore rejects = new RejectStore(JdbcClient.create(template));
        assertThat(rejects.list(FILES, "deals", 10)).singleElement().satisfies(r -> {
            assertThat(r.count()).isEqualTo(2);
            assertThat(r.where()).isEqualTo("Deals");
            assertThat(r.column()).isEqualTo("Amount");
            assertThat(r.rawValue()).isEqualTo("-5");
            assertThat(r.reason()).isEqualTo("amount must not be negative");
        });

        commit(StreamKind.DEALS, List.of(Samples.deal("d9", "5")), "2", null);

        assertThat(rejects.count(FILES)).isZero();
    }

    @Test
    void fileRejectsNotSeenAgainByARefreshGoAway() {
        BadRecord line12 = BadRecord.inFile("deals.csv", 12, "amount", "abc", "amount is not a number");
        store.commit(new PageCommit(
                FILES,
                StreamKind.DEALS,
                new Page(List.of(), List.of(), List.of(line12), List.of(), new Cursor("1")),
                "r1"));
        store.finish(FILES, StreamKind.DEALS, "r1");
        RejectStore rejects = new RejectStore(JdbcClient.create(template));
        assertThat(rejects.count(null)).isEqualTo(1);

        commit(StreamKind.DEALS, List.of(Samples.deal("d1", "1")), "2", "r2");
        store.finish(FILES, StreamKind.DEALS, "r2");

        assertThat(rejects.count(null)).isZero();
    }

    @Test
    void aResetCursorStartsTheStreamAgain() {
        commit(StreamKind.DEALS, List.of(Samples.deal("d1", "1")), "1", null);

        assertThat(store.resetCursor(FILES, StreamKind.DEALS)).isTrue();

        assertThat(store.state(FILES, StreamKind.DEALS)).isEqualTo(StreamState.NEW);
    }

    @Test
    void aRunIsRecordedWithItsStreamsAndPushes() {
        RunStore runs = new RunStore(JdbcClient.create(template), CLOCK);
        long id = runs.start("cli", true, Instant.parse("2026-11-15T04:00:00Z"));
        runs.recordStream(
                id,
                FILES,
                "COMPLETED",
                new StreamReport(StreamKind.DEALS, 10, 9, 1, 2, 3, 0, 1, true, true, Duration.ofMillis(1500), null),
                4,
                8);
        runs.recordPush(
                id,
                "results",
                new PushReport(List.of(
                        new PushReport.RowOutcome(ResultRow.Kind.SCORECARD, "k", PushReport.Outcome.CREATED, null))),
                null);
        runs.finish(id, "SUCCEEDED", null, "v1", 12, 3);

        RunRecord run = runs.find(id).orElseThrow();
        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.fullRefresh()).isTrue();
        assertThat(run.scorecards()).isEqualTo(12);
        assertThat(run.streams()).singleElement().satisfies(s -> {
            assertThat(s.read()).isEqualTo(10);
            assertThat(s.apiCalls()).isEqualTo(4);
            assertThat(s.credits()).isEqualTo(8);
            assertThat(s.durationMs()).isEqualTo(1500);
        });
        assertThat(run.pushes()).singleElement().extracting(PushRun::created).isEqualTo(1);
        assertThat(runs.recent(5)).extracting(RunRecord::id).containsExactly(id);
        assertThat(runs.lastOf(FILES)).map(RunRecord::id).contains(id);
        assertThat(runs.lastOf("nobody")).isEmpty();
    }

    @Test
    void aDanglingRunIsMarkedInterrupted() {
        RunStore runs = new RunStore(JdbcClient.create(template), CLOCK);
        long id = runs.start("schedule", false, CLOCK.instant());

        assertThat(runs.interruptDangling()).isEqualTo(1);

        assertThat(runs.find(id).orElseThrow().status()).isEqualTo("INTERRUPTED");
    }

    @Test
    void thePushLedgerRemembersFingerprintsPerSink() {
        JdbcPushLedger ledger = new JdbcPushLedger(JdbcClient.create(template), CLOCK, "crm");
        JdbcPushLedger other = new JdbcPushLedger(JdbcClient.create(template), CLOCK, "results");
        ResultRow alert =
                new ResultRow(ResultRow.Kind.ALERT, "OVERDUE_DEAL|a@x|crm:d1", Map.of("type", "OVERDUE_DEAL"));

        ledger.pushed(alert, "zoho-77");

        assertThat(ledger.find(alert.key()))
                .contains(new com.crmbridge.spi.PushLedger.Entry(alert.fingerprint(), "zoho-77"));
        assertThat(ledger.activeKeys(ResultRow.Kind.ALERT)).containsExactly(alert.key());
        assertThat(other.find(alert.key())).isEmpty();

        ledger.resolved(alert.key());
        assertThat(ledger.activeKeys(ResultRow.Kind.ALERT)).isEmpty();

        ledger.pushed(alert, "zoho-77");
        assertThat(ledger.activeKeys(ResultRow.Kind.ALERT)).containsExactly(alert.key());
    }
}
