package com.crmbridge.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A deal (商机).
 *
 * @param source the connector and the source's id of the deal
 * @param customerId the source's id of the customer; {@code null} when the deal has none
 * @param ownerId the source's id of the manager the deal counts for
 * @param amount the amount in the base currency, never negative
 * @param stage the canonical stage
 * @param closeDate the actual close date of a closed deal, the expected one of an open deal
 * @param createdOn the date the deal was created; {@code null} when unknown
 */
public record Deal(
        SourceRef source,
        @Nullable String customerId,
        String ownerId,
        BigDecimal amount,
        DealStage stage,
        LocalDate closeDate,
        @Nullable LocalDate createdOn)
        implements CanonicalRecord {
    public Deal {
        FieldCheck.present("Deal", "source", source);
        customerId = FieldCheck.optionalText(customerId);
        ownerId = FieldCheck.text("Deal", "ownerId", ownerId);
        amount = FieldCheck.nonNegative("Deal", "amount", amount);
        FieldCheck.present("Deal", "stage", stage);
        FieldCheck.present("Deal", "closeDate", closeDate);
    }
}
