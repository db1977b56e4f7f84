package com.crmbridge.app.config;

import com.crmbridge.domain.Period;
import com.crmbridge.domain.PeriodKind;
import com.crmbridge.kpi.KpiConfig;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crmbridge.kpi}: every number of {@code spec/kpi.md} that is configuration. An absent value keeps the
 * spec's default, so only what differs needs to be written.
 *
 * @param goals the goal of each score component (attainment 1.00, growth 0.10, win-rate 0.40, csat 0.90,
 *     retention 0.95)
 * @param weights the weight of each score component (35, 10, 10, 25, 20)
 * @param ratings the lowest score of A, B and C (90, 75, 60)
 * @param bonus the bonus bases and payout curve
 * @param alerts the alert thresholds
 * @param from the first period to compute, {@code 2026-Q1}; empty for the first period holding data
 * @param to the last period to compute; empty for the period containing asOf
 */
public record KpiProperties(
        @DefaultValue Components goals,
        @DefaultValue Components weights,
        @DefaultValue Ratings ratings,
        @DefaultValue Bonus bonus,
        @DefaultValue Alerts alerts,
        @Nullable String from,
        @Nullable String to) {

    /** One value per score component; an absent one keeps the default. */
    public record Components(
            @Nullable BigDecimal attainment,
            @Nullable BigDecimal growth,
            @Nullable BigDecimal winRate,
            @Nullable BigDecimal csat,
            @Nullable BigDecimal retention) {}

    /** The lowest score of each rating; below {@code c} is D. */
    public record Ratings(@Nullable BigDecimal a, @Nullable BigDecimal b, @Nullable BigDecimal c) {}

    /** {@code bonus = base × payout(attainment) × gate(csat)}; see {@link KpiConfig.Bonus}. */
    public record Bonus(
            @Nullable BigDecimal standardBase,
            @Nullable BigDecimal seniorBase,
            @Nullable BigDecimal payoutThreshold,
            @Nullable BigDecimal payoutSlope,
            @Nullable BigDecimal payoutCap,
            @Nullable BigDecimal gateThreshold,
            @Nullable BigDecimal gateFactor) {}

    /** The alert thresholds; see {@link KpiConfig.Alerts}. */
    public record Alerts(
            @Nullable Integer staleKeyAccountDays,
            @Nullable Integer staleKeyAccountHighDays,
            @Nullable Integer overdueDealHighDays,
            @Nullable Integer unresolvedComplaintDays,
            @Nullable Integer complaintResolutionDays,
            @Nullable BigDecimal satisfactionDrop,
            @Nullable BigDecimal overloadFactor,
            @Nullable Integer overloadMinTeam,
            @Nullable Integer complaintWorkload) {}

    /**
     * The engine's configuration: the spec's defaults overridden by what is set.
     *
     * @throws ConfigurationProblem naming the {@code crmbridge.kpi.*} key of a bad value
     */
    public KpiConfig toKpiConfig(ZoneId zone, PeriodKind periodKind, Locale locale) {
        KpiConfig d = KpiConfig.defaults();
        KpiConfig.Components dc = d.components();
        KpiConfig.Components components;
        try {
            components = new KpiConfig.Components(
                    component(goals.attainment(), weights.attainment(), dc.attainment()),
                    component(goals.growth(), weights.growth(), dc.growth()),
                    component(goals.winRate(), weights.winRate(), dc.winRate()),
                    component(goals.csat(), weights.csat(), dc.csat()),
                    component(goals.retention(), weights.retention(), dc.retention()));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem("crmbridge.kpi.goals / crmbridge.kpi.weights", e.getMessage());
        }
        KpiConfig.Ratings dr = d.ratings();
        KpiConfig.Ratings rating =
                new KpiConfig.Ratings(or(ratings.a(), dr.a()), or(ratings.b(), dr.b()), or(ratings.c(), dr.c()));
        KpiConfig.Bonus db = d.bonus();
        KpiConfig.Bonus bonusConfig = new KpiConfig.Bonus(
                or(bonus.standardBase(), db.standardBase()),
                or(bonus.seniorBase(), db.seniorBase()),
                or(bonus.payoutThreshold(), db.payoutThreshold()),
                or(bonus.payoutSlope(), db.payoutSlope()),
                or(bonus.payoutCap(), db.payoutCap()),
                or(bonus.gateThreshold(), db.gateThreshold()),
                or(bonus.gateFactor(), db.gateFactor()));
        KpiConfig.Alerts da = d.alerts();
        KpiConfig.Alerts alertConfig = new KpiConfig.Alerts(
                or(alerts.staleKeyAccountDays(), da.staleKeyAccountDays()),
                or(alerts.staleKeyAccountHighDays(), da.staleKeyAccountHighDays()),
                or(alerts.overdueDealHighDays(), da.overdueDealHighDays()),
                or(alerts.unresolvedComplaintDays(), da.unresolvedComplaintDays()),
                or(alerts.complaintResolutionDays(), da.complaintResolutionDays()),
                or(alerts.satisfactionDrop(), da.satisfactionDrop()),
                or(alerts.overloadFactor(), da.overloadFactor()),
                or(alerts.overloadMinTeam(), da.overloadMinTeam()),
                or(alerts.complaintWorkload(), da.complaintWorkload()));
        Period first = period("crmbridge.kpi.from", from, periodKind);
        Period last = period("crmbridge.kpi.to", to, periodKind);
        if (first != null && last != null && first.compareTo(last) > 0) {
            throw new ConfigurationProblem(
                    "crmbridge.kpi.from", "must not be after crmbridge.kpi.to (" + last + "): " + first);
        }
        return new KpiConfig(zone, periodKind, locale, components, rating, bonusConfig, alertConfig, first, last);
    }

    private static KpiConfig.Component component(
            @Nullable BigDecimal goal, @Nullable BigDecimal weight, KpiConfig.Component fallback) {
        return new KpiConfig.Component(or(goal, fallback.goal()), or(weight, fallback.weight()));
    }

    private static <T> T or(@Nullable T value, T fallback) {
        return Objects.requireNonNullElse(value, fallback);
    }

    private static @Nullable Period period(String key, @Nullable String text, PeriodKind kind) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Period period;
        try {
            period = Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem(key, e.getMessage());
        }
        if (period.kind() != kind) {
            throw new ConfigurationProblem(
                    key,
                    "must be a " + kind.name().toLowerCase(Locale.ROOT) + " like crmbridge.period says, was '" + text
                            + "'");
        }
        return period;
    }
}
