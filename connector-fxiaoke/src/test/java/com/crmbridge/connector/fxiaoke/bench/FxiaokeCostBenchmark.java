package com.crmbridge.connector.fxiaoke.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.connector.fxiaoke.FxiaokeConnector;
import com.crmbridge.connector.fxiaoke.FxiaokeProvider;
import com.crmbridge.connector.fxiaoke.FxiaokeSettings;
import com.crmbridge.connector.fxiaoke.internal.RetryPolicy;
import com.crmbridge.connector.fxiaoke.internal.Sleeper;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.kpi.Alert;
import com.crmbridge.kpi.AlertType;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.kpi.ManagerIdentity;
import com.crmbridge.kpi.Rating;
import com.crmbridge.kpi.Scorecard;
import com.crmbridge.kpi.Severity;
import com.crmbridge.kpi.SubjectType;
import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.InMemoryPushLedger;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.testkit.HeapSampler;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a pull and a write-back cost against a WireMock tenant with 50 ms latency that enforces 100 calls per
 * interface per 20 s: calls, wall time next to the bound the limit sets, throttling replies (must be none), and
 * the peak heap of a 1,000,000-deal pull in a 256 MB JVM. Sizes come from system properties so that a run can
 * be shrunk: {@code fx.bench.records} (100,000), {@code fx.bench.large-records} (1,000,000),
 * {@code fx.bench.scorecards} (500). Results are printed and appended to {@code target/fxiaoke-bench.txt}.
 */
@Tag("bench")
class FxiaokeCostBenchmark {
    private static final String APP_ID = "FSAID_131b2f5";
    private static final String APP_SECRET = "s3cr3t-应用密钥-4f9a";
    private static final String PERMANENT_CODE = "PERM-7C1D2E3F4A5B";
    private static final String ADMIN = "FSUID_6E1C4A2B9F0D4E7A8B3C2D1E0F9A8B7C";
    private static final String PRESET_QUERY = "/cgi/crm/v2/data/query";
    private static final int LATENCY_MILLIS = 50;
    /** The documented limit: 100 calls per 20 s per interface, i.e. 5 calls a second. */
    private static final double LIMIT_CALLS_PER_SECOND = 100.0 / 20.0;

    private @Nullable WireMockServer wireMock;
    private final BenchContext context = new BenchContext();

    @AfterEach
    void stop() {
        if (wireMock != null) {
            wireMock.stop();
        }
    }

    @Test
    void fullAndIncrementalPullOfDealsAtTheRateLimit() {
        int records = Integer.getInteger("fx.bench.records", 100_000);
        BenchTenant tenant = start(LATENCY_MILLIS, true);
        long now = System.currentTimeMillis();
        tenant.deals(records, now - Duration.ofDays(400).toMillis());
        FxiaokeConnector connector = realConnector();

        Run full = pull(connector, tenant, null, ReadMode.FULL_REFRESH);
        report("full pull", records, full);
        assertThat(full.records()).isEqualTo(records);

        int changed = tenant.edit(100, now - Duration.ofHours(1).toMillis());
        Run incremental = pull(connector, tenant, full.cursor(), ReadMode.INCREMENTAL);
        report("incremental pull, " + changed + " of " + records + " changed", records, incremental);
        assertThat(incremental.records()).isGreaterThanOrEqualTo(changed);
        assertThat(full.throttled() + incremental.throttled()).isZero();
    }

