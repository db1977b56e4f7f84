package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.connector.fxiaoke.FxiaokeConfig;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.FeedbackKind;
import com.crmbridge.domain.SourceRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** customer_feedback__c → {@link Feedback}; the kind's option values are survey, complaint, praise, suggestion. */
public final class FeedbackMapper implements RowMapper<Feedback> {
    private final FxiaokeConfig config;
    private final FieldValues values;

    public FeedbackMapper(FxiaokeConfig config) {
        this.config = config;
        this.values = new FieldValues(config.zone());
    }

    private String field(String name) {
        return config.field("feedback", name);
    }

    @Override
    public List<String> fields() {
        return List.of(
                field("customer-id"),
                field("manager-id"),
                field("received-at"),
                field("score"),
                field("kind"),
                field("resolved-at"));
    }

    @Override
    public Feedback map(SourceRef source, Row row) {
        String scoreField = field("score");
        BigDecimal score = values.decimal(row, scoreField);
        if (score != null && (score.compareTo(Feedback.MIN_SCORE) < 0 || score.compareTo(Feedback.MAX_SCORE) > 0)) {
            throw new RowRejected(scoreField, row.text(scoreField), "score must be within 1..5");
        }
        return new Feedback(
                source,
                row.text(field("customer-id")),
                row.first(field("manager-id")),
                values.requiredInstant(row, field("received-at")),
                score,
                kind(row),
                values.instant(row, field("resolved-at")));
    }

    private FeedbackKind kind(Row row) {
        String kindField = field("kind");
        String kind = values.requiredText(row, kindField);
        try {
            return FeedbackKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowRejected(kindField, kind, "kind must be survey, complaint, praise or suggestion");
        }
    }
}
