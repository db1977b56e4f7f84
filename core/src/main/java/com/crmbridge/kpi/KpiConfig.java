package com.crmbridge.kpi;

import com.crmbridge.domain.Period;
import com.crmbridge.domain.PeriodKind;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Everything a KPI run is configured with; {@link #defaults()} is exactly {@code shared/spec/kpi.md}.
 *
 * @param zone the zone that turns instants into dates
 * @param periodKind the kind of period scorecards are computed for
 * @param locale the language of alert messages and explanations ({@code zh-CN} or {@code en})
 * @param components goal and weight of each score component
 * @param ratings the score thresholds of the ratings
 * @param bonus the bonus bases and payout curve
 * @param alerts the alert thresholds
 * @param from the first period to compute; {@code null} for the first period holding data
 * @param to the last period to compute; {@code null} for the period containing asOf
 */
public record KpiConfig(
        ZoneId zone,
        PeriodKind periodKind,
        Locale locale,
        Components components,
        Ratings ratings,
        Bonus bonus,
        Alerts alerts,
        @Nullable Period from,
        @Nullable Period to) {

    /** The spec's defaults: Asia/Shanghai, quarters, Chinese messages. */
    public static KpiConfig defaults() {
        return new KpiConfig(
                ZoneId.of("Asia/Shanghai"),
                PeriodKind.QUARTER,
                Locale.SIMPLIFIED_CHINESE,
                Components.defaults(),
                Ratings.defaults(),
                Bonus.defaults(),
                Alerts.defaults(),
                null,
                null);
    }

    /**
     * A score component's goal and weight: it scores {@code clamp(value / goal, 0, 1)}.
     *
     * @param goal the value that scores full marks
     * @param weight its weight in the score
     */
    public record Component(BigDecimal goal, BigDecimal weight) {
        public Component {
            if (goal.signum() <= 0) {
                throw new IllegalArgumentException("a component's goal must be above 0: " + goal.toPlainString());
            }
            if (weight.signum() < 0) {
                throw new IllegalArgumentException(
                        "a component's weight must not be negative: " + weight.toPlainString());
            }
        }
    }

    /** The five components of the score. */
    public record Components(
            Component attainment, Component growth, Component winRate, Component csat, Component retention) {
        public static Components defaults() {
            return new Components(
                    component("1.00", 35),
                    component("0.10", 10),
                    component("0.40", 10),
                    component("0.90", 25),
                    component("0.95", 20));
        }

        private static Component component(String goal, int weight) {
            return new Component(new BigDecimal(goal), BigDecimal.valueOf(weight));
        }
    }

    /** The lowest score of each rating; below {@code c} is D. */
    public record Ratings(BigDecimal a, BigDecimal b, BigDecimal c) {
        public static Ratings defaults() {
            return new Ratings(BigDecimal.valueOf(90), BigDecimal.valueOf(75), BigDecimal.valueOf(60));
        }
    }

    /**
     * {@code bonus = base × payout(attainment) × gate(csat)}.
     *
     * @param standardBase the base of a STANDARD manager without a Target baseBonus
     * @param seniorBase the base of a SENIOR manager without a Target baseBonus
     * @param payoutThreshold below this attainment the payout is 0
     * @param payoutSlope the payout's slope above 100 %
     * @param payoutCap the payout's maximum
     * @param gateThreshold below this csat the gate applies
     * @param gateFactor the factor the gate applies
     */
    public record Bonus(
            BigDecimal standardBase,
            BigDecimal seniorBase,
            BigDecimal payoutThreshold,
            BigDecimal payoutSlope,
            BigDecimal payoutCap,
            BigDecimal gateThreshold,
            BigDecimal gateFactor) {
        public static Bonus defaults() {
            return new Bonus(
                    new BigDecimal("10000"),
                    new BigDecimal("20000"),
                    new BigDecimal("0.80"),
                    new BigDecimal("1.5"),
                    new BigDecimal("2.0"),
                    new BigDecimal("0.70"),
                    new BigDecimal("0.5"));
        }
    }

    /**
     * The alert thresholds.
     *
     * @param staleKeyAccountDays a KEY account not contacted for more than this is MEDIUM
     * @param staleKeyAccountHighDays … and for more than this HIGH
     * @param overdueDealHighDays an open deal overdue by more than this is HIGH
     * @param unresolvedComplaintDays a complaint open for more than this raises an alert
     * @param complaintResolutionDays a complaint resolved within this counts as resolved in time
     * @param satisfactionDrop the csat drop between two periods that raises an alert
     * @param overloadFactor workload above this times the team's median raises an alert
     * @param overloadMinTeam the fewest active managers a team needs for OVERLOAD
     * @param complaintWorkload the workload of one unresolved complaint
     */
    public record Alerts(
            int staleKeyAccountDays,
            int staleKeyAccountHighDays,
            int overdueDealHighDays,
            int unresolvedComplaintDays,
            int complaintResolutionDays,
            BigDecimal satisfactionDrop,
            BigDecimal overloadFactor,
            int overloadMinTeam,
            int complaintWorkload) {
        public static Alerts defaults() {
            return new Alerts(30, 60, 30, 7, 7, new BigDecimal("0.15"), new BigDecimal("1.5"), 3, 3);
        }
    }
}
