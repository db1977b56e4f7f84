package com.crmbridge.connector.zoho.internal;

/** Zoho answered 401 {@code INVALID_TOKEN}: the client refreshes once and tries once more. */
final class TokenRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TokenRejected(String message) {
        super(message, null, false, false);
    }
}
