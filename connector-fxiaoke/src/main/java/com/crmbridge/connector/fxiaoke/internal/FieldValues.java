package com.crmbridge.connector.fxiaoke.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Reads typed values from a row the way the API encodes them: numbers as text, times as ms, dates as local-midnight ms. */
public final class FieldValues {
    private final ZoneId zone;

    public FieldValues(ZoneId zone) {
        this.zone = zone;
    }

    public String requiredText(Row row, String field) {
        String value = row.text(field);
        if (value == null) {
            throw new RowRejected(field, null, field + " is empty but required");
        }
        return value.strip();
    }

    public @Nullable Instant instant(Row row, String field) {
        String value = row.text(field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new RowRejected(field, value, field + " must be a time in ms since 1970");
        }
    }

    public Instant requiredInstant(Row row, String field) {
        Instant value = instant(row, field);
        if (value == null) {
            throw new RowRejected(field, null, field + " is empty but required");
        }
        return value;
    }

    /** A date field: ms at local midnight in the configured zone. */
    public @Nullable LocalDate date(Row row, String field) {
        Instant value = instant(row, field);
        return value == null ? null : value.atZone(zone).toLocalDate();
    }

    public LocalDate requiredDate(Row row, String field) {
        LocalDate value = date(row, field);
        if (value == null) {
            throw new RowRejected(field, null, field + " is empty but required");
        }
        return value;
    }

    public @Nullable BigDecimal decimal(Row row, String field) {
        String value = row.text(field);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new RowRejected(field, value, field + " must be a decimal number");
        }
    }

    public BigDecimal requiredDecimal(Row row, String field) {
        BigDecimal value = decimal(row, field);
        if (value == null) {
            throw new RowRejected(field, null, field + " is empty but required");
        }
        return value;
    }
}
