package com.crmbridge.testkit.memory;

import com.crmbridge.spi.Cursor;

/** The in-memory connector's cursor: {@code seq:N}, the sequence of the last change read. */
final class SequenceCursor {
    private static final String PREFIX = "seq:";

    private SequenceCursor() {}

    static Cursor after(long sequence) {
        return new Cursor(PREFIX + sequence);
    }

    /**
     * The sequence in a cursor.
     *
     * @throws IllegalArgumentException when the cursor is not one of ours
     */
    static long read(Cursor cursor) {
        if (!cursor.value().startsWith(PREFIX)) {
            throw new IllegalArgumentException("not an in-memory cursor: " + cursor.value());
        }
        return Long.parseLong(cursor.value().substring(PREFIX.length()));
    }
}
