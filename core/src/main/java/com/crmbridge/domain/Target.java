package com.crmbridge.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A sales target (销售目标) of a manager for a period, with an optional bonus base.
 *
 * @param source the connector and an id unique per manager and period in that source
 * @param managerId the source's id of the manager
 * @param period the period the target is for
 * @param amount the target amount, never negative
 * @param baseBonus the bonus base that overrides the tier's default; {@code null} for the default
 */
public record Target(
        SourceRef source, String managerId, Period period, BigDecimal amount, @Nullable BigDecimal baseBonus)
        implements CanonicalRecord {
    public Target {
        FieldCheck.present("Target", "source", source);
        managerId = FieldCheck.text("Target", "managerId", managerId);
        FieldCheck.present("Target", "period", period);
        amount = FieldCheck.nonNegative("Target", "amount", amount);
        if (baseBonus != null) {
            baseBonus = FieldCheck.nonNegative("Target", "baseBonus", baseBonus);
        }
    }

    /** The external id a source without target ids uses: {@code managerId:period}. */
    public static String naturalId(String managerId, Period period) {
        return managerId + ":" + period;
    }
}
