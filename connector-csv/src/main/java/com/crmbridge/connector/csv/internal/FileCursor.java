package com.crmbridge.connector.csv.internal;

import com.crmbridge.spi.Cursor;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the read of one file stands, serialised as the stream's opaque {@link Cursor} (a small JSON object).
 *
 * @param file the file's name
 * @param size its size in bytes when read
 * @param modified its modification time in epoch milliseconds when read
 * @param sha256 the SHA-256 of its content, hex; empty until the read reached the end
 * @param rows how many data rows after the header were consumed; a resumed read skips them
 * @param complete whether the whole file was read
 * @param replacing whether the read replaces the stream, so that a resumed read does too
 */
public record FileCursor(
        String file, long size, long modified, String sha256, long rows, boolean complete, boolean replacing) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Cursor toCursor() {
        return new Cursor(JSON.writeValueAsString(this));
    }

    /** The cursor's file position, or {@code null} for a cursor this connector did not write (then read anew). */
    public static @Nullable FileCursor parse(@Nullable Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return JSON.readValue(cursor.value(), FileCursor.class);
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the file on disk is the one this cursor describes, judged by name, size and modification time. */
    public boolean sameFile(FileState state) {
        return file.equals(state.name()) && size == state.size() && modified == state.modified();
    }
}
