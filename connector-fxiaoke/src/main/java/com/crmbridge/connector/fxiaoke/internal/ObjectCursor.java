package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.error.ConnectorException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where an object's read stands: the {@code last_modified_time} and {@code _id} of the last row handed over,
 * and whether the pass that read it had finished. A finished pass makes the next one start an overlap
 * window earlier; an unfinished one (a crash, an exhausted quota) continues right after that row by keyset,
 * so nothing is read twice or lost. Serialised as {@code fx1|done|1791508351204|650c09e8dc044f0001973eab}.
 *
 * @param finished whether the pass that handed the row over read to its end
 * @param time the row's {@code last_modified_time} in ms; {@code -1} when no row was ever read
 * @param id the row's {@code _id}; empty when no row was ever read
 */
public record ObjectCursor(boolean finished, long time, String id) {
    private static final String VERSION = "fx1";

    /** Nothing read yet. */
    public static final ObjectCursor START = new ObjectCursor(true, -1, "");

    public boolean hasPosition() {
        return time >= 0;
    }

    public Cursor toCursor() {
        return new Cursor(VERSION + "|" + (finished ? "done" : "open") + "|" + time + "|" + id);
    }

    /**
     * Reads a stored cursor; {@code null} is {@link #START}.
     *
     * @throws ConnectorException.ConfigurationInvalid when the cursor is not one this connector wrote
     */
    public static ObjectCursor parse(@Nullable Cursor cursor, String stream) {
        if (cursor == null) {
            return START;
        }
        String[] parts = cursor.value().split("\\|", -1);
        try {
            if (parts.length == 4 && VERSION.equals(parts[0]) && ("done".equals(parts[1]) || "open".equals(parts[1]))) {
                return new ObjectCursor("done".equals(parts[1]), Long.parseLong(parts[2]), parts[3]);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConnectorException.ConfigurationInvalid(List.of(new ConnectorException.Problem(
                "cursor of " + stream,
                "'" + cursor.value() + "' is not a cursor of the Fxiaoke connector; run a full refresh")));
    }
}
