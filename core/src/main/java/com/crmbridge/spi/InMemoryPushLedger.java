package com.crmbridge.spi;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A ledger in memory, for tests and for one-shot runs that keep nothing. */
public final class InMemoryPushLedger implements PushLedger {
    private final Map<String, Entry> entries = new TreeMap<>();
    private final Map<String, ResultRow.Kind> kinds = new TreeMap<>();
    private final Set<String> resolved = new TreeSet<>();

    @Override
    public synchronized Optional<Entry> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized Set<String> activeKeys(ResultRow.Kind kind) {
        Set<String> keys = new TreeSet<>();
        kinds.forEach((key, k) -> {
            if (k == kind && !resolved.contains(key)) {
                keys.add(key);
            }
        });
        return keys;
    }

    @Override
    public synchronized void pushed(ResultRow row, String destinationId) {
        entries.put(row.key(), new Entry(row.fingerprint(), destinationId));
        kinds.put(row.key(), row.kind());
        resolved.remove(row.key());
    }

    @Override
    public synchronized void resolved(String key) {
        resolved.add(key);
    }
}
