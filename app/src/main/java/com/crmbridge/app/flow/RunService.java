package com.crmbridge.app.flow;

import com.crmbridge.app.config.ConfiguredConnector;
import com.crmbridge.app.config.ConfiguredConnectors;
import com.crmbridge.app.store.JdbcPushLedger;
import com.crmbridge.app.store.JdbcSyncStore;
import com.crmbridge.app.store.ResultStore;
import com.crmbridge.app.store.RunStore;
import com.crmbridge.app.store.StoreSnapshot;
import com.crmbridge.kpi.KpiConfig;
import com.crmbridge.kpi.KpiEngine;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.Sink;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import com.crmbridge.sync.Pause;
import com.crmbridge.sync.RetryPolicy;
import com.crmbridge.sync.SourceSync;
import com.crmbridge.sync.StreamReport;
import com.crmbridge.sync.SyncReport;
import com.crmbridge.sync.SyncStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.integration.support.locks.LockRegistry;
import org.springframework.integration.support.locks.RenewableLockRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run: pull the reading connectors (their streams in the order managers, customers, deals, feedback,
 * targets) into the store, compute the KPIs from the store's snapshot, push them to every writing connector with
 * its ledger, and record it all. Runs hold a lock in the database, so two never overlap, even across instances.
 * A failed connector does not stop the others: the KPIs are computed from what the store holds.
 */
public final class RunService {
    /** The reading order: managers first, so that everything else finds its owner. */
    public static final List<StreamKind> ORDER = List.of(
            StreamKind.MANAGERS, StreamKind.CUSTOMERS, StreamKind.DEALS, StreamKind.FEEDBACK, StreamKind.TARGETS);

    static final String LOCK_KEY = "crm-bridge-run";
    private static final Logger LOG = LoggerFactory.getLogger(RunService.class);

    private final ConfiguredConnectors connectors;
    private final JdbcSyncStore store;
    private final StoreSnapshot snapshot;
    private final RunStore runs;
    private final ResultStore results;
    private final Function<String, JdbcPushLedger> ledgers;
    private final KpiConfig kpiConfig;
    private final Clock clock;
    private final LockRegistry<?> locks;
    private final TransactionTemplate readOnly;
    private final MeterRegistry registry;
    private final RetryPolicy retryPolicy;
    private final Duration lockWait;
    private final AtomicBoolean stopping = new AtomicBoolean();

    @SuppressWarnings("ParameterNumber") // the run touches every part of the application
    public RunService(
            ConfiguredConnectors connectors,
            JdbcSyncStore store,
            StoreSnapshot snapshot,
            RunStore runs,
            ResultStore results,
            Function<String, JdbcPushLedger> ledgers,
            KpiConfig kpiConfig,
            Clock clock,
            LockRegistry<?> locks,
            TransactionTemplate readOnly,
            MeterRegistry registry,
            RetryPolicy retryPolicy,
            Duration lockWait) {
        this.connectors = connectors;
        this.store = store;
        this.snapshot = snapshot;
        this.runs = runs;
        this.results = results;
        this.ledgers = ledgers;
        this.kpiConfig = kpiConfig;
        this.clock = clock;
        this.locks = locks;
        this.readOnly = readOnly;
        this.registry = registry;
        this.retryPolicy = retryPolicy;
        this.lockWait = lockWait;
    }

    /** Asks a run in progress to stop after the page in hand; later runs do not start. */
    public void stop() {
        stopping.set(true);
    }

