package com.crmbridge.spi;

/**
 * Where a stream's read stands, owned and understood only by its connector. The runtime stores it in the same
 * transaction as the page it follows and hands it back unchanged on the next read.
 *
 * @param value the connector's own serialised position; at most 4,000 characters, never a secret
 */
public record Cursor(String value) {
    /** The most a cursor may hold, so that it fits any store. */
    public static final int MAX_LENGTH = 4000;

    public Cursor {
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "Cursor must be at most " + MAX_LENGTH + " characters: " + value.length());
        }
    }
}
