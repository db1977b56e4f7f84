package com.example.roster;

import com.crmbridge.spi.Cursor;

/**
 * Where a roster read stands: the file's content hash and the last line read. A read from a cursor of the same
 * content goes on after the line; a changed file is read again from the top, replacing the stream.
 *
 * @param contentHash the SHA-256 of the file as it was read
 * @param line the last line read, 1-based
 */
record RosterCursor(String contentHash, long line) {
    private static final String SEPARATOR = "@";

    static RosterCursor parse(Cursor cursor) {
        String value = cursor.value();
        int at = value.lastIndexOf(SEPARATOR);
        if (at <= 0) {
            throw new IllegalArgumentException("not a roster cursor: " + value);
        }
        return new RosterCursor(value.substring(0, at), Long.parseLong(value.substring(at + 1)));
    }

    Cursor toCursor() {
        return new Cursor(contentHash + SEPARATOR + line);
    }

    @Override
    public String toString() {
        return "line " + line;
    }
}
