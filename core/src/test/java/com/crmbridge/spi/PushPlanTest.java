package com.crmbridge.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.kpi.AlertType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushPlanTest {
    private final InMemoryPushLedger ledger = new InMemoryPushLedger();

    private final ResultRow scorecard = ResultRows.scorecard(KpiFixtures.scorecard("23000"));
    private final ResultRow overdue = ResultRows.alert(KpiFixtures.alert(AlertType.OVERDUE_DEAL, "D1"));
    private final ResultRow stale = ResultRows.alert(KpiFixtures.alert(AlertType.STALE_KEY_ACCOUNT, "C1"));

    @Test
    void rowsNeverPushedAreCreated() {
        PushPlan plan = PushPlan.of(List.of(scorecard, overdue), ledger);

        assertThat(plan.create()).containsExactly(scorecard, overdue);
        assertThat(plan.update()).isEmpty();
        assertThat(plan.unchanged()).isEmpty();
        assertThat(plan.resolve()).isEmpty();
    }

    @Test
    void rowsPushedWithTheSameValuesAreUnchanged() {
        ledger.pushed(scorecard, "Z-1");
        ledger.pushed(overdue, "Z-2");

        PushPlan plan = PushPlan.of(List.of(scorecard, overdue), ledger);

        assertThat(plan.unchanged()).containsExactly(scorecard, overdue);
        assertThat(plan.create()).isEmpty();
        assertThat(plan.update()).isEmpty();
    }

    @Test
    void rowsPushedWithOtherValuesAreUpdatedUnderTheirDestinationId() {
        ledger.pushed(scorecard, "Z-1");
        ResultRow changed = ResultRows.scorecard(KpiFixtures.scorecard("24000"));

        PushPlan plan = PushPlan.of(List.of(changed), ledger);

        assertThat(plan.update()).containsExactly(new PushPlan.Update(changed, "Z-1"));
    }

    @Test
    void alertsThatStoppedFiringAreResolvedOnce() {
        ledger.pushed(overdue, "Z-2");
        ledger.pushed(stale, "Z-3");

        PushPlan plan = PushPlan.of(List.of(stale), ledger);
        assertThat(plan.resolve()).containsExactly(new PushPlan.Resolve(overdue.key(), "Z-2"));
        assertThat(plan.unchanged()).containsExactly(stale);

        ledger.resolved(overdue.key());
        assertThat(PushPlan.of(List.of(stale), ledger).resolve()).isEmpty();
    }

    @Test
    void aResolvedAlertThatFiresAgainIsUpdatedToOpenUnderItsOldId() {
        ledger.pushed(overdue, "Z-2");
        ledger.resolved(overdue.key());

        PushPlan plan = PushPlan.of(List.of(overdue), ledger);

        assertThat(plan.update()).containsExactly(new PushPlan.Update(overdue, "Z-2"));
        assertThat(plan.unchanged()).isEmpty();

        ledger.pushed(overdue, "Z-2");
        assertThat(PushPlan.of(List.of(overdue), ledger).unchanged()).containsExactly(overdue);
    }

    @Test
    void scorecardsAreNeverResolved() {
        ledger.pushed(scorecard, "Z-1");

        assertThat(PushPlan.of(List.of(), ledger).resolve()).isEmpty();
    }

    @Test
    void thePlansListsCannotBeChangedAfterwards() {
        PushPlan plan = PushPlan.of(List.of(scorecard), ledger);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan.create().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