    /** Runs, waiting for the lock as long as configured; {@link RunStatus#BUSY} when it stays taken. */
    public RunOutcome run(RunRequest request) {
        if (stopping.get()) {
            return new RunOutcome(0, RunStatus.BUSY, "CRM Bridge is shutting down; no run started.", false);
        }
        Lock lock = locks.obtain(LOCK_KEY);
        boolean locked;
        try {
            locked = lock.tryLock(lockWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RunOutcome(0, RunStatus.BUSY, "interrupted while waiting for another run to finish", false);
        }
        if (!locked) {
            return new RunOutcome(
                    0,
                    RunStatus.BUSY,
                    "another run is in progress (this or another instance on the same database) and did not finish"
                            + " within " + lockWait + "; try again later",
                    false);
        }
        try {
            return runLocked(request);
        } finally {
            lock.unlock();
        }
    }

    private void keepLock() {
        if (locks instanceof RenewableLockRegistry<?> renewable) {
            try {
                renewable.renewLock(LOCK_KEY);
            } catch (RuntimeException e) {
                LOG.warn("Could not renew the run lock: {}", e.getMessage());
            }
        }
    }

    private RunOutcome runLocked(RunRequest request) {
        runs.interruptDangling();
        Instant asOf = request.asOf() == null ? clock.instant() : request.asOf();
        long runId = runs.start(request.trigger(), request.fullRefresh(), asOf);
        MDC.put("run", Long.toString(runId));
        long started = System.nanoTime();
        try {
            List<String> problems = new ArrayList<>();
            boolean failed = false;
            boolean partial = false;
            boolean changed = false;
            for (ConfiguredConnector connector : readers(request)) {
                SyncReport report = pull(runId, connector, request);
                changed |= report.changedData();
                if (report.status() != SyncStatus.COMPLETED) {
                    failed |= report.status() == SyncStatus.FAILED;
                    partial = true;
                    problems.add(Objects.requireNonNullElse(report.message(), connector.name() + " did not complete"));
                }
            }
            if (stopping.get()) {
                String message = String.join("\n", problems.isEmpty() ? List.of("stopped on shutdown") : problems);
                runs.finish(runId, "INTERRUPTED", message, null, 0, 0);
                return new RunOutcome(runId, RunStatus.PARTIAL, message, false);
            }
            boolean compute =
                    !request.onlyWhenChanged() || changed || results.periods().isEmpty();
            KpiResults computed = null;
            if (compute) {
                try {
                    computed = compute(asOf);
                    results.replace(computed, runId);
                } catch (RuntimeException e) {
                    LOG.error("KPI computation failed", e);
                    failed = true;
                    computed = null;
                    problems.add(
                            "the KPIs could not be computed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                if (computed != null) {
                    for (ConfiguredConnector writer : connectors.writers()) {
                        PushProblem problem = push(runId, writer, computed);
                        if (problem != null) {
                            failed |= problem.failed();
                            partial = true;
                            problems.add(problem.message());
                        }
                    }
                }
            }
            RunStatus status = failed ? RunStatus.FAILED : partial ? RunStatus.PARTIAL : RunStatus.SUCCEEDED;
            String message = problems.isEmpty() ? null : String.join("\n", problems);
            runs.finish(
                    runId,
                    status.name(),
                    message,
                    computed == null ? null : computed.rulesVersion(),
                    computed == null ? 0 : computed.scorecards().size(),
                    computed == null ? 0 : computed.alerts().size());
            registry.timer("crmbridge.run.time", "status", status.name())
                    .record(Duration.ofNanos(System.nanoTime() - started));
            LOG.info("Run {} {}", runId, status);
            return new RunOutcome(runId, status, message, computed != null);
        } catch (RuntimeException e) {
            runs.finish(runId, RunStatus.FAILED.name(), "the run failed: " + e.getMessage(), null, 0, 0);
            throw e;
        } finally {
            MDC.remove("run");
        }
    }

    private List<ConfiguredConnector> readers(RunRequest request) {
        if (request.connectors().isEmpty()) {
            return connectors.readers();
        }
        return connectors.readers().stream()
                .filter(c -> request.connectors().contains(c.name()))
                .toList();
    }

    private SyncReport pull(long runId, ConfiguredConnector connector, RunRequest request) {
        Source source = connector.source().orElseThrow();
        StreamCosts costs = new StreamCosts(connector.counters(), registry, request.progress(), this::keepLock);
        SourceSync sync = new SourceSync(
                store,
                retryPolicy,
                Pause.SLEEP,
                clock,
                () -> ThreadLocalRandom.current().nextDouble(),
                () -> UUID.randomUUID().toString());
        SyncReport report = sync.pull(connector.name(), source, ORDER, request.fullRefresh(), stopping::get, costs);
        for (StreamReport stream : report.streams()) {
            StreamCosts.Cost cost = costs.of(stream.stream());
            String status = stream.completed()
                    ? SyncStatus.COMPLETED.name()
                    : report.status().name();
            runs.recordStream(runId, connector.name(), status, stream, cost.apiCalls(), cost.credits());
        }
        if (report.status() != SyncStatus.COMPLETED) {
            LOG.warn("{}", report.message());
        }
        return report;
    }

    private KpiResults compute(Instant asOf) {
        KpiEngine engine = new KpiEngine(kpiConfig);
        KpiResults computed = readOnly.execute(status -> engine.compute(snapshot, asOf));
        return Objects.requireNonNull(computed);
    }

    /** A push that did not go through cleanly: rows rejected ({@code failed} false) or the push failed. */
    private record PushProblem(String message, boolean failed) {}

    /** Pushes to one sink, retrying retryable failures; the problem to report, or {@code null}. */
    private @Nullable PushProblem push(long runId, ConfiguredConnector writer, KpiResults computed) {
        Sink sink = writer.sink().orElseThrow();
        JdbcPushLedger ledger = ledgers.apply(writer.name());
        String prefix = "connector '" + writer.name() + "', push: ";
        for (int attempt = 1; ; attempt++) {
            try {
                PushReport report = sink.push(computed, ledger);
                runs.recordPush(runId, writer.name(), report, null);
                long rejected = report.counts().getOrDefault(PushReport.Outcome.REJECTED, 0);
                registry.counter("crmbridge.push.rows", "connector", writer.name())
                        .increment((double) report.sent());
                return rejected == 0
                        ? null
                        : new PushProblem(
                                prefix + rejected
                                        + " rows were rejected by the destination; see the run's push details",
                                false);
            } catch (ConnectorException.Retryable | ConnectorException.RateLimited e) {
                if (attempt >= retryPolicy.maxAttempts()) {
                    return failedPush(
                            runId, writer, prefix + "gave up after " + attempt + " attempts: " + e.getMessage());
                }
                Duration wait = e instanceof ConnectorException.RateLimited limited
                        ? limited.retryAfter().orElse(retryPolicy.backoff(attempt, () -> ThreadLocalRandom.current()
                                .nextDouble()))
                        : retryPolicy.backoff(
                                attempt, () -> ThreadLocalRandom.current().nextDouble());
                if (!sleep(wait)) {
                    return failedPush(runId, writer, prefix + "interrupted");
                }
            } catch (ConnectorException e) {
                return failedPush(runId, writer, prefix + describe(writer, e));
            } catch (RuntimeException e) {
                LOG.error("Push to {} failed", writer.name(), e);
                return failedPush(
                        runId,
                        writer,
                        prefix + "failed unexpectedly (a defect of the connector, please report it): "
                                + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private PushProblem failedPush(long runId, ConfiguredConnector writer, String message) {
        runs.recordPush(runId, writer.name(), null, message);
        return new PushProblem(message, true);
    }

    private static String describe(ConfiguredConnector writer, ConnectorException e) {
        if (e instanceof ConnectorException.AuthenticationFailed) {
            return "credentials were refused: " + e.getMessage() + ". Fix the credentials in crmbridge.connectors."
                    + writer.name() + ".settings and run again.";
        }
        if (e instanceof ConnectorException.ConfigurationInvalid invalid) {
            return "configuration is invalid: "
                    + String.join(
                            "; ",
                            invalid.problems().stream()
                                    .map(p -> "crmbridge.connectors." + writer.name() + ".settings." + p.key() + ": "
                                            + p.message())
                                    .toList());
        }
        if (e instanceof ConnectorException.QuotaExhausted) {
            return "quota exhausted (" + e.getMessage() + "); the next run pushes what is left.";
        }
        return String.valueOf(e.getMessage());
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
