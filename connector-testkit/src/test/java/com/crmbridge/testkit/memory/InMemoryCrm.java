package com.crmbridge.testkit.memory;

import com.crmbridge.spi.ResultRow;
import com.crmbridge.spi.StreamKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CRM held in memory: rows of managers and deals as text fields, each change numbered by a sequence (the
 * connector's cursor), deletions kept as tombstones, and the results pushed to it.
 */
final class InMemoryCrm {
    /** One row as the CRM stores it. */
    record Row(StreamKind stream, String id, long sequence, Map<String, String> fields, boolean deleted) {
        Row {
            fields = Map.copyOf(fields);
        }
    }

    private final String token;
    private final Map<StreamKind, Map<String, Row>> rows = new EnumMap<>(StreamKind.class);
    private final Map<String, ResultRow> results = new LinkedHashMap<>();
    private long sequence;
    private int writes;

    InMemoryCrm(String token) {
        this.token = token;
    }

    boolean accepts(String offered) {
        return token.equals(offered);
    }

    synchronized void put(StreamKind stream, String id, Map<String, String> fields) {
        rows.computeIfAbsent(stream, s -> new LinkedHashMap<>())
                .put(id, new Row(stream, id, ++sequence, fields, false));
    }

    synchronized void delete(StreamKind stream, String id) {
        rows.computeIfAbsent(stream, s -> new LinkedHashMap<>())
                .put(id, new Row(stream, id, ++sequence, Map.of(), true));
    }

    /** The rows changed after the sequence, deleted ones included, in the order they changed. */
    synchronized List<Row> changedAfter(StreamKind stream, long after) {
        List<Row> changed = new ArrayList<>();
        rows.getOrDefault(stream, Map.of()).values().forEach(row -> {
            if (row.sequence() > after) {
                changed.add(row);
            }
        });
        changed.sort(Comparator.comparingLong(Row::sequence));
        return changed;
    }

    /** Stores a pushed row under its id, creating an id for a new one. */
    synchronized String write(ResultRow row, @org.jspecify.annotations.Nullable String id) {
        writes++;
        String destinationId = id == null ? "R" + (results.size() + 1) : id;
        results.put(destinationId, row);
        return destinationId;
    }

    synchronized void resolve(String id) {
        writes++;
        results.remove(id);
    }

    /** How many writes the CRM received. */
    synchronized int writes() {
        return writes;
    }
}