    @Test
    void writeBackWithNothingChangedMakesNoCall() {
        int managers = Integer.getInteger("fx.bench.scorecards", 500);
        BenchTenant tenant = start(LATENCY_MILLIS, true);
        InMemoryPushLedger ledger = new InMemoryPushLedger();
        KpiResults results = results(managers);
        // the first push creates every row; it is not what is measured, so it runs with the limiter opened up
        tenant.enforceLimit(false);
        PushReport first = fastConnector().push(results, ledger);
        tenant.enforceLimit(true);
        assertThat(first.sent()).isEqualTo(2 * managers);
        tenant.resetCounts();
        context.reset();

        long start = System.nanoTime();
        PushReport again = realConnector().push(results, ledger);
        double seconds = (System.nanoTime() - start) / 1e9;

        line(String.format(
                Locale.ROOT,
                "write-back, nothing changed: %d scorecards + %d alerts, calls %d (api.calls %d), wall %.3f s,"
                        + " unchanged %d, throttled %d",
                managers,
                managers,
                tenant.calls(),
                context.counter(ConnectorMetrics.API_CALLS),
                seconds,
                again.counts().get(PushReport.Outcome.UNCHANGED),
                tenant.throttled()));
        assertThat(tenant.calls()).isZero();
        assertThat(again.sent()).isZero();
    }

    @Test
    void millionDealPullFitsIn256MegabytesOfHeap() throws InterruptedException {
        int records = Integer.getInteger("fx.bench.large-records", 1_000_000);
        BenchTenant tenant = start(0, false);
        tenant.deals(records, System.currentTimeMillis() - Duration.ofDays(800).toMillis());
        FxiaokeConnector connector = fastConnector();

        Run run;
        long sampled;
        long pools;
        try (HeapSampler heap = new HeapSampler()) {
            run = pull(connector, tenant, null, ReadMode.FULL_REFRESH);
            sampled = heap.peakSampledBytes();
            pools = heap.sumOfPoolPeaksBytes();
        }
        line(String.format(
                Locale.ROOT,
                "large pull (limiter opened up, no latency): %d deals, %d calls, wall %.1f s, peak used heap sampled"
                        + " %.1f MB, sum of heap pool peaks %.1f MB, max heap %.1f MB",
                records,
                run.calls(),
                run.seconds(),
                sampled / 1048576.0,
                pools / 1048576.0,
                HeapSampler.maxHeapBytes() / 1048576.0));
        assertThat(run.records()).isEqualTo(records);
        assertThat(sampled).isLessThan(256L * 1024 * 1024);
    }

    private record Run(
            long records, int calls, int queryCalls, long apiCalls, double seconds, int throttled, Cursor cursor) {}

