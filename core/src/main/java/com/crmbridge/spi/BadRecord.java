package com.crmbridge.spi;

import org.jspecify.annotations.Nullable;

/**
 * A source row that could not be turned into a record, set aside with where it is and why.
 *
 * @param stream the stream it was read for
 * @param where the file or CRM object it came from, for example {@code deals.csv} or {@code Deals}
 * @param line the line (files, 1-based, the header is line 1) or {@code 0} when not a file
 * @param column the column or field name; {@code null} when the whole row is wrong
 * @param recordId the source's id of the row when it could be read; {@code null} otherwise
 * @param rawValue the value as read; {@code null} when the whole row is wrong
 * @param reason what is wrong, in words a person can act on
 */
public record BadRecord(
        StreamKind stream,
        String where,
        long line,
        @Nullable String column,
        @Nullable String recordId,
        @Nullable String rawValue,
        String reason) {

    /** {@code deals.csv line 12, column amount, value '-5': amount must not be negative}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(where);
        if (line > 0) {
            text.append(" line ").append(line);
        }
        if (recordId != null) {
            text.append(", record ").append(recordId);
        }
        if (column != null) {
            text.append(", column ").append(column);
        }
        if (rawValue != null) {
            text.append(", value '").append(rawValue).append('\'');
        }
        return text.append(": ").append(reason).toString();
    }
}
