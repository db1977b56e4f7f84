package com.crmbridge.connector.zoho.internal;

import com.crmbridge.connector.zoho.ZohoConfig;
import com.crmbridge.kpi.Alert;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.kpi.Scorecard;
import com.crmbridge.kpi.SubjectType;
import com.crmbridge.spi.ResultRow;
import com.crmbridge.spi.ResultRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns KPI results into the Zoho rows of the write-back modules (section 6). Only what this CRM knows is
 * pushed: a scorecard of a manager who is a user of this Zoho CRM, an alert whose manager and subject come from
 * it; the rest belongs to other sources and is counted as skipped.
 */
public final class PushRows {
    /** {@code Name} of an alert is its message cut to this many characters. */
    static final int MAX_NAME = 120;

    private final ZohoConfig config;
    private final ObjectMapper json;
    private final String connector;

    public PushRows(ZohoConfig config, ObjectMapper json, String connector) {
        this.config = config;
        this.json = json;
        this.connector = connector;
    }

    /** The scorecards of managers known to this Zoho CRM. */
    public List<PushRow> scorecards(KpiResults results) {
        List<PushRow> rows = new ArrayList<>();
        for (Scorecard scorecard : results.scorecards()) {
            scorecard.manager().idIn(connector).ifPresent(userId -> rows.add(scorecard(scorecard, userId)));
        }
        return rows;
    }

    private PushRow scorecard(Scorecard scorecard, String userId) {
        ResultRow row = ResultRows.scorecard(scorecard);
        String key = userId + ":" + row.get("period");
        ObjectNode zoho = json.createObjectNode();
        zoho.put(field("scorecards", "name"), row.get("manager_name") + " " + row.get("period"));
        zoho.put(field("scorecards", "key"), key);
        zoho.putObject(field("scorecards", "manager")).put("id", userId);
        for (PushField figure : PushField.all()) {
            figure.write(zoho, field("scorecards", figure.product()), row.get(figure.column()));
        }
        return new PushRow(row, key, zoho);
    }

    /** The alerts whose manager and subject are records of this Zoho CRM. */
    public List<PushRow> alerts(KpiResults results) {
        List<PushRow> rows = new ArrayList<>();
        for (Alert alert : results.alerts()) {
            Optional<String> userId = alert.manager().idIn(connector);
            Optional<String> subjectId = alert.subjectType() == SubjectType.MANAGER
                    ? userId
                    : Optional.of(alert.subject())
                            .filter(s -> s.connector().equals(connector))
                            .map(s -> s.externalId());
            if (userId.isPresent() && subjectId.isPresent()) {
                rows.add(alert(alert, userId.get(), subjectId.get()));
            }
        }
        return rows;
    }

    private PushRow alert(Alert alert, String userId, String subjectId) {
        ResultRow row = ResultRows.alert(alert);
        String key = alert.type().name() + ":" + subjectId;
        ObjectNode zoho = json.createObjectNode();
        String message = alert.message();
        zoho.put(field("alerts", "name"), message.length() > MAX_NAME ? message.substring(0, MAX_NAME) : message);
        zoho.put(field("alerts", "key"), key);
        zoho.put(field("alerts", "type"), alert.type().name());
        zoho.put(field("alerts", "severity"), alert.severity().name());
        zoho.putObject(field("alerts", "manager")).put("id", userId);
        zoho.put(field("alerts", "subjectType"), alert.subjectType().name());
        zoho.put(field("alerts", "subjectId"), subjectId);
        zoho.put(field("alerts", "message"), message);
        zoho.put(field("alerts", "status"), "Open");
        return new PushRow(row, key, zoho);
    }

    /**
     * The row that sets a pushed alert to Resolved: its {@code Alert_Key} and {@code Status} only.
     *
     * @param destinationId what the ledger holds for the alert, {@link #alertDestination}
     */
    public ObjectNode resolved(String destinationId) {
        ObjectNode zoho = json.createObjectNode();
        zoho.put(field("alerts", "key"), destinationId.substring(destinationId.indexOf(' ') + 1));
        zoho.put(field("alerts", "status"), "Resolved");
        return zoho;
    }

    /**
     * What the ledger keeps for an alert: the Zoho record id and the {@code Alert_Key}, space-separated, because
     * the key cannot be rebuilt from the ledger key when the manager's primary record is in another source.
     */
    public static String alertDestination(String recordId, String alertKey) {
        return recordId + " " + alertKey;
    }

    private String field(String kind, String field) {
        return config.field(kind, field);
    }
}