    private Run pull(FxiaokeConnector connector, BenchTenant tenant, @Nullable Cursor from, ReadMode mode) {
        tenant.resetCounts();
        context.reset();
        long start = System.nanoTime();
        StreamReader reader = connector.open(StreamKind.DEALS, from, mode);
        long records = 0;
        Cursor last = from;
        for (Optional<Page> page = reader.next(); page.isPresent(); page = reader.next()) {
            records += page.get().records().size();
            assertThat(page.get().rejects()).isEmpty();
            last = page.get().cursor();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(
                records,
                tenant.calls(),
                tenant.calls(PRESET_QUERY),
                context.counter(ConnectorMetrics.API_CALLS),
                seconds,
                tenant.throttled(),
                java.util.Objects.requireNonNull(last, "no page read"));
    }

    private static void report(String what, int records, Run run) {
        double bound = run.queryCalls() / LIMIT_CALLS_PER_SECOND;
        line(String.format(
                Locale.ROOT,
                "%s: %d deals in the tenant, %d read, calls %d (query %d, api.calls %d), wall %.1f s, bound %.1f s,"
                        + " ratio %.3f, throttled %d",
                what,
                records,
                run.records(),
                run.calls(),
                run.queryCalls(),
                run.apiCalls(),
                run.seconds(),
                bound,
                run.seconds() / bound,
                run.throttled()));
    }

    private static void line(String text) {
        System.out.println("[fxiaoke-bench] " + text);
        try {
            Files.writeString(
                    Path.of("target", "fxiaoke-bench.txt"),
                    Instant.now() + " " + text + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BenchTenant start(int latencyMillis, boolean enforceLimit) {
        BenchTenant tenant = new BenchTenant(latencyMillis, enforceLimit);
        WireMockServer server = new WireMockServer(
                options().dynamicPort().disableRequestJournal().extensions(tenant));
        server.start();
        wireMock = server;
        server.stubFor(post(urlPathEqualTo("/cgi/corpAccessToken/get/V2"))
                .willReturn(json("token.json").withFixedDelay(latencyMillis)));
        server.stubFor(post(urlPathEqualTo("/cgi/crm/v2/object/list"))
                .willReturn(json("object-list.json").withFixedDelay(latencyMillis)));
        for (String path : List.of(
                PRESET_QUERY,
                "/cgi/crm/custom/v2/data/query",
                "/cgi/crm/custom/v2/data/create",
                "/cgi/crm/custom/v2/data/update")) {
            server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withTransformers(BenchTenant.NAME)));
        }
        return tenant;
    }

    private Map<String, String> settings() {
        Map<String, String> raw = new HashMap<>();
        raw.put("base-url", java.util.Objects.requireNonNull(wireMock).baseUrl());
        raw.put("app-id", APP_ID);
        raw.put("app-secret", APP_SECRET);
        raw.put("permanent-code", PERMANENT_CODE);
        raw.put("current-open-user-id", ADMIN);
        return raw;
    }

    /** The connector as the application creates it: real waits, the contract's retries, 95 calls per 20 s. */
    private FxiaokeConnector realConnector() {
        return (FxiaokeConnector)
                new FxiaokeProvider().create(context, FxiaokeSettings.spec().validate(settings()));
    }

    /**
     * The same connector with its limiter's window shrunk to 1 ms (95 calls per ms), for the runs that are not
     * about time. The provider's constructor for tests is package-private; the benchmark lives in its own package
     * and reaches it by reflection.
     */
    private FxiaokeConnector fastConnector() {
        try {
            Constructor<FxiaokeProvider> constructor =
                    FxiaokeProvider.class.getDeclaredConstructor(Sleeper.class, RetryPolicy.class, Duration.class);
            constructor.setAccessible(true);
            FxiaokeProvider provider =
                    constructor.newInstance(Sleeper.REAL, RetryPolicy.contract(), Duration.ofMillis(1));
            return (FxiaokeConnector)
                    provider.create(context, FxiaokeSettings.spec().validate(settings()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the fast connector", e);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String fixture) {
        try (InputStream in = FxiaokeCostBenchmark.class.getResourceAsStream("/fxiaoke/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json;charset=UTF-8")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KpiResults results(int managers) {
        List<Scorecard> scorecards = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < managers; i++) {
            String id = String.format("FSUID_%032X", i);
            ManagerIdentity manager = new ManagerIdentity(
                    "crm:" + id,
                    id,
                    "客户经理" + i,
                    null,
                    "华东大客户部",
                    ManagerTier.STANDARD,
                    true,
                    List.of(new SourceRef("crm", id)));
            scorecards.add(new Scorecard(
                    manager,
                    Period.quarter(2026, 3),
                    new BigDecimal("1286500"),
                    1,
                    1,
                    new BigDecimal("1200000"),
                    new BigDecimal("1.07208333"),
                    null,
                    new BigDecimal("0.5"),
                    3,
                    new BigDecimal("0.666666"),
                    new BigDecimal("4.333333"),
                    1,
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    2,
                    new BigDecimal("87.5"),
                    Rating.B,
                    1,
                    new BigDecimal("8000"),
                    Map.of()));
            alerts.add(new Alert(
                    AlertType.OVERLOAD,
                    Severity.MEDIUM,
                    manager,
                    SubjectType.MANAGER,
                    new SourceRef("crm", id),
                    "客户经理" + i + " 名下客户 62 个，超过上限 50 个"));
        }
        return new KpiResults("rules-1", Instant.now(), scorecards, alerts);
    }
}
