package com.crmbridge.kpi;

import com.crmbridge.domain.Customer;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Every figure of one manager and period from the manager's book, exactly as {@code kpi.md} defines it. */
final class ScorecardCalculator {
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
        card.score = score.value();
        card.rating = scoreRule.rating(card.score);
        explain(card, Figure.SCORE, score.formula(), List.of());
        explain(card, Figure.RATING, scoreRule.ratingFormula(card.score, card.rating), List.of());
        BigDecimal base = bonusRule.base(tally.baseBonus, manager.tier());
        Computed bonus = bonusRule.bonus(base, card.attainment, card.csat);
        card.bonus = bonus.value() == null ? BigDecimal.ZERO : bonus.value().round(2);
        explain(
                card,
                Figure.BONUS,
                bonus.formula(),
                tally.baseBonusSource == null ? List.of() : List.of(tally.baseBonusSource));
        return card;
    }

    private static void revenue(ScorecardDraft card, PeriodTally tally, PeriodTally before) {
        List<SourceRef> won = sorted(tally.wonDeals);
        List<SourceRef> lost = sorted(tally.lostDeals);
        List<SourceRef> targets = sorted(tally.targets);
        card.wonRevenue = tally.wonRevenue;
        card.wonDeals = won.size();
        card.lostDeals = lost.size();
        explain(
                card,
                Figure.WON_REVENUE,
                "wonRevenue = sum of " + won.size() + " WON deals = " + Shown.money(tally.wonRevenue),
                won);
        explain(card, Figure.WON_DEALS, "wonDeals = " + won.size(), won);
        explain(card, Figure.LOST_DEALS, "lostDeals = " + lost.size(), lost);

        BigDecimal target = tally.target;
        card.target = target;
        explain(
                card,
                Figure.TARGET,
                target == null ? "target = empty (no target)" : "target = " + Shown.money(target),
                targets);
        List<SourceRef> attainmentRecords = concat(won, targets);
        if (target == null || target.signum() == 0) {
            explain(
                    card,
                    Figure.ATTAINMENT,
                    target == null ? "attainment = empty (no target)" : "attainment = empty (target = 0)",
                    attainmentRecords);
        } else {
            Fraction attainment = Fraction.of(tally.wonRevenue).divide(Fraction.of(target));
            card.attainment = attainment;
            explain(
                    card,
                    Figure.ATTAINMENT,
                    "attainment = " + Shown.money(tally.wonRevenue) + " / " + Shown.money(target) + " = "
                            + Shown.ratio(attainment),
                    attainmentRecords);
        }

        List<SourceRef> growthRecords = concat(won, sorted(before.wonDeals));
        Period previous = card.period.previous();
        if (before.wonRevenue.signum() == 0) {
            explain(card, Figure.GROWTH, "growth = empty (wonRevenue(" + previous + ") = 0)", growthRecords);
        } else {
            Fraction growth =
                    Fraction.of(tally.wonRevenue.subtract(before.wonRevenue)).divide(Fraction.of(before.wonRevenue));
            card.growth = growth;
            explain(
                    card,
                    Figure.GROWTH,
                    "growth = (" + Shown.money(tally.wonRevenue) + " - " + Shown.money(before.wonRevenue) + ") / "
                            + Shown.money(before.wonRevenue) + " = " + Shown.ratio(growth),
                    growthRecords);
        }

        List<SourceRef> decided = concat(won, lost);
        if (decided.isEmpty()) {
            explain(card, Figure.WIN_RATE, "winRate = empty (no WON or LOST deals)", decided);
        } else {
            Fraction winRate = Fraction.of(won.size(), decided.size());
            card.winRate = winRate;
            explain(
                    card,
                    Figure.WIN_RATE,
                    "winRate = " + won.size() + " / (" + won.size() + " + " + lost.size() + ") = "
                            + Shown.ratio(winRate),
                    decided);
        }
    }

    private static void feedback(ScorecardDraft card, PeriodTally tally) {
        List<SourceRef> responses = sorted(tally.responses);
        card.responses = responses.size();
        explain(card, Figure.RESPONSES, "responses = " + responses.size(), responses);
        if (responses.isEmpty()) {
            explain(card, Figure.CSAT, "csat = empty (no responses)", responses);
            explain(card, Figure.AVG_SCORE, "avgScore = empty (no responses)", responses);
        } else {
            Fraction csat = Fraction.of(tally.positiveResponses, responses.size());
            card.csat = csat;
            explain(
                    card,
                    Figure.CSAT,
                    "csat = " + tally.positiveResponses + " / " + responses.size() + " = " + Shown.ratio(csat),
                    responses);
            Fraction avgScore = Fraction.of(tally.scoreSum).divide(Fraction.of(responses.size()));
            card.avgScore = avgScore;
            explain(
                    card,
                    Figure.AVG_SCORE,
                    "avgScore = " + Shown.plain(tally.scoreSum) + " / " + responses.size() + " = "
                            + Shown.ratio(avgScore),
                    responses);
        }
        List<SourceRef> complaints = sorted(tally.complaints);
        card.complaints = complaints.size();
        explain(card, Figure.COMPLAINTS, "complaints = " + complaints.size(), complaints);
        if (complaints.isEmpty()) {
            explain(card, Figure.COMPLAINT_RESOLUTION, "complaintResolution = empty (no complaints)", complaints);
        } else {
            Fraction resolution = Fraction.of(tally.complaintsResolvedInTime, complaints.size());
            card.complaintResolution = resolution;
            explain(
                    card,
                    Figure.COMPLAINT_RESOLUTION,
                    "complaintResolution = " + tally.complaintsResolvedInTime + " / " + complaints.size() + " = "
                            + Shown.ratio(resolution),
                    complaints);
        }
    }

    private static void customers(ScorecardDraft card, List<Customer> customers) {
        LocalDate start = card.period.start();
        LocalDate end = card.period.end();
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

        explain(
                card,
                Figure.BASE,
                "base = " + base.size() + " customers created before " + start + " and not churned before it",
                base);
        explain(card, Figure.CHURNED, "churned = " + churned.size() + " of base churned before " + end, churned);
        if (base.isEmpty()) {
            explain(card, Figure.RETENTION, "retention = empty (base is empty)", base);
        } else {
            Fraction retention = Fraction.of(base.size() - churned.size(), base.size());
            card.retention = retention;
            explain(
                    card,
                    Figure.RETENTION,
                    "retention = (" + base.size() + " - " + churned.size() + ") / " + base.size() + " = "
                            + Shown.ratio(retention),
                    base);
        }
        card.newCustomers = added.size();
        explain(
                card,
                Figure.NEW_CUSTOMERS,
                "newCustomers = " + added.size() + " customers created in " + card.period,
                sorted(added));
    }

    private static void explain(ScorecardDraft card, Figure figure, String formula, List<SourceRef> records) {
        card.explanations.put(figure, new Explanation(formula, records));
    }

    private static List<SourceRef> sorted(List<SourceRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        // Sorting the tally's own list in place is idempotent and spares a copy per figure.
        refs.sort(null);
        return List.copyOf(refs);
    }

    private static List<SourceRef> concat(List<SourceRef> first, List<SourceRef> second) {
        if (second.isEmpty()) {
            return first;
        }
        if (first.isEmpty()) {
            return second;
        }
        List<SourceRef> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
