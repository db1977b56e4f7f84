package com.crmbridge.connector.csv.internal;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheets from running a cell as a formula: a text cell that begins with {@code =}, {@code +},
 * {@code -} or {@code @} gets a leading {@code '}. A number stays a number, so a negative growth
 * {@code -0.1234} is written as it is.
 */
public final class FormulaGuard {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private FormulaGuard() {}

    public static String cell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@';
        return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}
