package com.crmbridge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CanonicalRecordsTest {
    private static final SourceRef REF = new SourceRef("crm", "1");

    @Test
    void managerEmailIsLowerCasedAndBlankTextBecomesEmpty() {
        Manager manager = new Manager(REF, " Li Lei ", "Li.Lei@Example.COM", " ", ManagerTier.STANDARD, true);

        assertThat(manager.email()).isEqualTo("li.lei@example.com");
        assertThat(manager.name()).isEqualTo("Li Lei");
        assertThat(manager.team()).isNull();
    }

    @Test
    void managerRejectsAnEmailWithoutAtSign() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Manager(REF, "Li", "li.example.com", null, ManagerTier.STANDARD, true))
                .withMessage("Manager.email is not an e-mail address: 'li.example.com'");
    }

    @Test
    void customerRejectsChurnBeforeCreation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Customer(
                        REF,
                        "C",
                        "m1",
                        CustomerTier.KEY,
                        LocalDate.parse("2026-02-01"),
                        LocalDate.parse("2026-01-31"),
                        null))
                .withMessage("Customer.churnedOn must not be before createdOn 2026-02-01: 2026-01-31");
    }

    @Test
    void customerIsActiveUntilTheDayItChurns() {
        Customer customer = new Customer(
                REF, "C", "m1", CustomerTier.KEY, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01"), null);

        assertThat(customer.activeOn(LocalDate.parse("2026-02-28"))).isTrue();
        assertThat(customer.activeOn(LocalDate.parse("2026-03-01"))).isFalse();
    }

    @Test
    void dealRejectsANegativeAmountAndAnEmptyOwner() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Deal(
                        REF, null, "m1", new BigDecimal("-1.50"), DealStage.WON, LocalDate.parse("2026-01-01"), null))
                .withMessage("Deal.amount must not be negative: -1.50");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new Deal(REF, null, " ", BigDecimal.ONE, DealStage.WON, LocalDate.parse("2026-01-01"), null))
                .withMessage("Deal.ownerId must not be empty: ' '");
    }

    @Test
    void onlyTheFirstFourStagesAreOpen() {
        assertThat(DealStage.QUALIFICATION.isOpen()).isTrue();
        assertThat(DealStage.NEGOTIATION.isOpen()).isTrue();
        assertThat(DealStage.WON.isOpen()).isFalse();
        assertThat(DealStage.LOST.isOpen()).isFalse();
    }

    @Test
    void feedbackRejectsAScoreOutsideOneToFiveAndResolutionBeforeReceipt() {
        Instant received = Instant.parse("2026-01-01T00:00:00Z");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new Feedback(REF, null, null, received, new BigDecimal("5.5"), FeedbackKind.SURVEY, null))
                .withMessage("Feedback.score must be within 1..5: 5.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new Feedback(REF, null, null, received, null, FeedbackKind.COMPLAINT, received.minusSeconds(1)))
                .withMessageStartingWith("Feedback.resolvedAt must not be before receivedAt");
    }

    @Test
    void feedbackScoreOnAnotherScaleMapsLinearlyOntoOneToFive() {
        // NPS 0–10: 1 + 4 × (s − 0) / 10
        assertThat(Feedback.rescale(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN))
                .isEqualByComparingTo("1");
        assertThat(Feedback.rescale(BigDecimal.valueOf(7), BigDecimal.ZERO, BigDecimal.TEN))
                .isEqualByComparingTo("3.8");
        assertThat(Feedback.rescale(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN))
                .isEqualByComparingTo("5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Feedback.rescale(BigDecimal.valueOf(11), BigDecimal.ZERO, BigDecimal.TEN))
                .withMessage("score must be within 0..10: 11");
    }

    @Test
    void targetRejectsANegativeAmountAndHasANaturalId() {
        Period q1 = Period.quarter(2026, 1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Target(REF, "m1", q1, new BigDecimal("-1"), null))
                .withMessage("Target.amount must not be negative: -1");
        assertThat(Target.naturalId("m1", q1)).isEqualTo("m1:2026-Q1");
    }

    @Test
    void sourceRefPrintsAsConnectorColonIdAndOrdersByConnectorThenId() {
        assertThat(new SourceRef("crm", "7")).hasToString("crm:7");
        assertThat(new SourceRef("crm", "9")).isLessThan(new SourceRef("files", "1"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SourceRef("", "1"))
                .withMessage("SourceRef.connector must not be empty: ''");
    }
}
