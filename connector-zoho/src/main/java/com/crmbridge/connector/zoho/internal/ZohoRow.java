package com.crmbridge.connector.zoho.internal;

import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.spi.error.ConnectorException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One Zoho record read by field path ({@code Owner.id} walks the lookup). A value that cannot be read raises
 * {@link ConnectorException.BadRecordException} naming the module, the record, the field and the raw value.
 */
public final class ZohoRow {
    private final String module;
    private final JsonNode node;

    public ZohoRow(String module, JsonNode node) {
        this.module = module;
        this.node = node;
    }

    /** The record's {@code id}; {@code null} when it has none. */
    public @Nullable String id() {
        return text(DefaultMapping.ID);
    }

    /** The node at a path; missing when any segment is absent. */
    public JsonNode at(String path) {
        JsonNode current = node;
        for (String segment : path.split("\\.")) {
            current = current.path(segment);
        }
        return current;
    }

    /** Whether the row carries the path's first field at all (even as {@code null}). */
    public boolean has(String path) {
        return node.has(path.split("\\.", 2)[0]);
    }

    /** The text at a path; {@code null} when missing, null or blank. */
    public @Nullable String text(String path) {
        JsonNode value = at(path);
        if (value.isMissingNode() || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString();
        return text.isBlank() ? null : text.strip();
    }

    public String requiredText(String path, String what) {
        String text = text(path);
        if (text == null) {
            throw bad(path, null, what + " is empty");
        }
        return text;
    }

    public @Nullable BigDecimal decimal(String path) {
        JsonNode value = at(path);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = text(path);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw bad(path, text, "is not a number");
        }
    }

    public @Nullable Instant instant(String path) {
        String text = text(path);
        if (text == null) {
            return null;
        }
        try {
            return ZohoTime.instant(text);
        } catch (DateTimeParseException e) {
            throw bad(path, text, "is not a date-time like 2026-03-31T23:30:00+05:30");
        }
    }

    public Instant requiredInstant(String path, String what) {
        Instant instant = instant(path);
        if (instant == null) {
            throw bad(path, null, what + " is empty");
        }
        return instant;
    }

    /** A date field, or the date of a date-time field in the zone. */
    public @Nullable LocalDate date(String path, ZoneId zone) {
        String text = text(path);
        if (text == null) {
            return null;
        }
        try {
            return ZohoTime.date(text, zone);
        } catch (DateTimeParseException e) {
            throw bad(path, text, "is not a date like 2026-04-15");
        }
    }

    public LocalDate requiredDate(String path, ZoneId zone, String what) {
        LocalDate date = date(path, zone);
        if (date == null) {
            throw bad(path, null, what + " is empty");
        }
        return date;
    }

    /** A bad-record failure for a field of this row. */
    public ConnectorException.BadRecordException bad(@Nullable String field, @Nullable String raw, String reason) {
        return new ConnectorException.BadRecordException(BadRecord.inObject(module, id(), field, raw, reason));
    }
}
