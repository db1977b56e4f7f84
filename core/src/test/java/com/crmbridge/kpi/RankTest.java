package com.crmbridge.kpi;

import static com.crmbridge.kpi.Fixture.card;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import org.junit.jupiter.api.Test;

/** Ranks within the team: score, then wonRevenue, then manager id. */
class RankTest {
    private static final Period Q1 = Period.quarter(2026, 1);

    private final KpiResults results = new Fixture()
            .manager("m1", null, "East")
            .manager("m2", null, "East")
            .manager("crm", "m3", null, "East", ManagerTier.STANDARD, false)
            .manager("m6", null, "East")
            .manager("m4", null, null)
            .manager("m5", null, null)
            .manager("w1", null, "West")
            // East: all with winRate 1 (score 100) except m3 who has no score
            .won("a", "m1", "100", "2026-01-10")
            .won("b", "m2", "200", "2026-01-10")
            .won("c", "m6", "100", "2026-01-10")
            // no team: m4 scores 100, m5 scores 0
            .won("d", "m4", "50", "2026-01-10")
            .lost("e", "m5", "2026-01-10")
            .compute("2026-03-01T00:00");

    @Test
    void rankOrdersByScoreThenWonRevenueThenManagerIdWithinTheTeam() {
        assertThat(card(results, "m2", Q1).rank()).isEqualTo(1);
        assertThat(card(results, "m1", Q1).rank()).isEqualTo(2);
        assertThat(card(results, "m6", Q1).rank()).isEqualTo(3);
    }

    @Test
    void rankPutsAnEmptyScoreLastAndCountsInactiveManagers() {
        assertThat(card(results, "m3", Q1).rank()).isEqualTo(4);
        assertThat(card(results, "m3", Q1).explanation("rank").formula()).startsWith("rank = 4 of 4 in team East");
    }

    @Test
    void rankGroupsManagersWithNoTeamTogether() {
        assertThat(card(results, "m4", Q1).rank()).isEqualTo(1);
        assertThat(card(results, "m5", Q1).rank()).isEqualTo(2);
        assertThat(card(results, "m5", Q1).explanation("rank").formula())
                .startsWith("rank = 2 of 2 among managers without a team");
        assertThat(card(results, "w1", Q1).rank()).isEqualTo(1);
    }
}
