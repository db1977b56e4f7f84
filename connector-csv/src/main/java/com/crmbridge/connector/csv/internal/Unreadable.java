package com.crmbridge.connector.csv.internal;

import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.spi.error.ConnectorException;
import org.jspecify.annotations.Nullable;

/** Builds the one error for a file that cannot be read (on): a bad record naming the file, line and what is wrong. */
final class Unreadable {
    private Unreadable() {}

    static ConnectorException.BadRecordException file(String file, long line, String reason) {
        return column(file, line, null, reason);
    }

    static ConnectorException.BadRecordException column(
            String file, long line, @Nullable String column, String reason) {
        return new ConnectorException.BadRecordException(BadRecord.inFile(file, line, column, null, reason));
    }
}
