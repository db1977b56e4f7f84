package com.crmbridge.connector.csv.internal;

import org.jspecify.annotations.Nullable;

/**
 * The rows of one table file in order, blank rows skipped. Implementations stream: they hold the current row,
 * never the file.
 */
public interface TableSource extends AutoCloseable {
    /**
     * The next non-blank row, or {@code null} at the end of the file.
     *
     * @throws com.crmbridge.spi.error.ConnectorException.BadRecordException when the file cannot be read on from
     *     here (undecodable bytes, an unterminated quote), naming the file and line
     */
    @Nullable
    TableRow next();

    @Override
    void close();
}
