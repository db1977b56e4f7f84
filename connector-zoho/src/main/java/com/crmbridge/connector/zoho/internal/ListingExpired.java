package com.crmbridge.connector.zoho.internal;

/**
 * Zoho refused to go on with a listing ({@code PAGINATION_LIMIT_EXCEEDED}, {@code EXPIRED_VALUE}): the reader
 * restarts it from the last {@code Modified_Time} it read.
 */
public final class ListingExpired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ListingExpired(String message) {
        super(message, null, false, false);
    }
}
