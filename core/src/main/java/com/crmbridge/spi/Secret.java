package com.crmbridge.spi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A secret setting's value. It never shows itself: {@link #toString()} masks it; only {@link #reveal()} reads it. */
public final class Secret {
    /** What a secret shows instead of its value. */
    public static final String MASK = "******";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(Objects.requireNonNull(value, "value"));
    }

    /** The value, to be passed straight to where it is used and never logged. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return MASK;
    }
}
