package com.crmbridge.connector.zoho;

import com.crmbridge.connector.zoho.internal.AccessTokens;
import com.crmbridge.connector.zoho.internal.Backoff;
import com.crmbridge.connector.zoho.internal.CreditBudget;
import com.crmbridge.connector.zoho.internal.HttpClients;
import com.crmbridge.connector.zoho.internal.ModuleReader;
import com.crmbridge.connector.zoho.internal.ModuleReads;
import com.crmbridge.connector.zoho.internal.PushRows;
import com.crmbridge.connector.zoho.internal.RecordMapper;
import com.crmbridge.connector.zoho.internal.ResultPusher;
import com.crmbridge.connector.zoho.internal.SchemaCheck;
import com.crmbridge.connector.zoho.internal.Sleeper;
import com.crmbridge.connector.zoho.internal.Upserts;
import com.crmbridge.connector.zoho.internal.UserReader;
import com.crmbridge.connector.zoho.internal.ZohoHttp;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.PushLedger;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.Sink;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import java.util.EnumSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * A configured Zoho CRM connection: a {@link Source} of managers (users), customers, deals, feedback and
 * targets, and a {@link Sink} for scorecards and alerts. One token source, one credit budget and one concurrency
 * limit serve every read and push of the instance; the budget counts from the instance's creation, which the
 * runtime does once per run.
 */
public final class ZohoConnector implements Source, Sink {
    private final ZohoConfig config;
    private final ZohoHttp http;
    private final ModuleReads reads;
    private final ResultPusher pusher;

    ZohoConnector(ConnectorContext context, ZohoConfig config, Sleeper sleeper, RandomGenerator random) {
        this.config = config;
        ObjectMapper json = HttpClients.json();
        OkHttpClient client = HttpClients.shared()
                .newBuilder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .build();
        Backoff backoff = new Backoff(config.retryAttempts(), config.retryBaseWait(), config.retryMaxWait(), random);
        AccessTokens tokens = new AccessTokens(
                config, client, json, context.clock(), backoff, sleeper, context.metrics(), context.log());
        CreditBudget budget = new CreditBudget(config.maxCreditsPerRun(), context.metrics());
        this.http = new ZohoHttp(
                config,
                client,
                json,
                tokens,
                backoff,
                sleeper,
                budget,
                context.metrics(),
                context.log(),
                context.clock());
        this.reads = new ModuleReads(
                config,
                http,
                json,
                new RecordMapper(config, context.name(), context.zone()),
                context.clock(),
                context.zone(),
                context.log(),
                context.name(),
                sleeper);
        this.pusher = new ResultPusher(
                config, new Upserts(http, json), new PushRows(config, json, context.name()), context.log());
    }

    /** The configuration in force, secrets masked in its text. */
    public ZohoConfig config() {
        return config;
    }

    @Override
    public CheckResult check() {
        return new SchemaCheck(config, http).run();
    }

    @Override
    public Set<StreamKind> streams() {
        return EnumSet.allOf(StreamKind.class);
    }

    @Override
    public StreamReader open(StreamKind stream, @Nullable Cursor cursor, ReadMode mode) {
        if (stream == StreamKind.MANAGERS) {
            return UserReader.open(reads, cursor, mode);
        }
        return ModuleReader.open(reads, stream, cursor, mode);
    }

    @Override
    public PushReport push(KpiResults results, PushLedger ledger) {
        return pusher.push(results, ledger);
    }
}
