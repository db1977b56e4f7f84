package com.crmbridge.kpi;

import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every figure of one manager and period from the manager's book, exactly as {@code kpi.md} defines it.
 *
 * <p>Formulas are not built here: the draft keeps the exact numbers and the sorted record lists, and makes
 * its explanations when they are read ({@link ScorecardDraft#explain}).
 */
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
        customers(card, book);
        Computed score = scoreRule.score(card.attainment, card.growth, card.winRate, card.csat, card.retention);
        Fraction value = score.value();
        card.score = value;
        card.rating = scoreRule.rating(value);
        card.scoreRule = scoreRule;
        card.scoreFormula = score.formula();
        BigDecimal base = bonusRule.base(tally.baseBonus, manager.tier());
        Computed bonus = bonusRule.bonus(base, card.attainment, card.csat);
        Fraction bonusValue = bonus.value();
        card.bonus = bonusValue == null ? BigDecimal.ZERO : bonusValue.round(2);
        card.bonusFormula = bonus.formula();
        card.bonusSource = tally.baseBonusSource;
        return card;
    }

    private static void revenue(ScorecardDraft card, PeriodTally tally, PeriodTally before) {
        List<SourceRef> won = tally.sortedWonDeals();
        List<SourceRef> lost = sorted(tally.lostDeals);
        BigDecimal wonRevenue = tally.wonRevenue;
        card.wonRevenue = wonRevenue;
        card.wonDeals = won.size();
        card.lostDeals = lost.size();
        card.wonRecords = won;
        card.lostRecords = lost;
        card.targetRecords = sorted(tally.targets);

        BigDecimal target = tally.target;
        card.target = target;
        if (target != null && target.signum() != 0) {
            card.attainment = Fraction.of(wonRevenue).divide(Fraction.of(target));
        }

        card.wonBeforeRecords = before.sortedWonDeals();
        BigDecimal revenueBefore = before.wonRevenue;
        card.revenueBefore = revenueBefore;
        if (revenueBefore.signum() != 0) {
            card.growth = Fraction.of(wonRevenue.subtract(revenueBefore)).divide(Fraction.of(revenueBefore));
        }

        int decided = won.size() + lost.size();
        if (decided != 0) {
            card.winRate = Fraction.of(won.size(), decided);
        }
    }

    private static void feedback(ScorecardDraft card, PeriodTally tally) {
        List<SourceRef> responses = sorted(tally.responses);
        int responseCount = responses.size();
        card.responses = responseCount;
        card.responseRecords = responses;
        if (responseCount != 0) {
            int positive = tally.positiveResponses;
            card.positiveResponses = positive;
            card.csat = Fraction.of(positive, responseCount);
            BigDecimal scoreSum = tally.scoreSum;
            card.scoreSum = scoreSum;
            card.avgScore = Fraction.of(scoreSum).divide(Fraction.of(responseCount));
        }
        List<SourceRef> complaints = sorted(tally.complaints);
        int complaintCount = complaints.size();
        card.complaints = complaintCount;
        card.complaintRecords = complaints;
        if (complaintCount != 0) {
            int resolvedInTime = tally.complaintsResolvedInTime;
            card.complaintsResolvedInTime = resolvedInTime;
            card.complaintResolution = Fraction.of(resolvedInTime, complaintCount);
        }
    }

    private static void customers(ScorecardDraft card, ManagerBook book) {
        Period period = card.period;
        long start = period.start().toEpochDay();
        long end = period.end().toEpochDay();
        List<SourceRef> base = new ArrayList<>();
        List<SourceRef> churned = new ArrayList<>();
        List<SourceRef> added = new ArrayList<>();
        for (int i = 0; i < book.customerCount(); i++) {
            long createdOn = book.customerCreatedOn(i);
            long churnedOn = book.customerChurnedOn(i);
            // churnedOn is NOT_CHURNED (after every date) when the customer never churned
            if (createdOn < start && churnedOn >= start) {
                base.add(book.customerSource(i));
                if (churnedOn < end) {
                    churned.add(book.customerSource(i));
                }
            } else if (createdOn >= start && createdOn < end) {
                added.add(book.customerSource(i));
            }
        }
        base = sorted(base);
        churned = sorted(churned);
        card.baseRecords = base;
        card.churnedRecords = churned;
        if (!base.isEmpty()) {
            card.retention = Fraction.of(base.size() - churned.size(), base.size());
        }
        card.newCustomers = added.size();
        card.newCustomerRecords = sorted(added);
    }

    /** Sorted and immutable, as {@link Explanation#of} needs it. */
    private static List<SourceRef> sorted(List<SourceRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        // Sorting the tally's own list in place is idempotent and spares a copy per figure.
        refs.sort(null);
        return List.copyOf(refs);
    }
}
