package com.crmbridge.connector.csv.internal;

import org.jspecify.annotations.Nullable;

/**
 * A row that cannot become a record: the column (as the file names it) and raw value when one value is at
 * fault, and the reason. Checked, so that a mapper cannot forget to set the row aside.
 */
public final class RowException extends Exception {
    private static final long serialVersionUID = 1L;

    private final @Nullable String column;
    private final @Nullable String rawValue;

    public RowException(@Nullable String column, @Nullable String rawValue, String reason) {
        super(reason, null, false, false);
        this.column = column;
        this.rawValue = rawValue;
    }

    public @Nullable String column() {
        return column;
    }

    public @Nullable String rawValue() {
        return rawValue;
    }

    public String reason() {
        return String.valueOf(getMessage());
    }
}
