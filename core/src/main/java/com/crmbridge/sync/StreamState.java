package com.crmbridge.sync;

import com.crmbridge.spi.Cursor;
import org.jspecify.annotations.Nullable;

/**
 * Where a stream stands in the store.
 *
 * @param cursor the cursor committed with the last page, or {@code null} before the first page
 * @param refreshId the id of a replacing read that started and has not reached the stream's end (it was
 *     interrupted), or {@code null}; the next read goes on under the same id, so that the records the
 *     interrupted read stored are not deleted when the stream ends
 */
public record StreamState(@Nullable Cursor cursor, @Nullable String refreshId) {
    /** A stream never read. */
    public static final StreamState NEW = new StreamState(null, null);
}
