package com.crmbridge.kpi;

import static com.crmbridge.kpi.Fixture.alerts;
import static com.crmbridge.kpi.Fixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.Customer;
import com.crmbridge.domain.CustomerTier;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.SourceRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The record alerts: STALE_KEY_ACCOUNT, OVERDUE_DEAL and UNRESOLVED_COMPLAINT, as of asOf. */
class AlertRulesTest {
    private static final Instant AS_OF = at("2026-05-01T12:00");

    private static List<String> subjects(List<Alert> alerts) {
        return alerts.stream()
                .map(a -> a.subject().externalId() + " " + a.severity())
                .toList();
    }

    @Test
    void staleKeyAccountAlertsAfterThirtyDaysAndIsHighAfterSixtyOrWhenNeverContacted() {
        Fixture data = new Fixture()
                .manager("m1", null, "East")
                .keyCustomer("k30", "Thirty", "m1", AS_OF.minus(Duration.ofDays(30)))
                .keyCustomer(
                        "k31",
                        "Thirty plus",
                        "m1",
                        AS_OF.minus(Duration.ofDays(30)).minusSeconds(1))
                .keyCustomer("k60", "Sixty", "m1", AS_OF.minus(Duration.ofDays(60)))
                .keyCustomer(
                        "k61",
                        "Sixty plus",
                        "m1",
                        AS_OF.minus(Duration.ofDays(60)).minusSeconds(1))
                .keyCustomer("kNever", "Never", "m1", null)
                .customer("normal", "m1", "2020-01-01", null);

        List<Alert> stale = alerts(data.compute(AS_OF), AlertType.STALE_KEY_ACCOUNT);

        assertThat(subjects(stale)).containsExactly("k31 MEDIUM", "k60 MEDIUM", "k61 HIGH", "kNever HIGH");
        assertThat(stale)
                .allMatch(a -> a.subjectType() == SubjectType.CUSTOMER
                        && a.manager().id().equals("m1"));
    }

    @Test
    void staleKeyAccountIgnoresACustomerChurnedOnOrBeforeAsOfsDate() {
        Fixture data = new Fixture()
                .manager("m1", null, "East")
                .add(new Customer(
                        new SourceRef("crm", "gone"),
                        "Gone",
                        "m1",
                        CustomerTier.KEY,
                        Fixture.date("2020-01-01"),
                        Fixture.date("2026-05-01"),
                        null))
                .add(new Customer(
                        new SourceRef("crm", "leaving"),
                        "Leaving",
                        "m1",
                        CustomerTier.KEY,
                        Fixture.date("2020-01-01"),
                        Fixture.date("2026-05-02"),
                        null));

        assertThat(subjects(alerts(data.compute(AS_OF), AlertType.STALE_KEY_ACCOUNT)))
                .containsExactly("leaving HIGH");
    }

    @Test
    void staleKeyAccountMessageNamesTheCustomerAndTheDays() {
        Fixture data = new Fixture()
                .manager("m1", null, "East")
                .keyCustomer("c1", "上海华信贸易有限公司", "m1", AS_OF.minus(Duration.ofDays(45)));

        Alert alert = alerts(data.compute(AS_OF), AlertType.STALE_KEY_ACCOUNT).get(0);
        assertThat(alert.message()).startsWith("重要客户「上海华信贸易有限公司」已 45 天未跟进");

        Fixture english =
                data.config(Fixture.configWith(com.crmbridge.domain.PeriodKind.QUARTER, Locale.ENGLISH, null, null));
        assertThat(alerts(english.compute(AS_OF), AlertType.STALE_KEY_ACCOUNT)
                        .get(0)
                        .message())
                .startsWith("Key account \"上海华信贸易有限公司\" has not been contacted for 45 days");
    }

    @Test
    void overdueDealComparesDatesInTheZoneAndIsHighAfterThirtyDays() {
        Fixture data = new Fixture()
                .manager("m1", null, "East")
                .customer("c1", "m1", "2020-01-01", null)
                .deal("due-today", "m1", "10", DealStage.QUALIFICATION, "2026-05-01")
                .deal("one-day", "c1", "m1", "120000", DealStage.PROPOSAL, "2026-04-30")
                .deal("thirty", "m1", "10", DealStage.NEGOTIATION, "2026-04-01")
                .deal("thirty-one", "m1", "10", DealStage.NEEDS_ANALYSIS, "2026-03-31")
                .deal("won-late", "m1", "10", DealStage.WON, "2026-01-01")
                .deal("lost-late", "m1", "10", DealStage.LOST, "2026-01-01");

        // 2026-04-30T17:00Z is already May 1st in Shanghai
        List<Alert> overdue = alerts(data.compute(Instant.parse("2026-04-30T17:00:00Z")), AlertType.OVERDUE_DEAL);

        assertThat(subjects(overdue)).containsExactly("one-day MEDIUM", "thirty MEDIUM", "thirty-one HIGH");
        assertThat(overdue.get(0).message())
                .isEqualTo("客户「Customer c1」的商机 one-day（金额 120000.00）已逾期 1 天，预计成交日 2026-04-30");
        assertThat(overdue.get(0).subjectType()).isEqualTo(SubjectType.DEAL);
    }

    @Test
    void unresolvedComplaintAlertsAfterMoreThanSevenDaysAndCountsForTheCustomersOwnerWhenNoManagerIsGiven() {
        Instant sevenDays = AS_OF.minus(Duration.ofDays(7));
        Fixture data = new Fixture()
                .manager("m1", null, "East")
                .manager("m2", null, "East")
                .customer("c1", "m2", "2020-01-01", null)
                .add(complaint("exactly-7", "m1", sevenDays, null))
                .add(complaint("just-over-7", "m1", sevenDays.minusSeconds(1), null))
                .add(complaint("resolved", "m1", sevenDays.minus(Duration.ofDays(3)), sevenDays))
                .add(complaint("owners", null, sevenDays.minus(Duration.ofDays(1)), null));

        List<Alert> unresolved = alerts(data.compute(AS_OF), AlertType.UNRESOLVED_COMPLAINT);

        assertThat(unresolved)
                .extracting(a -> a.subject().externalId() + " " + a.manager().id() + " " + a.severity())
                .containsExactly("just-over-7 m1 HIGH", "owners m2 HIGH");
        assertThat(unresolved.get(1).message()).isEqualTo("客户「Customer c1」的投诉 owners 已 8 天未解决（2026-04-23 12:00 收到）");
    }

    private static com.crmbridge.domain.Feedback complaint(
            String id, @Nullable String manager, Instant received, @Nullable Instant resolved) {
        return new com.crmbridge.domain.Feedback(
                new SourceRef("crm", id),
                "c1",
                manager,
                received,
                null,
                com.crmbridge.domain.FeedbackKind.COMPLAINT,
                resolved);
    }
}
