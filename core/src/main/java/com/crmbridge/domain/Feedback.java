package com.crmbridge.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Customer feedback (客户反馈): a survey answer, a complaint, praise or a suggestion.
 *
 * @param source the connector and the source's id of the feedback
 * @param customerId the source's id of the customer; {@code null} when unknown
 * @param managerId the source's id of the manager it is about; {@code null} means the customer's owner
 * @param receivedAt when it was received
 * @param score the score on the 1–5 scale; {@code null} when not scored
 * @param kind survey, complaint, praise or suggestion
 * @param resolvedAt when it was resolved; {@code null} while open
 */
public record Feedback(
        SourceRef source,
        @Nullable String customerId,
        @Nullable String managerId,
        Instant receivedAt,
        @Nullable BigDecimal score,
        FeedbackKind kind,
        @Nullable Instant resolvedAt)
        implements CanonicalRecord {
    /** The lowest score of the canonical scale. */
    public static final BigDecimal MIN_SCORE = BigDecimal.ONE;
    /** The highest score of the canonical scale. */
    public static final BigDecimal MAX_SCORE = BigDecimal.valueOf(5);

    public Feedback {
        FieldCheck.present("Feedback", "source", source);
        customerId = FieldCheck.optionalText(customerId);
        managerId = FieldCheck.optionalText(managerId);
        FieldCheck.present("Feedback", "receivedAt", receivedAt);
        FieldCheck.present("Feedback", "kind", kind);
        if (score != null && (score.compareTo(MIN_SCORE) < 0 || score.compareTo(MAX_SCORE) > 0)) {
            throw new IllegalArgumentException("Feedback.score must be within 1..5: " + score.toPlainString());
        }
        if (resolvedAt != null && resolvedAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException(
                    "Feedback.resolvedAt must not be before receivedAt " + receivedAt + ": " + resolvedAt);
        }
    }

    /**
     * Maps a score on another scale linearly onto 1–5: {@code 1 + 4 × (s − min) / (max − min)}.
     *
     * @throws IllegalArgumentException when the scale is empty or the score lies outside it
     */
    public static BigDecimal rescale(BigDecimal score, BigDecimal min, BigDecimal max) {
        if (min.compareTo(max) >= 0) {
            throw new IllegalArgumentException(
                    "score scale must have min < max: " + min.toPlainString() + ".." + max.toPlainString());
        }
        if (score.compareTo(min) < 0 || score.compareTo(max) > 0) {
            throw new IllegalArgumentException("score must be within " + min.toPlainString() + ".."
                    + max.toPlainString() + ": " + score.toPlainString());
        }
        if (min.compareTo(MIN_SCORE) == 0 && max.compareTo(MAX_SCORE) == 0) {
            return score;
        }
        BigDecimal ratio = score.subtract(min).divide(max.subtract(min), java.math.MathContext.DECIMAL64);
        return BigDecimal.ONE.add(BigDecimal.valueOf(4).multiply(ratio)).stripTrailingZeros();
    }
}
