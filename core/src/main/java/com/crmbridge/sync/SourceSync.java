package com.crmbridge.sync;

import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.ConnectorException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Pulls a source's streams into a {@link SyncStore}, one page per transaction.
 *
 * <p>For each stream, in the order given, it opens a read at the stored cursor (none for a full refresh) and
 * commits each page with its cursor before asking for the next, so a crash loses at most the page in hand, which
 * the next read returns again. When a read {@linkplain StreamReader#replacesStream() replaces the stream}, the
 * page's records are stamped with a refresh id that the store keeps until the stream ends; then the records the
 * read did not return are deleted. A read opened at a cursor that an unfinished refresh committed continues that
 * refresh under the same id, so a crash in the middle of a refresh neither loses what it stored nor leaves
 * behind what it would have deleted.
 *
 * <p>Failures are read by subtype only: {@code Retryable} reopens the stream at its stored cursor after an
 * exponential backoff with jitter, at most {@link RetryPolicy#maxAttempts()} times per page; {@code RateLimited}
 * waits as long as the server said (or the backoff) and reopens; {@code QuotaExhausted} stops this connector
 * cleanly, cursors kept; {@code AuthenticationFailed} and {@code ConfigurationInvalid} stop it with a message for
 * the operator. Failures of the store are not the connector's: they propagate to the caller.
 *
 * <p>One instance serves any number of sources, one call at a time per source.
 */
public final class SourceSync {
    private final SyncStore store;
    private final RetryPolicy policy;
    private final Pause pause;
    private final Clock clock;
    private final DoubleSupplier random;
    private final Supplier<String> refreshIds;

    /**
     * @param random draws in {@code [0, 1)} for the jitter
     * @param refreshIds new unique ids for replacing reads
     */
    public SourceSync(
            SyncStore store,
            RetryPolicy policy,
            Pause pause,
            Clock clock,
            DoubleSupplier random,
            Supplier<String> refreshIds) {
        this.store = store;
        this.policy = policy;
        this.pause = pause;
        this.clock = clock;
        this.random = random;
        this.refreshIds = refreshIds;
    }

    /**
     * Pulls the source's streams.
     *
     * @param connector the configured connector name, used in the store and in every message
     * @param order the streams in reading order; those the source does not offer are skipped
     * @param fullRefresh read every stream from the start, ignoring stored cursors, replacing their content
     * @param stopRequested asked after every page; when true the pull stops after committing that page
     */
    public SyncReport pull(
            String connector,
            Source source,
            List<StreamKind> order,
            boolean fullRefresh,
            BooleanSupplier stopRequested,
            SyncListener listener) {
        List<StreamReport> reports = new ArrayList<>();
        for (StreamKind stream : order) {
            if (!source.streams().contains(stream)) {
                continue;
            }
            if (stopRequested.getAsBoolean()) {
                return new SyncReport(connector, SyncStatus.STOPPED, reports, connector + ": stopped before " + stream);
            }
            listener.streamStarted(connector, stream);
            StreamRead read = new StreamRead(connector, stream, source, fullRefresh, stopRequested, listener);
            StreamOutcome outcome = read.run();
            StreamReport report = read.report(outcome);
            reports.add(report);
            listener.streamFinished(connector, report);
            if (outcome.status != SyncStatus.COMPLETED) {
                return new SyncReport(connector, outcome.status, reports, outcome.message);
            }
        }
        return new SyncReport(connector, SyncStatus.COMPLETED, reports, null);
    }

    private record StreamOutcome(SyncStatus status, @Nullable String message) {
        static final StreamOutcome COMPLETED = new StreamOutcome(SyncStatus.COMPLETED, null);
    }

    /** A failure thrown by connector code that is not in the taxonomy: a bug in the connector. */
    private static final class ConnectorFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final RuntimeException failure;

        ConnectorFault(RuntimeException failure) {
            super(failure);
            this.failure = failure;
        }

        String describe() {
            return failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
    }

    /** The state of reading one stream, across reopenings. */
    private final class StreamRead {
        private final String connector;
        private final StreamKind stream;
        private final Source source;
        private final boolean fullRefresh;
        private final BooleanSupplier stopRequested;
        private final SyncListener listener;
        private final Instant started;
        private @Nullable String refreshId;
        private boolean opened;
        private boolean replaced;
        private long read;
        private long changed;
        private long deleted;
        private long rejected;
        private int pages;
        private int retries;
        private int rateLimitWaits;
        private int failuresInARow;
        private int rateLimitsInARow;

        StreamRead(
                String connector,
                StreamKind stream,
                Source source,
                boolean fullRefresh,
                BooleanSupplier stopRequested,
                SyncListener listener) {
            this.connector = connector;
            this.stream = stream;
            this.source = source;
            this.fullRefresh = fullRefresh;
            this.stopRequested = stopRequested;
            this.listener = listener;
            this.started = clock.instant();
        }

        StreamOutcome run() {
            while (true) {
                try {
                    Optional<StreamOutcome> done = readToEnd();
                    if (done.isPresent()) {
                        return done.get();
                    }
                } catch (ConnectorFault fault) {
                    return failed(
                            "failed unexpectedly (a defect of the connector, please report it): " + fault.describe());
                } catch (ConnectorException.Retryable e) {
                    retries++;
                    failuresInARow++;
                    if (failuresInARow >= policy.maxAttempts()) {
                        return failed("gave up after " + failuresInARow + " attempts: " + e.getMessage()
                                + ". The cursor is kept; the next run resumes from the last stored page.");
                    }
                    Duration wait = policy.backoff(failuresInARow, random);
                    if (!waitFor(wait, "retry " + failuresInARow + " after: " + e.getMessage())) {
                        return stopped();
                    }
                } catch (ConnectorException.RateLimited e) {
                    rateLimitsInARow++;
                    Duration wait = e.retryAfter().orElseGet(() -> policy.backoff(rateLimitsInARow, random));
                    if (wait.compareTo(policy.maxRateLimitWait()) > 0
                            || rateLimitsInARow > policy.maxRateLimitWaits()) {
                        return new StreamOutcome(
                                SyncStatus.QUOTA_EXHAUSTED,
                                prefix() + "rate limited (" + e.getMessage() + "), asked to wait " + wait
                                        + "; stopped, cursors kept. The next run resumes.");
                    }
                    rateLimitWaits++;
                    if (!waitFor(wait, "rate limited: " + e.getMessage())) {
                        return stopped();
                    }
                } catch (ConnectorException.QuotaExhausted e) {
                    String until = e.until().map(u -> " until " + u).orElse("");
                    return new StreamOutcome(
                            SyncStatus.QUOTA_EXHAUSTED,
                            prefix() + "quota exhausted" + until + " (" + e.getMessage()
                                    + "); stopped, cursors kept. The next run resumes.");
                } catch (ConnectorException.AuthenticationFailed e) {
                    return failed("credentials were refused: " + e.getMessage()
                            + ". Fix the credentials in crmbridge.connectors." + connector
                            + ".settings and run again.");
                } catch (ConnectorException.ConfigurationInvalid e) {
                    List<String> problems = e.problems().stream()
                            .map(p -> "crmbridge.connectors." + connector + ".settings." + p.key() + ": " + p.message())
                            .toList();
                    return failed("configuration is invalid: " + String.join("; ", problems));
                } catch (ConnectorException.BadRecordException e) {
                    return failed("could not read a record and cannot skip it: " + e.record()
                            + ". Fix the record at the source and run again.");
                }
            }
        }

        /** Opens the stream at the stored cursor and reads it to its end; empty when it must be reopened. */
        private Optional<StreamOutcome> readToEnd() {
            StreamState state = store.state(connector, stream);
            boolean restart = fullRefresh && !opened;
            @Nullable Cursor cursor = fullRefresh ? null : state.cursor();
            ReadMode mode = fullRefresh ? ReadMode.FULL_REFRESH : ReadMode.INCREMENTAL;
            StreamReader reader = call(() -> source.open(stream, cursor, mode));
            try {
                boolean replaces = call(reader::replacesStream);
                String pending = restart ? null : state.refreshId();
                if (pending != null) {
                    // the stored cursor was committed by a refresh that did not reach the end: this read goes on
                    // with it, even when the reader has nothing left and so does not call itself replacing
                    refreshId = pending;
                } else if (replaces) {
                    if (refreshId == null) {
                        refreshId = refreshIds.get();
                    }
                } else {
                    refreshId = null;
                }
                replaced = refreshId != null;
                opened = true;
                while (true) {
                    Optional<Page> next = call(reader::next);
                    if (next.isEmpty()) {
                        break;
                    }
                    Page page = next.get();
                    changed += store.commit(new PageCommit(connector, stream, page, refreshId));
                    pages++;
                    read += page.records().size();
                    deleted += page.deletions().size();
                    rejected += page.rejects().size();
                    failuresInARow = 0;
                    rateLimitsInARow = 0;
                    listener.pageCommitted(connector, stream, pages, read, rejected);
                    if (stopRequested.getAsBoolean()) {
                        return Optional.of(stopped());
                    }
                }
            } finally {
                call(() -> {
                    reader.close();
                    return reader;
                });
            }
            long gone = store.finish(connector, stream, refreshId);
            deleted += gone;
            changed += gone;
            return Optional.of(StreamOutcome.COMPLETED);
        }

        private boolean waitFor(Duration wait, String reason) {
            listener.waiting(connector, stream, wait, reason);
            try {
                pause.sleep(wait);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private StreamOutcome failed(String what) {
            return new StreamOutcome(SyncStatus.FAILED, prefix() + what);
        }

        private StreamOutcome stopped() {
            return new StreamOutcome(
                    SyncStatus.STOPPED,
                    prefix() + "stopped on request after page " + pages + "; the next run resumes.");
        }

        private String prefix() {
            return "connector '" + connector + "', stream " + stream + ": ";
        }

        StreamReport report(StreamOutcome outcome) {
            Duration duration = Duration.between(started, clock.instant());
            boolean completed = outcome.status == SyncStatus.COMPLETED;
            return new StreamReport(
                    stream,
                    read,
                    changed,
                    deleted,
                    rejected,
                    pages,
                    retries,
                    rateLimitWaits,
                    replaced,
                    completed,
                    duration,
                    outcome.message);
        }
    }

    /** Runs connector code, keeping the taxonomy as is and marking anything else as a connector fault. */
    private static <T> T call(Supplier<T> connectorCode) {
        try {
            return connectorCode.get();
        } catch (ConnectorException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConnectorFault(e);
        }
    }
}
