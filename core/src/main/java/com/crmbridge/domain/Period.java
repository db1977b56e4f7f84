package com.crmbridge.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A calendar period: a month, a quarter or a year, as the half-open range of dates {@code [start, end)}.
 * Printed and parsed as {@code 2026-07}, {@code 2026-Q3} and {@code 2026}.
 *
 * @param kind month, quarter or year
 * @param year the calendar year
 * @param index the month (1–12), the quarter (1–4), or 1 for a year
 */
public record Period(PeriodKind kind, int year, int index) implements Comparable<Period> {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public Period {
        FieldCheck.present("Period", "kind", kind);
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Period.year must be within 1..9999: " + year);
        }
        int max =
                switch (kind) {
                    case MONTH -> 12;
                    case QUARTER -> 4;
                    case YEAR -> 1;
                };
        if (index < 1 || index > max) {
            throw new IllegalArgumentException(
                    "Period.index must be within 1.." + max + " for a " + kind + ": " + index);
        }
    }

    public static Period month(int year, int month) {
        return new Period(PeriodKind.MONTH, year, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodKind.QUARTER, year, quarter);
    }

    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, year, 1);
    }

    /** The period of the given kind that contains the date. */
    public static Period of(PeriodKind kind, LocalDate date) {
        return switch (kind) {
            case MONTH -> month(date.getYear(), date.getMonthValue());
            case QUARTER -> quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(date.getYear());
        };
    }

    /**
     * Parses {@code 2026-Q3} (or {@code 2026Q3}), {@code 2026-07} and {@code 2026}.
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static Period parse(@Nullable String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(2));
            if (m >= 1 && m <= 12) {
                return month(Integer.parseInt(month.group(1)), m);
            }
        }
        if (YEAR.matcher(value).matches()) {
            return year(Integer.parseInt(value));
        }
        throw new IllegalArgumentException(
                "Period must look like 2026-Q3, 2026-07 or 2026: " + FieldCheck.quoted(text));
    }

    /** The first day of the period. */
    public LocalDate start() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, index, 1);
            case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The first day after the period: the range is {@code [start, end)}. */
    public LocalDate end() {
        return next().start();
    }

    /** The period of the same kind just before this one. */
    public Period previous() {
        return switch (kind) {
            case MONTH -> fromMonth(YearMonth.of(year, index).minusMonths(1));
            case QUARTER -> index == 1 ? quarter(year - 1, 4) : quarter(year, index - 1);
            case YEAR -> year(year - 1);
        };
    }

    /** The period of the same kind just after this one. */
    public Period next() {
        return switch (kind) {
            case MONTH -> fromMonth(YearMonth.of(year, index).plusMonths(1));
            case QUARTER -> index == 4 ? quarter(year + 1, 1) : quarter(year, index + 1);
            case YEAR -> year(year + 1);
        };
    }

    /** Whether the date lies within {@code [start, end)}. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && date.isBefore(end());
    }

    private static Period fromMonth(YearMonth month) {
        return month(month.getYear(), month.getMonthValue());
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : kind.compareTo(other.kind);
    }

    /** {@code 2026-Q3}, {@code 2026-07} or {@code 2026}. */
    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, index);
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", year, index);
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
        };
    }
}
