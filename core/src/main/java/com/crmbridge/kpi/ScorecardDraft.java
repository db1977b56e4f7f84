package com.crmbridge.kpi;

import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A scorecard whose figures are computed but whose rank is not yet known: ranks need every scorecard of the
 * team and period. Ratios stay exact fractions until {@link #toScorecard()}.
 *
 * <p>The draft is also the scorecard's explanation source: it keeps the numbers and the sorted record lists
 * its figures were made from, and makes the 20 explanations only when the scorecard's explanations are read
 * ({@link FigureExplanations}). One object per scorecard stays in memory instead of 20 explanations and their
 * formula closures.
 */
final class ScorecardDraft implements FigureExplanations.Source {
    private static final Explanation NO_TARGET = constant("target = empty (no target)");
    private static final Explanation NO_DECISIONS = constant("winRate = empty (no WON or LOST deals)");
    private static final Explanation NO_RESPONSES = constant("responses = 0");
    private static final Explanation NO_CSAT = constant("csat = empty (no responses)");
    private static final Explanation NO_AVG_SCORE = constant("avgScore = empty (no responses)");
    private static final Explanation NO_COMPLAINTS = constant("complaints = 0");
    private static final Explanation NO_RESOLUTION = constant("complaintResolution = empty (no complaints)");
    private static final Explanation NO_RETENTION = constant("retention = empty (base is empty)");
    private static final Explanation NO_WON = constant("wonDeals = 0");
    private static final Explanation NO_LOST = constant("lostDeals = 0");

    final ManagerIdentity manager;
    final Period period;
    BigDecimal wonRevenue = BigDecimal.ZERO;
    int wonDeals;
    int lostDeals;

    @Nullable
    BigDecimal target;

    @Nullable
    Fraction attainment;

    @Nullable
    Fraction growth;

    @Nullable
    Fraction winRate;

    int responses;

    @Nullable
    Fraction csat;

    @Nullable
    Fraction avgScore;

    int complaints;

    @Nullable
    Fraction complaintResolution;

    @Nullable
    Fraction retention;

    int newCustomers;

    @Nullable
    Fraction score;

    Rating rating = Rating.NA;
    BigDecimal bonus = BigDecimal.ZERO;
    int rank;

    // what the explanations show besides the figures: records sorted and immutable, numbers as computed
    List<SourceRef> wonRecords = List.of();
    List<SourceRef> lostRecords = List.of();
    List<SourceRef> targetRecords = List.of();
    List<SourceRef> wonBeforeRecords = List.of();
    BigDecimal revenueBefore = BigDecimal.ZERO;
    List<SourceRef> responseRecords = List.of();
    int positiveResponses;
    BigDecimal scoreSum = BigDecimal.ZERO;
    List<SourceRef> complaintRecords = List.of();
    int complaintsResolvedInTime;
    List<SourceRef> baseRecords = List.of();
    List<SourceRef> churnedRecords = List.of();
    List<SourceRef> newCustomerRecords = List.of();

    @Nullable
    ScoreRule scoreRule;

    @Nullable
    Supplier<String> scoreFormula;

    @Nullable
    Supplier<String> bonusFormula;

    @Nullable
    SourceRef bonusSource;

    private int rankCount;

    private @Nullable String rankScope;

    ScorecardDraft(ManagerIdentity manager, Period period) {
        this.manager = manager;
        this.period = period;
    }

    /** Sets the rank within the team and period of {@code count} managers, described by the scope. */
    void rank(int position, int count, String scope) {
        rank = position;
        rankCount = count;
        rankScope = scope;
    }

    @Override
    public Explanation explain(Figure figure) {
        return switch (figure) {
            case WON_REVENUE ->
                made("wonRevenue = sum of " + wonDeals + " WON deals = " + Shown.money(wonRevenue), wonRecords);
            case WON_DEALS -> wonDeals == 0 ? NO_WON : made("wonDeals = " + wonDeals, wonRecords);
            case LOST_DEALS -> lostDeals == 0 ? NO_LOST : made("lostDeals = " + lostDeals, lostRecords);
            case TARGET -> targetExplanation();
            case ATTAINMENT -> attainmentExplanation();
            case GROWTH -> growthExplanation();
            case WIN_RATE -> winRateExplanation();
            case RESPONSES -> responses == 0 ? NO_RESPONSES : made("responses = " + responses, responseRecords);
            case CSAT ->
                responses == 0
                        ? NO_CSAT
                        : made(
                                "csat = " + positiveResponses + " / " + responses + " = " + Shown.ratio(present(csat)),
                                responseRecords);
            case AVG_SCORE ->
                responses == 0
                        ? NO_AVG_SCORE
                        : made(
                                "avgScore = " + Shown.plain(scoreSum) + " / " + responses + " = "
                                        + Shown.ratio(present(avgScore)),
                                responseRecords);
            case COMPLAINTS -> complaints == 0 ? NO_COMPLAINTS : made("complaints = " + complaints, complaintRecords);
            case COMPLAINT_RESOLUTION ->
                complaints == 0
                        ? NO_RESOLUTION
                        : made(
                                "complaintResolution = " + complaintsResolvedInTime + " / " + complaints + " = "
                                        + Shown.ratio(present(complaintResolution)),
                                complaintRecords);
            case BASE ->
                made(
                        "base = " + baseRecords.size() + " customers created before " + period.start()
                                + " and not churned before it",
                        baseRecords);
            case CHURNED ->
                made("churned = " + churnedRecords.size() + " of base churned before " + period.end(), churnedRecords);
            case RETENTION -> retentionExplanation();
            case NEW_CUSTOMERS ->
                made("newCustomers = " + newCustomers + " customers created in " + period, newCustomerRecords);
            case SCORE -> made(present(scoreFormula).get(), List.of());
            case RATING -> made(present(scoreRule).ratingFormula(score, rating), List.of());
            case RANK ->
                made(
                        "rank = " + rank + " of " + rankCount + " " + present(rankScope)
                                + " (score desc, then wonRevenue desc, then manager id)",
                        List.of());
            case BONUS -> bonusExplanation();
        };
    }

    private Explanation bonusExplanation() {
        SourceRef source = bonusSource;
        return made(present(bonusFormula).get(), source == null ? List.of() : List.of(source));
    }

    private Explanation targetExplanation() {
        BigDecimal value = target;
        if (value == null && targetRecords.isEmpty()) {
            return NO_TARGET;
        }
        return made(value == null ? "target = empty (no target)" : "target = " + Shown.money(value), targetRecords);
    }

    private Explanation attainmentExplanation() {
        List<SourceRef> records = JoinedRecords.of(wonRecords, targetRecords);
        BigDecimal value = target;
        if (value == null) {
            return made("attainment = empty (no target)", records);
        }
        if (value.signum() == 0) {
            return made("attainment = empty (target = 0)", records);
        }
        return made(
                "attainment = " + Shown.money(wonRevenue) + " / " + Shown.money(value) + " = "
                        + Shown.ratio(present(attainment)),
                records);
    }

    private Explanation growthExplanation() {
        List<SourceRef> records = JoinedRecords.of(wonRecords, wonBeforeRecords);
        if (revenueBefore.signum() == 0) {
            return made("growth = empty (wonRevenue(" + period.previous() + ") = 0)", records);
        }
        return made(
                "growth = (" + Shown.money(wonRevenue) + " - " + Shown.money(revenueBefore) + ") / "
                        + Shown.money(revenueBefore) + " = " + Shown.ratio(present(growth)),
                records);
    }

    private Explanation winRateExplanation() {
        List<SourceRef> decided = JoinedRecords.of(wonRecords, lostRecords);
        if (decided.isEmpty()) {
            return NO_DECISIONS;
        }
        return made(
                "winRate = " + wonDeals + " / (" + wonDeals + " + " + lostDeals + ") = "
                        + Shown.ratio(present(winRate)),
                decided);
    }

    private Explanation retentionExplanation() {
        if (baseRecords.isEmpty()) {
            return NO_RETENTION;
        }
        int baseCount = baseRecords.size();
        return made(
                "retention = (" + baseCount + " - " + churnedRecords.size() + ") / " + baseCount + " = "
                        + Shown.ratio(present(retention)),
                baseRecords);
    }

    Scorecard toScorecard() {
        return new Scorecard(
                manager,
                period,
                wonRevenue,
                wonDeals,
                lostDeals,
                target,
                decimal(attainment),
                decimal(growth),
                decimal(winRate),
                responses,
                decimal(csat),
                decimal(avgScore),
                complaints,
                decimal(complaintResolution),
                decimal(retention),
                newCustomers,
                decimal(score),
                rating,
                rank,
                bonus,
                new FigureExplanations(this));
    }

    private static @Nullable BigDecimal decimal(@Nullable Fraction value) {
        return value == null ? null : value.toBigDecimal();
    }

    private static Explanation made(String formula, List<SourceRef> records) {
        return Explanation.of(formula, records);
    }

    private static Explanation constant(String formula) {
        return new Explanation(formula, List.of());
    }

    private static <T> T present(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("the scorecard draft is not complete");
        }
        return value;
    }
}
