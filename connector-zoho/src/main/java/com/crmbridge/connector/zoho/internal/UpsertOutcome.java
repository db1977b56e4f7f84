package com.crmbridge.connector.zoho.internal;

import org.jspecify.annotations.Nullable;

/**
 * Zoho's answer for one upserted row.
 *
 * @param recordId the Zoho record id on success; {@code null} when rejected
 * @param inserted whether Zoho inserted (rather than updated) the row
 * @param reason why Zoho rejected the row: code, field and message; {@code null} on success
 */
public record UpsertOutcome(@Nullable String recordId, boolean inserted, @Nullable String reason) {
    public boolean succeeded() {
        return reason == null;
    }
}
