package com.crmbridge.kpi;

import com.crmbridge.domain.Customer;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every figure of one manager and period from the manager's book, exactly as {@code kpi.md} defines it.
 *
 * <p>Formulas are not built here: each explanation keeps the exact numbers it shows (captured by a lambda)
 * and renders its text when read. An explanation whose text and records are constant is shared by every
 * scorecard.
 */
final class ScorecardCalculator {
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

    private final ScoreRule scoreRule;
    private final BonusRule bonusRule;

    ScorecardCalculator(KpiConfig config) {
        this.scoreRule = new ScoreRule(config);
        this.bonusRule = new BonusRule(config);
    }

    ScorecardDraft compute(ManagerIdentity manager, ManagerBook book, Period period) {
        ScorecardDraft card = new ScorecardDraft(manager, period);
        PeriodTally tally = book.tallyOrEmpty(period);
        PeriodTally before = book.tallyOrEmpty(period.previous());
        revenue(card, tally, before);
        feedback(card, tally);
        customers(card, book.customers);
        Computed score = scoreRule.score(card.attainment, card.growth, card.winRate, card.csat, card.retention);
        Fraction value = score.value();
        Rating rating = scoreRule.rating(value);
        card.score = value;
        card.rating = rating;
        explain(card, Figure.SCORE, score.formula(), List.of());
        explain(card, Figure.RATING, () -> scoreRule.ratingFormula(value, rating), List.of());
        BigDecimal base = bonusRule.base(tally.baseBonus, manager.tier());
        Computed bonus = bonusRule.bonus(base, card.attainment, card.csat);
        Fraction bonusValue = bonus.value();
        card.bonus = bonusValue == null ? BigDecimal.ZERO : bonusValue.round(2);
        SourceRef bonusSource = tally.baseBonusSource;
        explain(card, Figure.BONUS, bonus.formula(), bonusSource == null ? List.of() : List.of(bonusSource));
        return card;
    }

    private static void revenue(ScorecardDraft card, PeriodTally tally, PeriodTally before) {
        List<SourceRef> won = tally.sortedWonDeals();
        List<SourceRef> lost = sorted(tally.lostDeals);
        List<SourceRef> targets = sorted(tally.targets);
        BigDecimal wonRevenue = tally.wonRevenue;
        int wonCount = won.size();
        int lostCount = lost.size();
        card.wonRevenue = wonRevenue;
        card.wonDeals = wonCount;
        card.lostDeals = lostCount;
        explain(
                card,
                Figure.WON_REVENUE,
                () -> "wonRevenue = sum of " + wonCount + " WON deals = " + Shown.money(wonRevenue),
                won);
        card.explain(Figure.WON_DEALS, wonCount == 0 ? NO_WON : lazy(() -> "wonDeals = " + wonCount, won));
        card.explain(Figure.LOST_DEALS, lostCount == 0 ? NO_LOST : lazy(() -> "lostDeals = " + lostCount, lost));

        BigDecimal target = tally.target;
        card.target = target;
        if (target == null && targets.isEmpty()) {
            card.explain(Figure.TARGET, NO_TARGET);
        } else {
            explain(
                    card,
                    Figure.TARGET,
                    () -> target == null ? "target = empty (no target)" : "target = " + Shown.money(target),
                    targets);
        }
        List<SourceRef> attainmentRecords = JoinedRecords.of(won, targets);
        if (target == null || target.signum() == 0) {
            String formula = target == null ? "attainment = empty (no target)" : "attainment = empty (target = 0)";
            explain(card, Figure.ATTAINMENT, () -> formula, attainmentRecords);
        } else {
            Fraction attainment = Fraction.of(wonRevenue).divide(Fraction.of(target));
            card.attainment = attainment;
            explain(
                    card,
                    Figure.ATTAINMENT,
                    () -> "attainment = " + Shown.money(wonRevenue) + " / " + Shown.money(target) + " = "
                            + Shown.ratio(attainment),
                    attainmentRecords);
        }

        List<SourceRef> growthRecords = JoinedRecords.of(won, before.sortedWonDeals());
        BigDecimal revenueBefore = before.wonRevenue;
        if (revenueBefore.signum() == 0) {
            Period previous = card.period.previous();
            explain(card, Figure.GROWTH, () -> "growth = empty (wonRevenue(" + previous + ") = 0)", growthRecords);
        } else {
            Fraction growth = Fraction.of(wonRevenue.subtract(revenueBefore)).divide(Fraction.of(revenueBefore));
            card.growth = growth;
            explain(
                    card,
                    Figure.GROWTH,
                    () -> "growth = (" + Shown.money(wonRevenue) + " - " + Shown.money(revenueBefore) + ") / "
                            + Shown.money(revenueBefore) + " = " + Shown.ratio(growth),
                    growthRecords);
        }

        List<SourceRef> decided = JoinedRecords.of(won, lost);
        if (decided.isEmpty()) {
            card.explain(Figure.WIN_RATE, NO_DECISIONS);
        } else {
            Fraction winRate = Fraction.of(wonCount, decided.size());
            card.winRate = winRate;
            explain(
                    card,
                    Figure.WIN_RATE,
                    () -> "winRate = " + wonCount + " / (" + wonCount + " + " + lostCount + ") = "
                            + Shown.ratio(winRate),
                    decided);
        }
    }

