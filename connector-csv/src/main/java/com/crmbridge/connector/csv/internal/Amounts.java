package com.crmbridge.connector.csv.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads amounts: {@code 1234.56}, {@code 1,234.56}, with an optional currency sign before or after the number
 * ({@code ¥}, {@code ￥}, {@code $}, {@code CNY}, {@code RMB}) and spaces around it. Amounts are never
 * negative; a minus sign or accounting parentheses are refused with a reason of their own.
 */
public final class Amounts {
    private static final String[] SIGNS = {"¥", "￥", "$", "CNY", "RMB", "元"};

    private Amounts() {}

    /** A non-negative decimal amount, exact as written (no rounding). */
    public static BigDecimal amount(String raw) throws ValueException {
        BigDecimal plain = plainDecimal(raw);
        if (plain != null) {
            return plain;
        }
        String text = withoutCurrency(raw.strip());
        if (text.startsWith("-") || (text.startsWith("(") && text.endsWith(")"))) {
            throw new ValueException("must not be negative");
        }
        return decimal(text.replace(",", "").replace("，", ""));
    }

    /** A plain decimal number, for scores. */
    public static BigDecimal number(String raw) throws ValueException {
        return decimal(raw.strip());
    }

    private static BigDecimal decimal(String text) throws ValueException {
        if (text.isEmpty() || !isPlainNumber(text)) {
            throw new ValueException("is not a number such as 1234.56 or ¥1,234.56");
        }
        return new BigDecimal(text);
    }

    /**
     * The common case without building strings: digits with at most one decimal point, starting and ending with a
     * digit or the point, at most 18 digits (so that they fit a {@code long}). Gives the same value and scale as
     * {@code new BigDecimal(text)}; null for anything else (signs, separators, spaces, longer numbers), which the
     * general path reads.
     */
    private static @Nullable BigDecimal plainDecimal(String text) {
        int length = text.length();
        if (length == 0 || length > 19) {
            return null;
        }
        long unscaled = 0;
        int digits = 0;
        int point = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return null;
            }
        }
        if (digits == 0 || digits > 18) {
            return null;
        }
        return BigDecimal.valueOf(unscaled, point < 0 ? 0 : length - point - 1);
    }

    /** Digits with at most one decimal point and an optional leading plus: no exponent, no letters. */
    private static boolean isPlainNumber(String text) {
        boolean digit = false;
        boolean point = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else if (!(c == '+' && i == 0)) {
                return false;
            }
        }
        return digit;
    }

    private static String withoutCurrency(String text) {
        String rest = text;
        for (String sign : SIGNS) {
            if (rest.regionMatches(true, 0, sign, 0, sign.length())) {
                rest = rest.substring(sign.length()).strip();
                break;
            }
            if (rest.regionMatches(true, rest.length() - sign.length(), sign, 0, sign.length())) {
                rest = rest.substring(0, rest.length() - sign.length()).strip();
                break;
            }
        }
        // "-¥5" and "¥-5" are both negative
        if (rest.startsWith("-") && rest.length() > 1 && !Character.isDigit(rest.charAt(1))) {
            return "-" + withoutCurrency(rest.substring(1).strip());
        }
        return rest;
    }
}
