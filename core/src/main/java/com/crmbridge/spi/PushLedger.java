package com.crmbridge.spi;

import java.util.Optional;
import java.util.Set;

/**
 * What a sink pushed before, kept by the runtime per connector: the fingerprint of each row by key, and the
 * sink's own id for it (a CRM record id). A sink records a row only after the destination accepted it.
 */
public interface PushLedger {
    /** What was last pushed for the key, or empty when never. */
    Optional<Entry> find(String key);

    /** The keys of the given kind currently pushed and not resolved. */
    Set<String> activeKeys(ResultRow.Kind kind);

    /** Records that the row was accepted by the destination. */
    void pushed(ResultRow row, String destinationId);

    /** Records that an alert stopped firing and was set to resolved at the destination. */
    void resolved(String key);

    /**
     * A pushed row.
     *
     * @param fingerprint {@link ResultRow#fingerprint()} of what was pushed
     * @param destinationId the destination's id of the row, for example a Zoho record id
     */
    record Entry(String fingerprint, String destinationId) {}
}