    private static void feedback(ScorecardDraft card, PeriodTally tally) {
        List<SourceRef> responses = sorted(tally.responses);
        int responseCount = responses.size();
        card.responses = responseCount;
        if (responses.isEmpty()) {
            card.explain(Figure.RESPONSES, NO_RESPONSES);
            card.explain(Figure.CSAT, NO_CSAT);
            card.explain(Figure.AVG_SCORE, NO_AVG_SCORE);
        } else {
            explain(card, Figure.RESPONSES, () -> "responses = " + responseCount, responses);
            int positive = tally.positiveResponses;
            Fraction csat = Fraction.of(positive, responseCount);
            card.csat = csat;
            explain(
                    card,
                    Figure.CSAT,
                    () -> "csat = " + positive + " / " + responseCount + " = " + Shown.ratio(csat),
                    responses);
            BigDecimal scoreSum = tally.scoreSum;
            Fraction avgScore = Fraction.of(scoreSum).divide(Fraction.of(responseCount));
            card.avgScore = avgScore;
            explain(
                    card,
                    Figure.AVG_SCORE,
                    () -> "avgScore = " + Shown.plain(scoreSum) + " / " + responseCount + " = " + Shown.ratio(avgScore),
                    responses);
        }
        List<SourceRef> complaints = sorted(tally.complaints);
        int complaintCount = complaints.size();
        card.complaints = complaintCount;
        if (complaints.isEmpty()) {
            card.explain(Figure.COMPLAINTS, NO_COMPLAINTS);
            card.explain(Figure.COMPLAINT_RESOLUTION, NO_RESOLUTION);
        } else {
            explain(card, Figure.COMPLAINTS, () -> "complaints = " + complaintCount, complaints);
            int resolvedInTime = tally.complaintsResolvedInTime;
            Fraction resolution = Fraction.of(resolvedInTime, complaintCount);
            card.complaintResolution = resolution;
            explain(
                    card,
                    Figure.COMPLAINT_RESOLUTION,
                    () -> "complaintResolution = " + resolvedInTime + " / " + complaintCount + " = "
                            + Shown.ratio(resolution),
                    complaints);
        }
    }

    private static void customers(ScorecardDraft card, List<Customer> customers) {
        Period period = card.period;
        LocalDate start = period.start();
        LocalDate end = period.end();
        List<SourceRef> base = new ArrayList<>();
        List<SourceRef> churned = new ArrayList<>();
        List<SourceRef> added = new ArrayList<>();
        for (Customer customer : customers) {
            LocalDate createdOn = customer.createdOn();
            LocalDate churnedOn = customer.churnedOn();
            if (createdOn.isBefore(start) && (churnedOn == null || !churnedOn.isBefore(start))) {
                base.add(customer.source());
                if (churnedOn != null && churnedOn.isBefore(end)) {
                    churned.add(customer.source());
                }
            } else if (!createdOn.isBefore(start) && createdOn.isBefore(end)) {
                added.add(customer.source());
            }
        }
        base = sorted(base);
        churned = sorted(churned);
        int baseCount = base.size();
        int churnedCount = churned.size();

        explain(
                card,
                Figure.BASE,
                () -> "base = " + baseCount + " customers created before " + start + " and not churned before it",
                base);
        explain(card, Figure.CHURNED, () -> "churned = " + churnedCount + " of base churned before " + end, churned);
        if (base.isEmpty()) {
            card.explain(Figure.RETENTION, NO_RETENTION);
        } else {
            Fraction retention = Fraction.of(baseCount - churnedCount, baseCount);
            card.retention = retention;
            explain(
                    card,
                    Figure.RETENTION,
                    () -> "retention = (" + baseCount + " - " + churnedCount + ") / " + baseCount + " = "
                            + Shown.ratio(retention),
                    base);
        }
        int addedCount = added.size();
        card.newCustomers = addedCount;
        explain(
                card,
                Figure.NEW_CUSTOMERS,
                () -> "newCustomers = " + addedCount + " customers created in " + period,
                sorted(added));
    }

    private static void explain(ScorecardDraft card, Figure figure, Supplier<String> formula, List<SourceRef> records) {
        card.explain(figure, lazy(formula, records));
    }

    private static Explanation lazy(Supplier<String> formula, List<SourceRef> records) {
        return Explanation.rendered(formula, records);
    }

    private static Explanation constant(String formula) {
        return new Explanation(formula, List.of());
    }

    /** Sorted and immutable, as {@link Explanation#rendered} needs it. */
    private static List<SourceRef> sorted(List<SourceRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        // Sorting the tally's own list in place is idempotent and spares a copy per figure.
        refs.sort(null);
        return List.copyOf(refs);
    }
}
