package com.crmbridge.spi;

import java.util.Optional;

/**
 * Reads one stream in pages. Pull-based, so the runtime decides the pace and memory holds one page at a time.
 */
public interface StreamReader extends AutoCloseable {
    /**
     * The next page, or empty when the stream has nothing more right now.
     *
     * @throws com.crmbridge.spi.error.ConnectorException when the read fails; pages returned before stay valid with their cursors
     */
    Optional<Page> next();

    /**
     * Whether this read replaces the stream's whole content: when the stream ends, the runtime deletes the
     * stream's stored records that the read did not return. True for {@link ReadMode#FULL_REFRESH}, and for a
     * source that can only re-read everything (a changed file).
     */
    boolean replacesStream();

    @Override
    default void close() {}
}
