package com.crmbridge.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Output rounding, applied only when a figure is shown or stored: ratios 4 decimals, score and money 2. */
public final class Rounding {
    private Rounding() {}

    /** A ratio or avgScore, half-up to 4 decimals; {@code null} stays {@code null}. */
    public static @Nullable BigDecimal ratio(@Nullable BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    }

    /** Money, half-up to 2 decimals; {@code null} stays {@code null}. */
    public static @Nullable BigDecimal money(@Nullable BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** The score, half-up to 2 decimals; {@code null} stays {@code null}. */
    public static @Nullable BigDecimal score(@Nullable BigDecimal value) {
        return money(value);
    }

    /** The plain text of a rounded value, empty for {@code null}. */
    public static String text(@Nullable BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
