package com.crmbridge.kpi;

import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import java.math.BigDecimal;
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
    private final RecordTable records;

    ScorecardCalculator(KpiConfig config, RecordTable records) {
        this.records = records;
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

    private void revenue(ScorecardDraft card, PeriodTally tally, PeriodTally before) {
        List<SourceRef> won = tally.sortedWonDeals(records);
        List<SourceRef> lost = records.sorted(tally.lostDeals);
        BigDecimal wonRevenue = tally.wonRevenue;
        card.wonRevenue = wonRevenue;
        card.wonDeals = won.size();
        card.lostDeals = lost.size();
        card.wonRecords = won;
        card.lostRecords = lost;
        card.targetRecords = records.sorted(tally.targets);

        BigDecimal target = tally.target;
        card.target = target;
        if (target != null && target.signum() != 0) {
            card.attainment = Fraction.of(wonRevenue).divide(Fraction.of(target));
        }

        card.wonBeforeRecords = before.sortedWonDeals(records);
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

    private void feedback(ScorecardDraft card, PeriodTally tally) {
        List<SourceRef> responses = records.sorted(tally.responses);
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
        List<SourceRef> complaints = records.sorted(tally.complaints);
        int complaintCount = complaints.size();
        card.complaints = complaintCount;
        card.complaintRecords = complaints;
        if (complaintCount != 0) {
            int resolvedInTime = tally.complaintsResolvedInTime;
            card.complaintsResolvedInTime = resolvedInTime;
            card.complaintResolution = Fraction.of(resolvedInTime, complaintCount);
        }
    }

    private void customers(ScorecardDraft card, ManagerBook book) {
        Period period = card.period;
        long start = period.start().toEpochDay();
        long end = period.end().toEpochDay();
        RecordTable.RecordList base = new RecordTable.RecordList();
        RecordTable.RecordList churned = new RecordTable.RecordList();
        RecordTable.RecordList added = new RecordTable.RecordList();
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
        List<SourceRef> baseRecords = records.sorted(base);
        List<SourceRef> churnedRecords = records.sorted(churned);
        card.baseRecords = baseRecords;
        card.churnedRecords = churnedRecords;
        if (!baseRecords.isEmpty()) {
            card.retention = Fraction.of(baseRecords.size() - churnedRecords.size(), baseRecords.size());
        }
        card.newCustomers = added.size();
        card.newCustomerRecords = records.sorted(added);
    }
}
