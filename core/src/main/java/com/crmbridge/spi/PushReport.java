package com.crmbridge.spi;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a push did, one outcome per row.
 *
 * @param outcomes one per row sent or skipped, and one per alert resolved
 */
public record PushReport(List<RowOutcome> outcomes) {
    public PushReport {
        outcomes = List.copyOf(outcomes);
    }

    /** What happened to a row. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        RESOLVED,
        REJECTED
    }

    /**
     * One row's outcome.
     *
     * @param kind scorecard or alert
     * @param key the row's key
     * @param outcome what happened
     * @param reason why a row was rejected, as the destination said it; {@code null} otherwise
     */
    public record RowOutcome(ResultRow.Kind kind, String key, Outcome outcome, @Nullable String reason) {}

    /** How many rows had each outcome. */
    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        outcomes.forEach(o -> counts.merge(o.outcome(), 1, Integer::sum));
        return counts;
    }

    /** Rows the destination received in this push (created, updated or resolved). */
    public int sent() {
        return (int) outcomes.stream()
                .filter(o -> o.outcome() == Outcome.CREATED
                        || o.outcome() == Outcome.UPDATED
                        || o.outcome() == Outcome.RESOLVED)
                .count();
    }
}
