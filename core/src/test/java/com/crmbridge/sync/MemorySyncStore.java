package com.crmbridge.sync;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.BadRecord;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A store in memory with the transactional contract of {@link SyncStore}: each call applies fully or, when a crash
 * is simulated, not at all.
 */
final class MemorySyncStore implements SyncStore {
    /** Thrown instead of applying the n-th write, as if the process died there. */
    static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Crash(int write) {
            super("simulated crash at write " + write);
        }
    }

    private record Stored(CanonicalRecord record, @Nullable String refreshId, boolean deleted) {}

    private final Map<String, Stored> records = new TreeMap<>();
    private final Map<String, StreamState> states = new TreeMap<>();
    private final Map<String, Integer> rejects = new TreeMap<>();
    private int writes;
    private int crashAtWrite = Integer.MAX_VALUE;

    void crashAtWrite(int write) {
        this.crashAtWrite = write;
    }

    int writes() {
        return writes;
    }

    private void write() {
        writes++;
        if (writes == crashAtWrite) {
            throw new Crash(writes);
        }
    }

    private static String key(String connector, StreamKind stream, String id) {
        return connector + "/" + stream + "/" + id;
    }

    @Override
    public StreamState state(String connector, StreamKind stream) {
        return states.getOrDefault(connector + "/" + stream, StreamState.NEW);
    }

    @Override
    public int commit(PageCommit commit) {
        write();
        int changed = 0;
        for (CanonicalRecord record : commit.page().records()) {
            String key =
                    key(commit.connector(), commit.stream(), record.source().externalId());
            Stored before = records.put(key, new Stored(record, commit.refreshId(), false));
            if (before == null || before.deleted() || !before.record().equals(record)) {
                changed++;
            }
            rejects.keySet().removeIf(k -> k.startsWith(key + "#"));
        }
        for (SourceRef gone : commit.page().deletions()) {
            String key = key(commit.connector(), commit.stream(), gone.externalId());
            Stored before = records.get(key);
            if (before != null && !before.deleted()) {
                records.put(key, new Stored(before.record(), before.refreshId(), true));
                changed++;
            }
        }
        for (BadRecord bad : commit.page().rejects()) {
            String key = key(commit.connector(), commit.stream(), Objects.requireNonNullElse(bad.recordId(), "?")) + "#"
                    + bad;
            rejects.merge(key, 1, Integer::sum);
        }
        states.put(
                commit.connector() + "/" + commit.stream(),
                new StreamState(commit.page().cursor(), commit.refreshId()));
        return changed;
    }

    @Override
    public int finish(String connector, StreamKind stream, @Nullable String refreshId) {
        write();
        int deleted = 0;
        if (refreshId != null) {
            String prefix = connector + "/" + stream + "/";
            for (Map.Entry<String, Stored> entry : records.entrySet()) {
                Stored stored = entry.getValue();
                if (entry.getKey().startsWith(prefix) && !stored.deleted() && !refreshId.equals(stored.refreshId())) {
                    entry.setValue(new Stored(stored.record(), stored.refreshId(), true));
                    deleted++;
                }
            }
        }
        StreamState state = state(connector, stream);
        states.put(connector + "/" + stream, new StreamState(state.cursor(), null));
        return deleted;
    }

    /** The records not deleted, by key: what a KPI run would see. */
    Map<String, CanonicalRecord> live() {
        Map<String, CanonicalRecord> live = new TreeMap<>();
        records.forEach((key, stored) -> {
            if (!stored.deleted()) {
                live.put(key, stored.record());
            }
        });
        return live;
    }

    Map<String, Integer> rejects() {
        return rejects;
    }
}
