package com.crmbridge.app.store;

import java.util.List;

/**
 * How a stored figure was made.
 *
 * @param formula the formula with its numbers filled in
 * @param records the records it was computed from, as {@code connector:externalId}
 */
public record StoredExplanation(String formula, List<String> records) {
    public StoredExplanation {
        records = List.copyOf(records);
    }
}
