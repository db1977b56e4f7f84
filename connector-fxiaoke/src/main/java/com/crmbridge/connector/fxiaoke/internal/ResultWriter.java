package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.kpi.Alert;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.kpi.Scorecard;
import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.PushLedger;
import com.crmbridge.spi.PushPlan;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.PushReport.Outcome;
import com.crmbridge.spi.PushReport.RowOutcome;
import com.crmbridge.spi.ResultRow;
import com.crmbridge.spi.ResultRows;
import com.crmbridge.spi.error.ConnectorException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pushes scorecards and alerts into their custom objects (contract, section 4), diff-based: the ledger's
 * fingerprints decide what is new or changed, so unchanged results cost no call. Changed rows are looked up by
 * key in batches, then updated by {@code _id} or created; an alert that stopped firing is set to resolved.
 * A row Fxiaoke refuses is rejected with the code, message and traceId; the rest go on.
 */
public final class ResultWriter {
    /** Prefix of a ledger destination id that is a key, used when a create's reply carried no id. */
    static final String BY_KEY = "key:";

    private final ObjectWriter scorecards;
    private final ObjectWriter alerts;
    private final WriteBackMapping mapping;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final ConnectorLog log;

    public ResultWriter(
            ObjectWriter scorecards,
            ObjectWriter alerts,
            WriteBackMapping mapping,
            RetryPolicy retryPolicy,
            Sleeper sleeper,
            ConnectorLog log) {
        this.scorecards = scorecards;
        this.alerts = alerts;
        this.mapping = mapping;
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.log = log;
    }

    /**
     * @param beforeFirstCall runs once before the first call, only when there is something to send
     */
    public PushReport push(KpiResults results, PushLedger ledger, Runnable beforeFirstCall) {
        Map<String, Scorecard> scorecardByKey = new HashMap<>();
        Map<String, Alert> alertByKey = new HashMap<>();
        List<ResultRow> rows = new ArrayList<>();
        for (Scorecard scorecard : results.scorecards()) {
            ResultRow row = ResultRows.scorecard(scorecard);
            scorecardByKey.put(row.key(), scorecard);
            rows.add(row);
        }
        for (Alert alert : results.alerts()) {
            ResultRow row = ResultRows.alert(alert);
            alertByKey.put(row.key(), alert);
            rows.add(row);
        }
        PushPlan plan = PushPlan.of(rows, ledger);
        List<RowOutcome> outcomes = new ArrayList<>();
        plan.unchanged().forEach(row -> outcomes.add(new RowOutcome(row.kind(), row.key(), Outcome.UNCHANGED, null)));

        List<OutgoingRecord> outgoingScorecards = new ArrayList<>();
        List<OutgoingRecord> outgoingAlerts = new ArrayList<>();
        List<ResultRow> changed = new ArrayList<>(plan.create());
        plan.update().forEach(update -> changed.add(update.row()));
        for (ResultRow row : changed) {
            Scorecard scorecard = scorecardByKey.get(row.key());
            Alert alert = alertByKey.get(row.key());
            Optional<OutgoingRecord> outgoing = scorecard != null
                    ? mapping.scorecard(scorecard, row)
                    : alert != null ? mapping.alert(alert, row) : Optional.empty();
            if (outgoing.isEmpty()) {
                outcomes.add(new RowOutcome(
                        row.kind(),
                        row.key(),
                        Outcome.REJECTED,
                        "manager " + row.get("manager_id") + " has no employee in this Fxiaoke tenant"));
            } else {
                (row.kind() == ResultRow.Kind.SCORECARD ? outgoingScorecards : outgoingAlerts).add(outgoing.get());
            }
        }
        if (!outgoingScorecards.isEmpty()
                || !outgoingAlerts.isEmpty()
                || !plan.resolve().isEmpty()) {
            beforeFirstCall.run();
        }
        write(scorecards, outgoingScorecards, ledger, outcomes);
        write(alerts, outgoingAlerts, ledger, outcomes);
        resolve(plan.resolve(), ledger, outcomes);
        return new PushReport(outcomes);
    }

    private void write(
            ObjectWriter writer, List<OutgoingRecord> records, PushLedger ledger, List<RowOutcome> outcomes) {
        if (records.isEmpty()) {
            return;
        }
        Map<String, String> existing =
                writer.findIds(records.stream().map(OutgoingRecord::key).toList());
        for (OutgoingRecord record : records) {
            ResultRow row = record.row();
            String id = existing.get(record.key());
            try {
                if (id != null) {
                    writer.update(id, record.fields());
                    ledger.pushed(row, id);
                    outcomes.add(new RowOutcome(row.kind(), row.key(), Outcome.UPDATED, null));
                } else {
                    String created = create(writer, record);
                    ledger.pushed(row, created);
                    outcomes.add(new RowOutcome(row.kind(), row.key(), Outcome.CREATED, null));
                }
            } catch (CallFailure refused) {
                log.warn("Fxiaoke refused " + record.key() + ": " + refused.error());
                outcomes.add(new RowOutcome(
                        row.kind(), row.key(), Outcome.REJECTED, refused.error().toString()));
            }
        }
    }

    /** Creates, and after a fault looks the key up before trying again: the create may have happened. */
    private String create(ObjectWriter writer, OutgoingRecord record) {
        int attempt = 0;
        while (true) {
            try {
                return writer.create(record.ownerId(), record.fields()).orElse(BY_KEY + record.key());
            } catch (ConnectorException.Retryable fault) {
                if (attempt >= retryPolicy.faultWaits().size()) {
                    throw fault;
                }
                sleeper.sleep(retryPolicy.wait(retryPolicy.faultWaits().get(attempt++), Duration.ZERO));
                String found = writer.findIds(List.of(record.key())).get(record.key());
                if (found != null) {
                    log.info("the create of " + record.key() + " had happened before its reply was lost");
                    return found;
                }
            }
        }
    }

    private void resolve(List<PushPlan.Resolve> resolves, PushLedger ledger, List<RowOutcome> outcomes) {
        for (PushPlan.Resolve resolve : resolves) {
            String id = resolve.destinationId();
            try {
                if (id.startsWith(BY_KEY)) {
                    String key = id.substring(BY_KEY.length());
                    id = alerts.findIds(List.of(key)).get(key);
                }
                if (id != null && !id.isEmpty()) {
                    alerts.update(id, mapping.resolved());
                }
                ledger.resolved(resolve.key());
                outcomes.add(new RowOutcome(ResultRow.Kind.ALERT, resolve.key(), Outcome.RESOLVED, null));
            } catch (CallFailure refused) {
                outcomes.add(new RowOutcome(
                        ResultRow.Kind.ALERT,
                        resolve.key(),
                        Outcome.REJECTED,
                        refused.error().toString()));
            }
        }
    }
}
