package com.crmbridge.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The checks the records' constructors share, so that every message names the record, field and value. */
final class FieldCheck {
    private FieldCheck() {}

    static String text(String record, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(record + "." + field + " must not be empty: " + quoted(value));
        }
        return value.strip();
    }

    static @Nullable String optionalText(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> T present(String record, String field, @Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException(record + "." + field + " is required");
        }
        return value;
    }

    static BigDecimal nonNegative(String record, String field, @Nullable BigDecimal value) {
        BigDecimal amount = present(record, field, value);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(
                    record + "." + field + " must not be negative: " + amount.toPlainString());
        }
        return amount;
    }

    static String quoted(@Nullable String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
