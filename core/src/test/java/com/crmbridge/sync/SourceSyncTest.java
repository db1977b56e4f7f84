package com.crmbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SourceSyncTest {
    private static final List<StreamKind> ORDER = List.of(StreamKind.values());
    private static final String FILES = "files";

    private final List<Duration> waits = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    private SourceSync sync(SyncStore store, RetryPolicy policy) {
        return new SourceSync(
                store,
                policy,
                waits::add,
                Clock.fixed(Instant.parse("2026-11-15T04:00:00Z"), ZoneOffset.UTC),
                () -> 0.5,
                () -> "refresh-" + ids.incrementAndGet());
    }

    private SyncReport pull(SyncStore store, ScriptedSource source) {
        return pull(store, source, false);
    }

    private SyncReport pull(SyncStore store, ScriptedSource source, boolean fullRefresh) {
        return sync(store, RetryPolicy.defaults())
                .pull(FILES, source, ORDER, fullRefresh, () -> false, new SyncListener() {});
    }

    private static List<Manager> managers(int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(i -> new Manager(
                        new SourceRef(FILES, "m" + i), "Manager " + i, null, "East", ManagerTier.STANDARD, true))
                .toList();
    }

    private static List<Deal> deals(int count, String amount) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Deal(
                        new SourceRef(FILES, "d" + i),
                        null,
                        "m" + (i % 3),
                        new BigDecimal(amount),
                        DealStage.WON,
                        LocalDate.of(2026, 10, 1 + i % 28),
                        null))
                .toList();
    }

    @Test
    void storesEveryPageWithItsCursorAndReadsOnFromIt() {
        MemorySyncStore store = new MemorySyncStore();
        ScriptedSource source = new ScriptedSource(2, false).with(StreamKind.MANAGERS, managers(0, 5));

        SyncReport first = pull(store, source);

        assertThat(first.status()).isEqualTo(SyncStatus.COMPLETED);
        assertThat(first.streams()).singleElement().satisfies(s -> {
            assertThat(s.read()).isEqualTo(5);
            assertThat(s.pages()).isEqualTo(3);
            assertThat(s.changed()).isEqualTo(5);
        });
        assertThat(store.live()).hasSize(5);
        assertThat(store.state(FILES, StreamKind.MANAGERS).cursor()).isEqualTo(new Cursor("v1:5"));

        SyncReport second = pull(store, source);
        assertThat(source.opened()).containsExactly("MANAGERS@-/INCREMENTAL", "MANAGERS@v1:5/INCREMENTAL");
        assertThat(second.streams().get(0).read()).isZero();
        assertThat(second.changedData()).isFalse();
    }

    @Test
    void readsStreamsInTheGivenOrder() {
        MemorySyncStore store = new MemorySyncStore();
        ScriptedSource source = new ScriptedSource(10, false)
                .with(StreamKind.DEALS, deals(2, "10"))
                .with(StreamKind.MANAGERS, managers(0, 2));

        SyncReport report = pull(store, source);

        assertThat(report.streams())
                .extracting(StreamReport::stream)
                .containsExactly(StreamKind.MANAGERS, StreamKind.DEALS);
    }

    @Test
    void aPageReadTwiceChangesNothingTheSecondTime() {
        MemorySyncStore store = new MemorySyncStore();
        ScriptedSource source = new ScriptedSource(3, false).with(StreamKind.MANAGERS, managers(0, 3));
        pull(store, source);
        Map<String, CanonicalRecord> before = store.live();

        SyncReport again = pull(store, source, true);

        assertThat(again.streams().get(0).read()).isEqualTo(3);
        assertThat(again.streams().get(0).changed()).isZero();
        assertThat(store.live()).isEqualTo(before);
    }

    @Test
    void aReplacingReadDeletesAtTheEndWhatItDidNotReturn() {
        MemorySyncStore store = new MemorySyncStore();
        pull(store, new ScriptedSource(2, true).with(StreamKind.MANAGERS, managers(0, 5)));

        SyncReport report =
                pull(store, new ScriptedSource(2, true).version("v2").with(StreamKind.MANAGERS, managers(2, 6)));

        assertThat(store.live().keySet())
                .containsExactly("files/MANAGERS/m2", "files/MANAGERS/m3", "files/MANAGERS/m4", "files/MANAGERS/m5");
        assertThat(report.streams().get(0).deleted()).isEqualTo(2);
        assertThat(report.streams().get(0).replaced()).isTrue();
    }

    @Test
    void anIncrementalReadDeletesNothingItDidNotSee() {
        MemorySyncStore store = new MemorySyncStore();
        pull(store, new ScriptedSource(2, false).with(StreamKind.MANAGERS, managers(0, 3)));

        pull(store, new ScriptedSource(2, false).with(StreamKind.MANAGERS, managers(2, 3)), false);

        assertThat(store.live()).hasSize(3);
    }

    @Test
    void fullRefreshIgnoresTheCursorAndReplacesTheStream() {
        MemorySyncStore store = new MemorySyncStore();
        ScriptedSource source = new ScriptedSource(2, false).with(StreamKind.MANAGERS, managers(0, 4));
        pull(store, source);

        ScriptedSource smaller = new ScriptedSource(2, false).with(StreamKind.MANAGERS, managers(0, 1));
        pull(store, smaller, true);

        assertThat(smaller.opened()).containsExactly("MANAGERS@-/FULL_REFRESH");
        assertThat(store.live().keySet()).containsExactly("files/MANAGERS/m0");
    }

    @Test
    void aRetryableFailureReopensAtTheStoredCursorAfterABackoff() {
        MemorySyncStore store = new MemorySyncStore();
        ScriptedSource source = new ScriptedSource(2, false)
                .with(StreamKind.MANAGERS, managers(0, 6))
                .failAt(2, new ConnectorException.Retryable("HTTP 503 from the CRM", null));

        SyncReport report = pull(store, source);

        assertThat(report.status()).isEqualTo(SyncStatus.COMPLETED);
        assertThat(source.opened()).containsExactly("MANAGERS@-/INCREMENTAL", "MANAGERS@v1:2/INCREMENTAL");
        assertThat(store.live()).hasSize(6);
        assertThat(report.streams().get(0).retries()).isEqualTo(1);
        // first retry: 1 s, less up to 20 % jitter drawn at 0.5
        assertThat(waits).containsExactly(Duration.ofMillis(900));
    }

    @Test
    void retriesAreBoundedAndKeepTheCursor() {
        MemorySyncStore store = new MemorySyncStore();
        ScriptedSource source = new ScriptedSource(2, false).with(StreamKind.MANAGERS, managers(0, 6));
        for (int call = 2; call < 20; call++) {
            source.failAt(call, new ConnectorException.Retryable("read timed out", null));
        }
        RetryPolicy three = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(3), 0, 0, Duration.ZERO);

        SyncReport report = sync(store, three).pull(FILES, source, ORDER, false, () -> false, new SyncListener() {});

        assertThat(report.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(report.message()).contains("'files'", "MANAGERS", "gave up after 3 attempts", "read timed out");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(store.state(FILES, StreamKind.MANAGERS).cursor()).isEqualTo(new Cursor("v1:2"));
    }

    @Test
    void aRateLimitWaitsAsLongAsTheServerSaid() {
        MemorySyncStore store = new MemorySyncStore();
        ScriptedSource source = new ScriptedSource(2, false)
                .with(StreamKind.MANAGERS, managers(0, 4))
                .failAt(1, new ConnectorException.RateLimited("HTTP 429", Duration.ofSeconds(42)));

        SyncReport report = pull(store, source);

        assertThat(report.status()).isEqualTo(SyncStatus.COMPLETED);
        assertThat(waits).containsExactly(Duration.ofSeconds(42));
        assertThat(report.streams().get(0).rateLimitWaits()).isEqualTo(1);
        assertThat(store.live()).hasSize(4);
    }

    @Test
    void aRateLimitLongerThanTheLongestWaitStopsLikeASpentQuota() {
        MemorySyncStore store = new MemorySyncStore();
        ScriptedSource source = new ScriptedSource(2, false)
                .with(StreamKind.MANAGERS, managers(0, 4))
                .failAt(2, new ConnectorException.RateLimited("HTTP 429", Duration.ofHours(6)));

        SyncReport report = pull(store, source);

        assertThat(report.status()).isEqualTo(SyncStatus.QUOTA_EXHAUSTED);
        assertThat(waits).isEmpty();
        assertThat(store.state(FILES, StreamKind.MANAGERS).cursor()).isEqualTo(new Cursor("v1:2"));
    }

    @Test
    void aSpentQuotaStopsTheConnectorKeepingItsCursors() {
        MemorySyncStore store = new MemorySyncStore();
        ScriptedSource source = new ScriptedSource(2, false)
                .with(StreamKind.MANAGERS, managers(0, 2))
                .with(StreamKind.DEALS, deals(6, "10"))
                .failAt(
                        4,
                        new ConnectorException.QuotaExhausted(
                                "daily API credits used", Instant.parse("2026-11-16T00:00:00Z")));

        SyncReport report = pull(store, source);

        assertThat(report.status()).isEqualTo(SyncStatus.QUOTA_EXHAUSTED);
        assertThat(report.message()).contains("quota exhausted until 2026-11-16T00:00:00Z", "cursors kept");
        assertThat(store.state(FILES, StreamKind.DEALS).cursor()).isEqualTo(new Cursor("v1:2"));
        assertThat(report.streams()).extracting(StreamReport::completed).containsExactly(true, false);

        pull(store, source);
        assertThat(source.opened()).last().isEqualTo("DEALS@v1:2/INCREMENTAL");
        assertThat(store.live()).hasSize(8);
    }

    @Test
    void refusedCredentialsStopTheConnectorWithAMessageForTheOperator() {
        MemorySyncStore store = new MemorySyncStore();
        ScriptedSource source = new ScriptedSource(2, false)
                .with(StreamKind.MANAGERS, managers(0, 2))
                .failAt(1, new ConnectorException.AuthenticationFailed("refresh token revoked", null));

        SyncReport report = pull(store, source);

        assertThat(report.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(report.message())
                .contains("credentials were refused: refresh token revoked", "crmbridge.connectors.files.settings");
        assertThat(waits).isEmpty();
    }

    @Test
    void invalidConfigurationNamesTheSetting() {
        MemorySyncStore store = new MemorySyncStore();
        ScriptedSource source = new ScriptedSource(2, false)
                .with(StreamKind.MANAGERS, managers(0, 2))
                .failAt(
                        1,
                        new ConnectorException.ConfigurationInvalid(
                                List.of(new ConnectorException.Problem("module", "Deals_X does not exist"))));

        SyncReport report = pull(store, source);

        assertThat(report.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(report.message()).contains("crmbridge.connectors.files.settings.module: Deals_X does not exist");
    }

    @Test
    void aDefectOfTheConnectorFailsItWithoutRetrying() {
        MemorySyncStore store = new MemorySyncStore();
        ScriptedSource source = new ScriptedSource(2, false)
                .with(StreamKind.MANAGERS, managers(0, 2))
                .failAt(1, new IllegalStateException("boom"));

        SyncReport report = pull(store, source);

        assertThat(report.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(report.message()).contains("defect of the connector", "IllegalStateException: boom");
        assertThat(waits).isEmpty();
    }

    @Test
    void aFailingStoreIsNotTheConnectorsFaultAndPropagates() {
        MemorySyncStore store = new MemorySyncStore();
        store.crashAtWrite(1);
        ScriptedSource source = new ScriptedSource(2, false).with(StreamKind.MANAGERS, managers(0, 2));

        assertThatThrownBy(() -> pull(store, source)).isInstanceOf(MemorySyncStore.Crash.class);
    }

    @Test
    void aStopRequestFinishesThePageInHandAndKeepsItsCursor() {
        MemorySyncStore store = new MemorySyncStore();
        ScriptedSource source = new ScriptedSource(2, false).with(StreamKind.MANAGERS, managers(0, 6));
        AtomicInteger asked = new AtomicInteger();

        SyncReport report = sync(store, RetryPolicy.defaults())
                .pull(FILES, source, ORDER, false, () -> asked.incrementAndGet() > 1, new SyncListener() {});

        assertThat(report.status()).isEqualTo(SyncStatus.STOPPED);
        assertThat(store.live()).hasSize(2);
        assertThat(store.state(FILES, StreamKind.MANAGERS).cursor()).isEqualTo(new Cursor("v1:2"));
    }

    @Test
    void aCrashAtAnyWriteLosesNothingOnceTheNextRunIsDone() {
        ScriptedSource clean = incrementalSource();
        MemorySyncStore reference = new MemorySyncStore();
        pull(reference, clean);
        int writes = reference.writes();
        assertThat(writes).isGreaterThanOrEqualTo(20);

        for (int crashAt = 1; crashAt <= writes; crashAt++) {
            MemorySyncStore store = new MemorySyncStore();
            store.crashAtWrite(crashAt);
            assertThatThrownBy(() -> pull(store, incrementalSource())).isInstanceOf(MemorySyncStore.Crash.class);
            store.crashAtWrite(Integer.MAX_VALUE);

            SyncReport after = pull(store, incrementalSource());

            assertThat(after.status()).isEqualTo(SyncStatus.COMPLETED);
            assertThat(store.live()).as("crash at write %d", crashAt).isEqualTo(reference.live());
        }
    }

    @Test
    void aCrashInTheMiddleOfARefreshDeletesNothingTheRefreshStored() {
        MemorySyncStore reference = new MemorySyncStore();
        pull(reference, new ScriptedSource(1, true).with(StreamKind.MANAGERS, managers(0, 12)));
        pull(reference, changedFiles());
        int writesOfRefresh = reference.writes() - 13;

        for (int crashAt = 1; crashAt <= writesOfRefresh; crashAt++) {
            MemorySyncStore store = new MemorySyncStore();
            pull(store, new ScriptedSource(1, true).with(StreamKind.MANAGERS, managers(0, 12)));
            store.crashAtWrite(store.writes() + crashAt);
            assertThatThrownBy(() -> pull(store, changedFiles())).isInstanceOf(MemorySyncStore.Crash.class);
            store.crashAtWrite(Integer.MAX_VALUE);

            pull(store, changedFiles());

            assertThat(store.live())
                    .as("crash at write %d of the refresh", crashAt)
                    .isEqualTo(reference.live());
        }
    }

    /** Two streams in pages of one: 12 managers and 10 deals, 24 writes with the two stream ends. */
    private static ScriptedSource incrementalSource() {
        return new ScriptedSource(1, false)
                .with(StreamKind.MANAGERS, managers(0, 12))
                .with(StreamKind.DEALS, deals(10, "99.50"));
    }

    /** The managers file changed: m0–m5 are gone, m6–m17 are there, read in 12 pages of one. */
    private static ScriptedSource changedFiles() {
        return new ScriptedSource(1, true).version("v2").with(StreamKind.MANAGERS, managers(6, 18));
    }
}
