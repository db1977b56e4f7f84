package com.crmbridge.connector.csv.internal;

import com.crmbridge.domain.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads target periods: {@code 2026-Q3}, {@code 2026Q3}, {@code 2026年第3季度} (also {@code 2026年Q3} and
 * {@code 2026年3季度}), {@code 2026-07}, {@code 2026年7月} and {@code 2026} or {@code 2026年}.
 */
public final class Periods {
    private static final Pattern CHINESE_QUARTER =
            Pattern.compile("(\\d{4})\\s*年\\s*(?:第\\s*([1-4])\\s*季度?|[Qq]([1-4]))");
    private static final Pattern CHINESE_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:份)?");
    private static final Pattern CHINESE_YEAR = Pattern.compile("(\\d{4})\\s*年度?");

    private Periods() {}

    public static Period period(String raw) throws ValueException {
        String text = raw.strip();
        Matcher quarter = CHINESE_QUARTER.matcher(text);
        if (quarter.matches()) {
            String index = quarter.group(2) != null ? quarter.group(2) : quarter.group(3);
            return Period.quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(index));
        }
        Matcher month = CHINESE_MONTH.matcher(text);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(2));
            if (m >= 1 && m <= 12) {
                return Period.month(Integer.parseInt(month.group(1)), m);
            }
        }
        Matcher year = CHINESE_YEAR.matcher(text);
        if (year.matches()) {
            return Period.year(Integer.parseInt(year.group(1)));
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ValueException("is not a period such as 2026-Q3, 2026年第3季度, 2026-07 or 2026");
        }
    }
}
