package com.crmbridge.connector.csv.internal;

import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a read of one stream does, decided from the directory, the stored cursor and the mode:
 *
 * <ul>
 *   <li>no matching file: nothing, and the stream's stored records stay (a file that is briefly missing while
 *       an export rewrites it must not empty the stream; a header-only file empties it);
 *   <li>a full refresh, a first read, or another file than the cursor's: the whole file, replacing the stream;
 *   <li>the cursor's file read to its end, same size and modification time: nothing; same size, other time,
 *       same SHA-256: nothing; otherwise the whole file again, replacing the stream;
 *   <li>the cursor's file read part way, unchanged: the rest after the cursor's rows, replacing the stream if
 *       the interrupted read did; changed meanwhile: the whole file, replacing the stream.
 * </ul>
 */
public final class ReadPlan {
    private final @Nullable Path file;
    private final @Nullable FileState state;
    private final long skipRows;
    private final boolean replaces;
    private final String reason;

    private ReadPlan(@Nullable FileState state, long skipRows, boolean replaces, String reason) {
        this.file = state == null ? null : state.path();
        this.state = state;
        this.skipRows = skipRows;
        this.replaces = replaces;
        this.reason = reason;
    }

    public static ReadPlan of(SourceOptions options, StreamKind stream, @Nullable FileCursor cursor, ReadMode mode) {
        try {
            List<Path> files = new FileLocator(options.directory()).find(options.pattern(stream));
            if (files.isEmpty()) {
                return new ReadPlan(null, 0, false, "no file matches '" + options.pattern(stream) + "'");
            }
            FileState state = FileState.of(files.get(0));
            String others = files.size() > 1 ? " (the newest of " + files.size() + " matching files)" : "";
            if (mode == ReadMode.FULL_REFRESH || cursor == null) {
                return new ReadPlan(state, 0, true, "reading " + state.name() + " whole" + others);
            }
            if (!cursor.file().equals(state.name())) {
                return new ReadPlan(
                        state, 0, true, "reading " + state.name() + " whole, in place of " + cursor.file() + others);
            }
            if (cursor.complete()) {
                if (cursor.sameFile(state)
                        || (cursor.size() == state.size()
                                && !cursor.sha256().isEmpty()
                                && cursor.sha256().equals(state.sha256()))) {
                    return new ReadPlan(null, 0, false, state.name() + " is unchanged");
                }
                return new ReadPlan(state, 0, true, state.name() + " changed: reading it whole again");
            }
            if (cursor.sameFile(state)) {
                return new ReadPlan(
                        state,
                        cursor.rows(),
                        cursor.replacing(),
                        "resuming " + state.name() + " after data row " + cursor.rows());
            }
            return new ReadPlan(state, 0, true, state.name() + " changed during an interrupted read: reading it whole");
        } catch (IOException e) {
            throw new ConnectorException.Retryable(
                    "cannot look for the " + stream.name().toLowerCase(java.util.Locale.ROOT) + " file in "
                            + options.directory() + ": " + e.getMessage(),
                    e);
        }
    }

    /** The file to read, or {@code null} when there is nothing to read. */
    public @Nullable Path file() {
        return file;
    }

    /** The file's state when the read was planned; only when there is a file to read. */
    public FileState state() {
        if (state == null) {
            throw new IllegalStateException("nothing to read: " + reason);
        }
        return state;
    }

    /** Data rows to skip: those a previous, interrupted read returned. */
    public long skipRows() {
        return skipRows;
    }

    public boolean replaces() {
        return replaces;
    }

    /** For the log: what the read does and why. */
    public String describe() {
        return reason;
    }
}
