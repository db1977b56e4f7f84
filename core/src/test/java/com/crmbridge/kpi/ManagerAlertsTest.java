package com.crmbridge.kpi;

import static com.crmbridge.kpi.Fixture.alerts;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manager alerts: SATISFACTION_DROP and OVERLOAD. */
class ManagerAlertsTest {

    @Test
    void satisfactionDropComparesTheLastCompletePeriodWithTheOneBefore() {
        Fixture data = new Fixture()
                .manager("m1", null, "East")
                .manager("m2", null, "East")
                .manager("m3", null, "East");
        // m1: Q1 3 of 4 = 0.75, Q2 3 of 5 = 0.60: exactly 0.15 lower
        surveys(data, "m1", "2026-02-01T10:00", 5, 5, 4, 1);
        surveys(data, "m1", "2026-05-01T10:00", 5, 5, 4, 1, 2);
        // m2: Q1 0.75, Q2 2 of 3: 0.0833 lower
        surveys(data, "m2", "2026-02-01T10:00", 5, 5, 4, 1);
        surveys(data, "m2", "2026-05-01T10:00", 5, 4, 1);
        // m3: no responses in Q2
        surveys(data, "m3", "2026-02-01T10:00", 5, 5, 5, 5);
        // responses in Q3, the period containing asOf, play no part
        surveys(data, "m2", "2026-07-01T10:00", 1, 1, 1);

        List<Alert> drops = alerts(data.compute("2026-07-01T00:00"), AlertType.SATISFACTION_DROP);

        assertThat(drops).extracting(a -> a.manager().id()).containsExactly("m1");
        Alert drop = drops.get(0);
        assertThat(drop.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(drop.subjectType()).isEqualTo(SubjectType.MANAGER);
        assertThat(drop.subject()).isEqualTo(new SourceRef("crm", "m1"));
        assertThat(drop.message()).isEqualTo("Name m1 的客户满意度（CSAT）由 2026-Q1 的 75.0% 降至 2026-Q2 的 60.0%，下降 15.0 个百分点");
    }

    private static void surveys(Fixture data, String manager, String receivedAt, int... scores) {
        for (int i = 0; i < scores.length; i++) {
            data.survey(manager + "-" + receivedAt + "-" + i, null, manager, receivedAt, scores[i]);
        }
    }

    @Test
    void overloadComparesWithTheMeanOfTheTwoMiddleWorkloadsOfAnEvenTeam() {
        Fixture data = new Fixture()
                .manager("m1", null, "East")
                .manager("m2", null, "East")
                .manager("m3", null, "East")
                .manager("m4", null, "East")
                .manager("crm", "m5", null, "East", ManagerTier.STANDARD, false);
        customers(data, "m1", 10);
        customers(data, "m2", 2);
        data.customer("m2-churned", "m2", "2020-01-01", "2026-05-01");
        customers(data, "m3", 4);
        customers(data, "m4", 2);
        data.deal("open", "m4", "10", DealStage.PROPOSAL, "2026-12-01")
                .complaint("x1", null, "m4", "2026-04-30T10:00", null);
        customers(data, "m5", 100);

        // workloads 10, 2, 4, 2 + 1 + 3 × 1 = 6 (m5 is inactive): median (4 + 6) / 2 = 5, limit 7.5
        List<Alert> overloads = alerts(data.compute("2026-05-01T12:00"), AlertType.OVERLOAD);

        assertThat(overloads).extracting(a -> a.manager().id()).containsExactly("m1");
        assertThat(overloads.get(0).message())
                .isEqualTo("Name m1 工作量 10（在管客户 10、进行中商机 0、未解决投诉 0），超过团队「East」中位数 5 的 1.5 倍");
        assertThat(overloads.get(0).subject()).isEqualTo(new SourceRef("crm", "m1"));
    }

    @Test
    void overloadNeedsATeamOfAtLeastThreeActiveManagers() {
        Fixture data = new Fixture().manager("w1", null, "West").manager("w2", null, "West");
        customers(data, "w1", 100);
        customers(data, "w2", 1);

        assertThat(alerts(data.compute("2026-05-01T12:00"), AlertType.OVERLOAD)).isEmpty();
    }

    @Test
    void overloadTakesManagersWithNoTeamAsOneGroupAndNeedsMoreThanTheLimit() {
        Fixture data = new Fixture()
                .manager("n1", null, null)
                .manager("n2", null, null)
                .manager("n3", null, null)
                .manager("s1", null, "South")
                .manager("s2", null, "South")
                .manager("s3", null, "South");
        customers(data, "n1", 1);
        customers(data, "n2", 1);
        customers(data, "n3", 2);
        // South: median 2, limit 3: a workload of exactly 3 is not above it
        customers(data, "s1", 2);
        customers(data, "s2", 2);
        customers(data, "s3", 3);

        List<Alert> overloads = alerts(data.compute("2026-05-01T12:00"), AlertType.OVERLOAD);

        assertThat(overloads).extracting(a -> a.manager().id()).containsExactly("n3");
        assertThat(overloads.get(0).message()).contains("无团队");
    }

    private static void customers(Fixture data, String owner, int count) {
        for (int i = 0; i < count; i++) {
            data.customer(owner + "-c" + i, owner, "2020-01-01", null);
        }
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(ManagerAlerts.median(List.of(7L, 1L, 3L, 4L))).isEqualTo(Fraction.of(7, 2));
        assertThat(ManagerAlerts.median(List.of(9L, 1L, 3L))).isEqualTo(Fraction.of(3));
    }
}
