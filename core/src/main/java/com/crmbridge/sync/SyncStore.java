package com.crmbridge.sync;

import com.crmbridge.spi.StreamKind;
import org.jspecify.annotations.Nullable;

/**
 * Where pulled pages go. Each method is one transaction: either all of it is stored or none of it, so a crash
 * between two calls loses nothing and a page stored twice (read again after a crash) changes nothing the
 * second time, because records are keyed by connector, stream and external id.
 */
public interface SyncStore {
    /** The stream's committed cursor and pending refresh; {@link StreamState#NEW} for a stream never read. */
    StreamState state(String connector, StreamKind stream);

    /**
     * Stores a page in one transaction: upserts its records (a record deleted before comes back), flags its
     * deletions, files its rejects (counting a reject seen again, clearing the rejects of records that now read
     * well), and sets the stream's cursor and pending refresh.
     *
     * @return how many stored records the page changed (new, different or deleted), for "did data change"
     */
    int commit(PageCommit page);

    /**
     * Ends a stream's read in one transaction. For a replacing read ({@code refreshId} not null) it flags as
     * deleted every stored record of the stream the refresh did not stamp, drops the rejects it did not see
     * again, and clears the pending refresh. For an incremental read it clears any pending refresh.
     *
     * @return how many records were flagged deleted
     */
    int finish(String connector, StreamKind stream, @Nullable String refreshId);
}
