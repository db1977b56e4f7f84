package com.crmbridge.connector.csv.internal;

/**
 * A value that cannot be read; the message says what is wrong and what is accepted, in words a person can act
 * on. Checked, so that every value reader's caller decides whether the row is set aside.
 */
public final class ValueException extends Exception {
    private static final long serialVersionUID = 1L;

    public ValueException(String reason) {
        super(reason, null, false, false);
    }
}
