package com.crmbridge.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row a sink writes: a scorecard or an alert as the named, rounded text values of
 * {@code shared/spec/csv.md}'s output columns, with a stable key.
 *
 * @param kind scorecard or alert
 * @param key stable from run to run: {@code managerKey|period} or {@code type|managerKey|connector:subjectId}
 * @param values the columns in the order of the spec, empty text for an empty figure
 */
public record ResultRow(Kind kind, String key, Map<String, String> values) {
    /** What a row holds. */
    public enum Kind {
        SCORECARD,
        ALERT
    }

    public ResultRow {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A value by column name; empty text when the column is empty or unknown. */
    public String get(String column) {
        return values.getOrDefault(column, "");
    }

    /** A SHA-256 of the values, so that a sink can tell an unchanged row without keeping it. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> entry : values.entrySet()) {
                digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(entry.getValue().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 1);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
