package com.crmbridge.testkit;

import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.BadRecord;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bad row the fixture holds on purpose, by where it is: a read must set it aside as a {@link BadRecord} at
 * exactly this location, with a reason.
 *
 * @param stream the stream the row belongs to
 * @param where the file or CRM object, as {@link BadRecord#where()}
 * @param line the 1-based line of a file, or 0 for a CRM record
 * @param recordId the source's id of the row, or {@code null} when the row has none (a file row may lack one)
 * @param column the column or field at fault, or {@code null} when the whole row is wrong
 */
public record ExpectedReject(
        StreamKind stream, String where, long line, @Nullable String recordId, @Nullable String column) {
    /** A bad line of a file, wrong in the column. */
    public static ExpectedReject inFile(StreamKind stream, String file, long line, @Nullable String column) {
        return new ExpectedReject(stream, file, line, null, column);
    }

    /** A bad record of a CRM object, wrong in the field. */
    public static ExpectedReject inObject(StreamKind stream, String object, String recordId, @Nullable String field) {
        return new ExpectedReject(stream, object, 0, recordId, field);
    }

    /** Whether the bad record is at this location; a file row's record id is compared only when expected. */
    public boolean matches(BadRecord reject) {
        return where.equals(reject.where())
                && line == reject.line()
                && (recordId == null || recordId.equals(reject.recordId()))
                && Objects.equals(column, reject.column());
    }
}
