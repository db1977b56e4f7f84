package com.crmbridge.kpi;

import com.crmbridge.domain.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Ranks within a team and period: score descending with empty last, then wonRevenue descending, then manager
 * id (and the merged key, so that two sources' equal ids still rank apart). Managers with no team form one
 * group; every manager counts, active or not.
 */
final class Ranking {
    static final Comparator<ScorecardDraft> ORDER = Comparator.comparing(
                    (ScorecardDraft card) -> card.score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(card -> card.wonRevenue, Comparator.reverseOrder())
            .thenComparing(card -> card.manager.id())
            .thenComparing(card -> card.manager.key());

    private Ranking() {}

    static void rank(List<ScorecardDraft> cards) {
        Map<Group, List<ScorecardDraft>> groups = new HashMap<>();
        for (ScorecardDraft card : cards) {
            groups.computeIfAbsent(new Group(card.manager.team(), card.period), g -> new ArrayList<>())
                    .add(card);
        }
        groups.forEach((group, members) -> {
            members.sort(ORDER);
            String scope = group.team() == null
                    ? "among managers without a team"
                    : "in team " + Objects.requireNonNull(group.team());
            int count = members.size();
            for (int i = 0; i < count; i++) {
                members.get(i).rank(i + 1, count, scope);
            }
        });
    }

    private record Group(@Nullable String team, Period period) {}
}
