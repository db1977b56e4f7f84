package com.crmbridge.spi.error;

import org.jspecify.annotations.Nullable;

/**
 * A source row that could not be turned into a record, set aside with where it is and why.
 *
 * @param where the file or CRM object it came from, for example {@code deals.csv} or {@code Deals}
 * @param line the line (files, 1-based, the header is line 1) or {@code 0} when not a file
 * @param column the column or field name; {@code null} when the whole row is wrong
 * @param recordId the source's id of the row when it could be read; {@code null} otherwise
 * @param rawValue the value as read; {@code null} when the whole row is wrong
 * @param reason what is wrong, in words a person can act on
 */
public record BadRecord(
        String where,
        long line,
        @Nullable String column,
        @Nullable String recordId,
        @Nullable String rawValue,
        String reason) {
    /** A bad row of a file: the file name, the 1-based line, the column and the raw value. */
    public static BadRecord inFile(
            String file, long line, @Nullable String column, @Nullable String rawValue, String reason) {
        return new BadRecord(file, line, column, null, rawValue, reason);
    }

    /** A bad record of a CRM object: the object, the record's id, the field and the raw value. */
    public static BadRecord inObject(
            String object,
            @Nullable String recordId,
            @Nullable String field,
            @Nullable String rawValue,
            String reason) {
        return new BadRecord(object, 0, field, recordId, rawValue, reason);
    }

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
