package com.crmbridge.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A customer (客户); {@link CustomerTier#KEY} is a key or high-net-worth account.
 *
 * @param source the connector and the source's id of the customer
 * @param name the customer's name
 * @param ownerId the source's id of the manager who currently owns the customer
 * @param tier key or normal
 * @param createdOn the date the customer was acquired
 * @param churnedOn the date the customer was lost; {@code null} while a customer
 * @param lastContactAt the last contact by the owner; {@code null} when never contacted
 */
public record Customer(
        SourceRef source,
        String name,
        String ownerId,
        CustomerTier tier,
        LocalDate createdOn,
        @Nullable LocalDate churnedOn,
        @Nullable Instant lastContactAt)
        implements CanonicalRecord {
    public Customer {
        FieldCheck.present("Customer", "source", source);
        name = FieldCheck.text("Customer", "name", name);
        ownerId = FieldCheck.text("Customer", "ownerId", ownerId);
        FieldCheck.present("Customer", "tier", tier);
        FieldCheck.present("Customer", "createdOn", createdOn);
        if (churnedOn != null && churnedOn.isBefore(createdOn)) {
            throw new IllegalArgumentException(
                    "Customer.churnedOn must not be before createdOn " + createdOn + ": " + churnedOn);
        }
    }

    /** Whether the customer is still a customer on the given date (not churned on or before it). */
    public boolean activeOn(LocalDate date) {
        return churnedOn == null || churnedOn.isAfter(date);
    }
}
