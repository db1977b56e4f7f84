package com.crmbridge.connector.fxiaoke.internal;

import org.jspecify.annotations.Nullable;

/** A row a mapper cannot turn into a record: the field, its raw value and why; becomes a reject. */
public final class RowRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String field;
    private final @Nullable String rawValue;

    public RowRejected(@Nullable String field, @Nullable String rawValue, String reason) {
        super(reason, null, false, false);
        this.field = field;
        this.rawValue = rawValue;
    }

    public @Nullable String field() {
        return field;
    }

    public @Nullable String rawValue() {
        return rawValue;
    }
}
