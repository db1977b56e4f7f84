package com.crmbridge.app.store;

import com.crmbridge.spi.StreamKind;
import com.crmbridge.sync.PageCommit;
import com.crmbridge.sync.StreamState;
import com.crmbridge.sync.SyncStore;
import org.jspecify.annotations.Nullable;

/** A store that dies at its n-th write, before the write's transaction, as a killed process would. */
final class CrashingStore implements SyncStore {
    static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Killed(int write) {
            super("killed at write " + write);
        }
    }

    private final SyncStore store;
    private final int killAt;
    private int writes;

    CrashingStore(SyncStore store, int killAt) {
        this.store = store;
        this.killAt = killAt;
    }

    int writes() {
        return writes;
    }

    private void write() {
        writes++;
        if (writes == killAt) {
            throw new Killed(writes);
        }
    }

    @Override
    public StreamState state(String connector, StreamKind stream) {
        return store.state(connector, stream);
    }

    @Override
    public int commit(PageCommit page) {
        write();
        return store.commit(page);
    }

    @Override
    public int finish(String connector, StreamKind stream, @Nullable String refreshId) {
        write();
        return store.finish(connector, stream, refreshId);
    }
}
