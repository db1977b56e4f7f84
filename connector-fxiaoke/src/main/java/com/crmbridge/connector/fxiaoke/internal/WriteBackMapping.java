package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.connector.fxiaoke.FxiaokeConfig;
import com.crmbridge.kpi.Alert;
import com.crmbridge.kpi.Rating;
import com.crmbridge.kpi.Scorecard;
import com.crmbridge.kpi.SubjectType;
import com.crmbridge.spi.ResultRow;
import com.crmbridge.spi.ResultRows;
import java.util.Optional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scorecards and alerts → their custom objects' fields (contract, section 6). Figures come from the rounded
 * text of {@link ResultRows} (ratios 4 decimals, money and score 2, counts as integers), an empty figure as
 * null; manager ids are this tenant's openUserIds, so a manager with no employee in this connector cannot be
 * written back.
 */
public final class WriteBackMapping {
    /** The most characters of a record name. */
    public static final int NAME_LENGTH = 100;

    private static final String[][] SCORECARD_FIGURES = {
        {"won-revenue", "won_revenue"},
        {"won-deals", "won_deals"},
        {"lost-deals", "lost_deals"},
        {"target", "target"},
        {"attainment", "attainment"},
        {"growth", "growth"},
        {"win-rate", "win_rate"},
        {"responses", "responses"},
        {"csat", "csat"},
        {"avg-score", "avg_score"},
        {"complaints", "complaints"},
        {"complaint-resolution", "complaint_resolution"},
        {"retention", "retention"},
        {"new-customers", "new_customers"},
        {"score", "score"},
        {"team-rank", "rank"},
        {"bonus", "bonus"}
    };

    private final FxiaokeConfig config;
    private final ObjectMapper json;
    private final String connector;

    public WriteBackMapping(FxiaokeConfig config, ObjectMapper json, String connector) {
        this.config = config;
        this.json = json;
        this.connector = connector;
    }

    /** The scorecard's record, or empty when its manager has no employee in this connector. */
    public Optional<OutgoingRecord> scorecard(Scorecard scorecard, ResultRow row) {
        Optional<String> managerId = scorecard.manager().idIn(connector);
        if (managerId.isEmpty()) {
            return Optional.empty();
        }
        String id = managerId.get();
        String period = scorecard.period().toString();
        ObjectNode fields = json.createObjectNode();
        fields.put(field("scorecards", "name"), cut(scorecard.manager().name() + " " + period));
        fields.putArray(field("scorecards", "manager")).add(id);
        fields.put(field("scorecards", "period"), period);
        for (String[] figure : SCORECARD_FIGURES) {
            putFigure(fields, field("scorecards", figure[0]), row.get(figure[1]));
        }
        String rating = row.get("rating");
        putFigure(fields, field("scorecards", "rating"), Rating.NA.label().equals(rating) ? "" : rating);
        String key = id + ":" + period;
        fields.put(field("scorecards", "key"), key);
        return Optional.of(new OutgoingRecord(row, key, id, fields));
    }

    /** The alert's record, status {@code open}, or empty when its manager has no employee in this connector. */
    public Optional<OutgoingRecord> alert(Alert alert, ResultRow row) {
        Optional<String> managerId = alert.manager().idIn(connector);
        if (managerId.isEmpty()) {
            return Optional.empty();
        }
        String id = managerId.get();
        String subjectId = alert.subjectType() == SubjectType.MANAGER
                ? id
                : alert.subject().externalId();
        String key = alertKey(alert.type().name(), subjectId);
        ObjectNode fields = json.createObjectNode();
        fields.put(field("alerts", "key"), key);
        fields.put(field("alerts", "name"), cut(alert.message()));
        fields.putArray(field("alerts", "manager")).add(id);
        fields.put(field("alerts", "alert-type"), alert.type().name());
        fields.put(field("alerts", "severity"), alert.severity().name());
        fields.put(field("alerts", "subject-type"), alert.subjectType().name());
        fields.put(field("alerts", "subject-id"), subjectId);
        fields.put(field("alerts", "message"), alert.message());
        fields.put(field("alerts", "status"), "open");
        return Optional.of(new OutgoingRecord(row, key, id, fields));
    }

    /** The fields that set an alert to resolved. */
    public ObjectNode resolved() {
        ObjectNode fields = json.createObjectNode();
        fields.put(field("alerts", "status"), "resolved");
        return fields;
    }

    /** {@code <type>:<subjectId>}, the value of the alert key field. */
    public static String alertKey(String type, String subjectId) {
        return type + ":" + subjectId;
    }

    private String field(String record, String name) {
        return config.field(record, name);
    }

    private static void putFigure(ObjectNode fields, String field, String text) {
        if (text.isEmpty()) {
            fields.putNull(field);
        } else {
            fields.put(field, text);
        }
    }

    /** The text cut to {@link #NAME_LENGTH} characters, never inside a surrogate pair. */
    static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= NAME_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, NAME_LENGTH));
    }
}
