package com.crmbridge.kpi;

import com.crmbridge.domain.ManagerTier;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * {@code bonus = base × payout(attainment) × gate(csat)}, computed exactly and rounded half-up to 2 decimals
 * once, at the end.
 */
final class BonusRule {
    private final KpiConfig.Bonus bonus;
    private final Fraction payoutThreshold;
    private final Fraction payoutSlope;
    private final Fraction payoutCap;
    private final Fraction gateThreshold;
    private final Fraction gateFactor;

    BonusRule(KpiConfig config) {
        this.bonus = config.bonus();
        this.payoutThreshold = Fraction.of(bonus.payoutThreshold());
        this.payoutSlope = Fraction.of(bonus.payoutSlope());
        this.payoutCap = Fraction.of(bonus.payoutCap());
        this.gateThreshold = Fraction.of(bonus.gateThreshold());
        this.gateFactor = Fraction.of(bonus.gateFactor());
    }

    /** The Target's baseBonus if given, otherwise the tier's. */
    BigDecimal base(@Nullable BigDecimal targetBaseBonus, ManagerTier tier) {
        if (targetBaseBonus != null) {
            return targetBaseBonus;
        }
        return tier == ManagerTier.SENIOR ? bonus.seniorBase() : bonus.standardBase();
    }

    /** 0 when empty or below the threshold, the attainment up to 100 %, then the slope up to the cap. */
    Fraction payout(@Nullable Fraction attainment) {
        if (attainment == null || attainment.compareTo(payoutThreshold) < 0) {
            return Fraction.ZERO;
        }
        if (attainment.compareTo(Fraction.ONE) <= 0) {
            return attainment;
        }
        Fraction above = Fraction.ONE.add(payoutSlope.multiply(attainment.subtract(Fraction.ONE)));
        return above.min(payoutCap);
    }

    /** 1 when csat is empty or at least the threshold, otherwise the gate factor. */
    Fraction gate(@Nullable Fraction csat) {
        if (csat == null || csat.compareTo(gateThreshold) >= 0) {
            return Fraction.ONE;
        }
        return gateFactor;
    }

    /** The bonus, already rounded half-up to 2 decimals, with its formula. */
    Computed bonus(BigDecimal base, @Nullable Fraction attainment, @Nullable Fraction csat) {
        Fraction payout = payout(attainment);
        Fraction gate = gate(csat);
        Fraction value = Fraction.of(base).multiply(payout).multiply(gate);
        return new Computed(
                value,
                () -> "bonus = " + Shown.money(base) + " × " + Shown.ratio(payout) + " × " + Shown.plain(gate) + " = "
                        + Shown.money(value));
    }
}
