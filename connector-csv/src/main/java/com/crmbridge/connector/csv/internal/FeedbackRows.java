package com.crmbridge.connector.csv.internal;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.StreamKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of {@code feedback}: id, customer_id, manager_id, received_at, score, kind, resolved_at. Scores are read
 * on the configured scale and mapped linearly onto 1–5.
 */
public final class FeedbackRows implements RowMapper {
    public static final Column ID = Column.required(0, "id", "编号", "反馈编号");
    public static final Column CUSTOMER_ID = Column.optional(1, "customer_id", "客户编号");
    public static final Column MANAGER_ID = Column.optional(2, "manager_id", "客户经理编号", "负责人编号");
    public static final Column RECEIVED_AT = Column.required(3, "received_at", "反馈时间", "反馈日期");
    public static final Column SCORE = Column.optional(4, "score", "评分", "满意度");
    public static final Column KIND = Column.required(5, "kind", "类型", "反馈类型");
    public static final Column RESOLVED_AT = Column.optional(6, "resolved_at", "解决时间", "处理完成时间");

    private static final Layout LAYOUT = new Layout(
            StreamKind.FEEDBACK, List.of(ID, CUSTOMER_ID, MANAGER_ID, RECEIVED_AT, SCORE, KIND, RESOLVED_AT));

    private final BigDecimal scoreMin;
    private final BigDecimal scoreMax;

    /** The scale scores are written on; 1 and 5 read them as they are. */
    public FeedbackRows(BigDecimal scoreMin, BigDecimal scoreMax) {
        this.scoreMin = scoreMin;
        this.scoreMax = scoreMax;
    }

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public CanonicalRecord map(String connector, RowValues row) throws RowException {
        String id = row.requiredText(ID);
        Instant received = row.requiredInstant(RECEIVED_AT);
        BigDecimal score = row.optional(SCORE, Amounts::number);
        if (score != null) {
            if (score.compareTo(scoreMin) < 0 || score.compareTo(scoreMax) > 0) {
                throw row.refuse(
                        SCORE,
                        "score is off the scale " + scoreMin.toPlainString() + ".." + scoreMax.toPlainString()
                                + " (settings score-min and score-max)");
            }
            score = Feedback.rescale(score, scoreMin, scoreMax);
        }
        Instant resolved = row.optionalInstant(RESOLVED_AT);
        if (resolved != null && resolved.isBefore(received)) {
            throw row.refuse(RESOLVED_AT, "resolved_at is before received_at " + row.text(RECEIVED_AT));
        }
        return new Feedback(
                new SourceRef(connector, id),
                row.text(CUSTOMER_ID),
                row.text(MANAGER_ID),
                received,
                score,
                row.required(KIND, Vocabulary::kind),
                resolved);
    }

    @Override
    public List<Reference> references(CanonicalRecord record, HeaderMatch header) {
        Feedback feedback = (Feedback) record;
        List<Reference> references = new ArrayList<>(2);
        if (feedback.customerId() != null) {
            references.add(new Reference(header.header(CUSTOMER_ID), feedback.customerId(), StreamKind.CUSTOMERS));
        }
        if (feedback.managerId() != null) {
            references.add(new Reference(header.header(MANAGER_ID), feedback.managerId(), StreamKind.MANAGERS));
        }
        return references;
    }
}
