package com.crmbridge.connector.csv.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates and instants of {@code csv.md}'s Values table: {@code 2026-03-05}, {@code 2026/3/5},
 * {@code 2026.3.5}, {@code 2026年3月5日}, each optionally followed by a time ({@code 14:30} or
 * {@code 14:30:00}), ISO-8601 with an offset or {@code Z}, and Excel serial day numbers from xlsx cells.
 * Local date-times are read in the configured zone; a date-time where a date is expected keeps its date in
 * that zone. Fast paths come first, since a deals file holds millions of dates.
 */
public final class Dates {
    private static final Pattern LOCAL =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                    + "(?:(?:\\s+|T)(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2})(?:\\.(\\d{1,9}))?)?)?");
    /** Day 0 of Excel's 1900 date system, which counts the 29th of February 1900 that never was. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final String ACCEPTED_DATES = "a date such as 2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日";
    private static final String ACCEPTED_INSTANTS =
            "a time such as 2026-03-05 14:30, 2026/3/5 14:30:00, 2026-03-05T14:30:00+08:00 or a date";

    private final ZoneId zone;

    public Dates(ZoneId zone) {
        this.zone = zone;
    }

    /** A calendar date; a date-time keeps its date in the configured zone. */
    public LocalDate date(String raw) throws ValueException {
        String text = raw.strip();
        LocalDate fast = isoDate(text);
        if (fast != null) {
            return fast;
        }
        Matcher local = LOCAL.matcher(text);
        if (local.matches()) {
            return localDate(local);
        }
        Instant instant = withOffset(text);
        if (instant != null) {
            return instant.atZone(zone).toLocalDate();
        }
        throw new ValueException("is not " + ACCEPTED_DATES);
    }

    /** A moment; a local date-time or a bare date is read in the configured zone. */
    public Instant instant(String raw) throws ValueException {
        String text = raw.strip();
        Matcher local = LOCAL.matcher(text);
        if (local.matches()) {
            LocalDate date = localDate(local);
            if (local.group(4) == null) {
                return date.atStartOfDay(zone).toInstant();
            }
            try {
                String fraction = local.group(7) == null ? "0" : (local.group(7) + "00000000").substring(0, 9);
                LocalTime time = LocalTime.of(
                        Integer.parseInt(local.group(4)),
                        Integer.parseInt(local.group(5)),
                        local.group(6) == null ? 0 : Integer.parseInt(local.group(6)),
                        Integer.parseInt(fraction));
                return ZonedDateTime.of(date, time, zone).toInstant();
            } catch (DateTimeException e) {
                throw new ValueException("has no such time of day: " + e.getMessage());
            }
        }
        Instant instant = withOffset(text);
        if (instant != null) {
            return instant;
        }
        throw new ValueException("is not " + ACCEPTED_INSTANTS);
    }

    /** An Excel serial day number (1900 date system) as a date: its whole days. */
    public LocalDate excelDate(String serial) throws ValueException {
        return excelDateTime(serial).toLocalDate();
    }

    /** An Excel serial day number (1900 date system) as a moment in the configured zone. */
    public Instant excelInstant(String serial) throws ValueException {
        return excelDateTime(serial).atZone(zone).toInstant();
    }

    private static LocalDateTime excelDateTime(String serial) throws ValueException {
        BigDecimal days;
        try {
            days = new BigDecimal(serial.strip());
        } catch (NumberFormatException e) {
            throw new ValueException("is not an Excel date number");
        }
        if (days.signum() < 0 || days.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            throw new ValueException("is not an Excel date number within 1900..9999");
        }
        long whole = days.longValue();
        long seconds = days.subtract(BigDecimal.valueOf(whole))
                .multiply(SECONDS_PER_DAY)
                .setScale(0, RoundingMode.HALF_UP)
                .longValue();
        // Serials below 61 lie before Excel's phantom 1900-02-29; their day 0 is one later.
        LocalDate date = whole < 61 ? EXCEL_EPOCH.plusDays(whole + 1) : EXCEL_EPOCH.plusDays(whole);
        return date.atStartOfDay().plusSeconds(seconds);
    }

    private static LocalDate localDate(Matcher local) throws ValueException {
        try {
            return LocalDate.of(
                    Integer.parseInt(local.group(1)),
                    Integer.parseInt(local.group(2)),
                    Integer.parseInt(local.group(3)));
        } catch (DateTimeException e) {
            throw new ValueException("is not a day of the calendar (year " + local.group(1) + ", month "
                    + local.group(2) + ", day " + local.group(3) + ")");
        }
    }

    /** {@code yyyy-MM-dd} without a regular expression; null when the text has another shape. */
    private static @Nullable LocalDate isoDate(String text) throws ValueException {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new ValueException(
                    "is not a day of the calendar (year " + year + ", month " + month + ", day " + day + ")");
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static @Nullable Instant withOffset(String text) {
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
