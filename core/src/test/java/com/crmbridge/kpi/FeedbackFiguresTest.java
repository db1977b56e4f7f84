package com.crmbridge.kpi;

import static com.crmbridge.kpi.Fixture.card;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.Period;
import org.junit.jupiter.api.Test;

/** responses, csat, avgScore, complaints and complaintResolution, and who feedback counts for. */
class FeedbackFiguresTest {
    private static final Period Q2 = Period.quarter(2026, 2);

    private final Fixture data = new Fixture()
            .manager("m1", null, "East")
            .manager("m2", null, "East")
            .customer("c1", "m2", "2025-01-01", null)
            .survey("f1", "c1", "m1", "2026-04-02T10:00", 5)
            .survey("f2", "c1", "m1", "2026-04-03T10:00", 4)
            .survey("f3", "c1", "m1", "2026-05-03T10:00", 3)
            .survey("f4", "c1", "m1", "2026-06-30T23:59", 2)
            .survey("f5", "c1", "m1", "2026-07-01T00:00", 1);

    @Test
    void responsesCountScoredFeedbackReceivedInThePeriod() {
        Scorecard q2 =
                card(data.complaint("x1", "c1", "m1", "2026-04-05T10:00", null).compute("2026-08-01T00:00"), "m1", Q2);

        assertThat(q2.responses()).isEqualTo(4);
        assertThat(q2.complaints()).isEqualTo(1);
    }

    @Test
    void csatIsTheShareOfResponsesScoringAtLeastFour() {
        Scorecard q2 = card(data.compute("2026-08-01T00:00"), "m1", Q2);

        // 5 and 4 of 5, 4, 3, 2
        assertThat(q2.csat()).isEqualByComparingTo("0.5");
        assertThat(q2.explanation("csat").formula()).isEqualTo("csat = 2 / 4 = 0.5000");
    }

    @Test
    void avgScoreIsTheMeanScoreOfResponses() {
        Scorecard q2 = card(data.compute("2026-08-01T00:00"), "m1", Q2);

        // (5 + 4 + 3 + 2) / 4
        assertThat(q2.avgScore()).isEqualByComparingTo("3.5");
    }

    @Test
    void csatAndAvgScoreAreEmptyWithoutResponses() {
        Scorecard q2 = card(data.compute("2026-08-01T00:00"), "m2", Q2);

        assertThat(q2.responses()).isZero();
        assertThat(q2.csat()).isNull();
        assertThat(q2.avgScore()).isNull();
    }

    @Test
    void complaintResolutionCountsAComplaintResolvedExactlySevenDaysLater() {
        Fixture complaints = data.complaint("x1", "c1", "m1", "2026-04-01T09:00", "2026-04-08T09:00")
                .complaint("x2", "c1", "m1", "2026-04-01T09:00", "2026-04-08T09:00:01")
                .complaint("x3", "c1", "m1", "2026-04-01T09:00", null);

        Scorecard q2 = card(complaints.compute("2026-08-01T00:00"), "m1", Q2);

        assertThat(q2.complaints()).isEqualTo(3);
        // only x1 is within 7 × 24 h
        assertThat(Rounding.ratio(q2.complaintResolution())).isEqualByComparingTo("0.3333");
        assertThat(q2.explanation("complaintResolution").formula()).isEqualTo("complaintResolution = 1 / 3 = 0.3333");
    }

    @Test
    void complaintResolutionIsEmptyWithoutComplaints() {
        assertThat(card(data.compute("2026-08-01T00:00"), "m1", Q2).complaintResolution())
                .isNull();
    }

    @Test
    void feedbackWithoutManagerCountsForTheCurrentOwnerOfItsCustomer() {
        Scorecard q2 = card(data.survey("f9", "c1", null, "2026-05-01T10:00", 5).compute("2026-08-01T00:00"), "m2", Q2);

        assertThat(q2.responses()).isEqualTo(1);
        assertThat(q2.csat()).isEqualByComparingTo("1");
    }

    @Test
    void feedbackWithoutManagerOrKnownCustomerCountsForNobody() {
        KpiResults results =
                data.survey("f9", "c404", null, "2026-05-01T10:00", 5).compute("2026-08-01T00:00");

        assertThat(card(results, "m1", Q2).responses()).isEqualTo(4);
        assertThat(card(results, "m2", Q2).responses()).isZero();
        assertThat(results.scorecards()).allMatch(s -> s.manager().id().startsWith("m"));
    }

    @Test
    void feedbackReceivedLateOnMarch31InIndiaFallsInTheSecondQuarterInShanghai() {
        java.time.Instant received =
                java.time.OffsetDateTime.parse("2026-03-31T23:30:00+05:30").toInstant();
        Fixture late = new Fixture()
                .manager("m1", null, null)
                .add(new com.crmbridge.domain.Feedback(
                        new com.crmbridge.domain.SourceRef("crm", "f1"),
                        null,
                        "m1",
                        received,
                        java.math.BigDecimal.valueOf(5),
                        com.crmbridge.domain.FeedbackKind.SURVEY,
                        null));

        KpiResults results = late.compute("2026-05-01T00:00");

        assertThat(results.scorecards()).extracting(Scorecard::period).containsExactly(Q2);
        assertThat(card(results, "m1", Q2).responses()).isEqualTo(1);
    }
}
