package com.crmbridge.connector.zoho.internal;

import com.crmbridge.connector.zoho.ZohoConfig;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.PushLedger;
import com.crmbridge.spi.PushPlan;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.ResultRow;
import com.crmbridge.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes scorecards and alerts back (sections 4 and 6): diffs the rows against the ledger with
 * {@link PushPlan}, so unchanged rows cost nothing; upserts new and changed rows in batches of 100 by their key
 * fields, up to {@code concurrency} batches at once; sets alerts that stopped firing to Resolved. A row enters
 * the ledger only once Zoho accepted it; a rejected row is reported with Zoho's reason and sent again next time.
 */
public final class ResultPusher {
    private final ZohoConfig config;
    private final Upserts upserts;
    private final PushRows pushRows;
    private final ConnectorLog log;

    public ResultPusher(ZohoConfig config, Upserts upserts, PushRows pushRows, ConnectorLog log) {
        this.config = config;
        this.upserts = upserts;
        this.pushRows = pushRows;
        this.log = log;
    }

    /** One row of a batch: a new or changed row, or an alert to resolve. */
    private record Item(ResultRow.Kind kind, String ledgerKey, ObjectNode json, @Nullable PushRow row) {}

    private record Batch(String kind, List<Item> items) {}

    public PushReport push(KpiResults results, PushLedger ledger) {
        List<PushRow> rows = new ArrayList<>(pushRows.scorecards(results));
        rows.addAll(pushRows.alerts(results));
        int skipped = results.scorecards().size() + results.alerts().size() - rows.size();
        if (skipped > 0) {
            log.info(skipped + " results belong to managers or records of other sources and are not pushed to Zoho");
        }
        Map<String, PushRow> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.row().key(), r));
        PushPlan plan = PushPlan.of(rows.stream().map(PushRow::row).toList(), ledger);

        List<PushReport.RowOutcome> outcomes = new ArrayList<>();
        plan.unchanged()
                .forEach(r ->
                        outcomes.add(new PushReport.RowOutcome(r.kind(), r.key(), PushReport.Outcome.UNCHANGED, null)));
        List<Item> scorecards = new ArrayList<>();
        List<Item> alerts = new ArrayList<>();
        List<ResultRow> changed = new ArrayList<>(plan.create());
        plan.update().forEach(u -> changed.add(u.row()));
        for (ResultRow row : changed) {
            PushRow push = byKey.get(row.key());
            if (push == null) {
                continue;
            }
            Item item = new Item(row.kind(), row.key(), push.json(), push);
            (row.kind() == ResultRow.Kind.SCORECARD ? scorecards : alerts).add(item);
        }
        for (PushPlan.Resolve resolve : plan.resolve()) {
            alerts.add(new Item(ResultRow.Kind.ALERT, resolve.key(), pushRows.resolved(resolve.destinationId()), null));
        }
        List<Batch> batches = new ArrayList<>();
        chunk("scorecards", scorecards, batches);
        chunk("alerts", alerts, batches);
        send(batches, ledger, outcomes);
        return new PushReport(outcomes);
    }

    private static void chunk(String kind, List<Item> items, List<Batch> batches) {
        for (int from = 0; from < items.size(); from += Upserts.BATCH) {
            batches.add(new Batch(kind, items.subList(from, Math.min(items.size(), from + Upserts.BATCH))));
        }
    }

    private List<UpsertOutcome> upsert(Batch batch) {
        return upserts.upsert(
                config.module(batch.kind()),
                "modules." + batch.kind(),
                config.field(batch.kind(), "key"),
                batch.items().stream().map(Item::json).toList());
    }

    /** Sends the batches, applying each batch's outcomes to the ledger on this thread, in order. */
    private void send(List<Batch> batches, PushLedger ledger, List<PushReport.RowOutcome> outcomes) {
        if (batches.isEmpty()) {
            return;
        }
        if (config.concurrency() == 1 || batches.size() == 1) {
            for (Batch batch : batches) {
                apply(batch, upsert(batch), ledger, outcomes);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.concurrency(), batches.size()));
        try {
            List<Future<List<UpsertOutcome>>> sent = new ArrayList<>();
            for (Batch batch : batches) {
                sent.add(pool.submit(() -> upsert(batch)));
            }
            RuntimeException failure = null;
            for (int i = 0; i < batches.size(); i++) {
                try {
                    apply(batches.get(i), sent.get(i).get(), ledger, outcomes);
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException runtime
                                ? runtime
                                : new ConnectorException.Retryable("upsert failed", e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ConnectorException.Retryable("interrupted while pushing to Zoho", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void apply(
            Batch batch, List<UpsertOutcome> results, PushLedger ledger, List<PushReport.RowOutcome> outcomes) {
        for (int i = 0; i < batch.items().size(); i++) {
            Item item = batch.items().get(i);
            UpsertOutcome result = results.get(i);
            PushRow row = item.row();
            if (!result.succeeded()) {
                log.warn("Zoho rejected " + item.ledgerKey() + ": " + result.reason());
                outcomes.add(new PushReport.RowOutcome(
                        item.kind(), item.ledgerKey(), PushReport.Outcome.REJECTED, result.reason()));
            } else if (row == null) {
                ledger.resolved(item.ledgerKey());
                outcomes.add(
                        new PushReport.RowOutcome(item.kind(), item.ledgerKey(), PushReport.Outcome.RESOLVED, null));
            } else {
                String recordId = java.util.Objects.requireNonNullElse(result.recordId(), "");
                ledger.pushed(
                        row.row(),
                        item.kind() == ResultRow.Kind.ALERT
                                ? PushRows.alertDestination(recordId, row.zohoKey())
                                : recordId);
                outcomes.add(new PushReport.RowOutcome(
                        item.kind(),
                        item.ledgerKey(),
                        result.inserted() ? PushReport.Outcome.CREATED : PushReport.Outcome.UPDATED,
                        null));
            }
        }
    }
}
