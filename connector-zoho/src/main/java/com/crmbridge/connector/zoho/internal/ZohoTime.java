package com.crmbridge.connector.zoho.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Zoho's date-times: {@code yyyy-MM-ddTHH:mm:ss±HH:mm} (or {@code Z}) read as instants, sent with {@code ±HH:mm}.
 */
public final class ZohoTime {
    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private ZohoTime() {}

    /**
     * Reads a date-time.
     *
     * @throws DateTimeParseException when it is not one
     */
    public static Instant instant(String text) {
        return OffsetDateTime.parse(text.strip()).toInstant();
    }

    /** A date, or the date of a date-time in the zone. */
    public static LocalDate date(String text, ZoneId zone) {
        String value = text.strip();
        if (value.length() <= 10) {
            return LocalDate.parse(value);
        }
        return OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDate();
    }

    /** The {@code If-Modified-Since} form of an instant in the zone: {@code 2026-03-31T23:25:00+05:30}. */
    public static String format(Instant instant, ZoneId zone) {
        return SENT.format(instant.atZone(zone).toOffsetDateTime());
    }
}
