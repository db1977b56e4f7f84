package com.crmbridge.spi;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A connector that can be read from. */
public interface Source extends Connector {
    /** The streams this source offers with its settings. */
    Set<StreamKind> streams();

    /**
     * Opens a read of a stream.
     *
     * @param cursor the cursor stored after the last page read, or {@code null} for a first read
     * @param mode incremental from the cursor, or a full refresh that ignores it
     */
    StreamReader open(StreamKind stream, @Nullable Cursor cursor, ReadMode mode);
}
