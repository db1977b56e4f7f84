package com.crmbridge.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** How numbers appear in formulas and messages: the same rounding as the output, rounded from exact values. */
final class Shown {
    private Shown() {}

    static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String money(Fraction value) {
        return value.round(2).toPlainString();
    }

    static String ratio(Fraction value) {
        return value.round(4).toPlainString();
    }

    static String ratio(@Nullable Fraction value, String whenEmpty) {
        return value == null ? whenEmpty : ratio(value);
    }

    /** A ratio as a percentage with one decimal, for messages. */
    static String percent(Fraction value) {
        return value.multiply(Fraction.of(100)).round(1).toPlainString();
    }

    /** A configured number as written, without trailing zeros: {@code 1}, {@code 0.5}, {@code 35}. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    static String plain(Fraction value) {
        return plain(value.toBigDecimal());
    }
}
