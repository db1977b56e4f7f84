package com.crmbridge.kpi;

import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The merged managers and the resolution of every source's manager reference to one of them.
 *
 * <p>Managers with the same (lower-cased) e-mail are one person; a manager without e-mail is its own person,
 * keyed {@code connector:externalId}. The primary record, which gives id, name, team and tier, is the first
 * active record by connector then id, or the first record when none is active. A reference to an id no
 * manager record has becomes a placeholder person keyed {@code connector:id}, named by the id, STANDARD,
 * inactive and without team, so that no deal, feedback, customer or target is silently lost.
 */
final class ManagerDirectory {
    /** Active first, then by source, then by the remaining fields so that duplicates resolve the same way. */
    private static final Comparator<Manager> PRIMARY_FIRST = Comparator.comparing((Manager m) -> !m.active())
            .thenComparing(Manager::source)
            .thenComparing(Manager::name)
            .thenComparing(Manager::tier)
            .thenComparing(m -> String.valueOf(m.team()));

    private final List<ManagerIdentity> people = new ArrayList<>();
    private final Map<String, Map<String, Integer>> byConnectorAndId = new HashMap<>();

    private ManagerDirectory() {}

    /** Reads the managers once and merges them; people are numbered in key order. */
    static ManagerDirectory of(Stream<Manager> managers) {
        Map<String, List<Manager>> byKey = new TreeMap<>();
        managers.forEach(
                m -> byKey.computeIfAbsent(keyOf(m), k -> new ArrayList<>()).add(m));
        ManagerDirectory directory = new ManagerDirectory();
        byKey.forEach((key, records) -> {
            records.sort(PRIMARY_FIRST);
            Manager primary = records.get(0);
            List<SourceRef> sources = new ArrayList<>();
            sources.add(primary.source());
            records.stream()
                    .skip(1)
                    .map(Manager::source)
                    .sorted()
                    .filter(s -> !sources.contains(s))
                    .forEach(sources::add);
            boolean active = records.stream().anyMatch(Manager::active);
            directory.add(new ManagerIdentity(
                    key,
                    primary.source().externalId(),
                    primary.name(),
                    primary.email(),
                    primary.team(),
                    primary.tier(),
                    active,
                    sources));
        });
        return directory;
    }

    private static String keyOf(Manager manager) {
        String email = manager.email();
        return email != null ? email : manager.source().toString();
    }

    private int add(ManagerIdentity person) {
        int index = people.size();
        people.add(person);
        for (SourceRef source : person.sources()) {
            byConnectorAndId
                    .computeIfAbsent(source.connector(), c -> new HashMap<>())
                    .putIfAbsent(source.externalId(), index);
        }
        return index;
    }

    /** The index of the person the connector's manager id refers to, adding a placeholder for an unknown id. */
    int resolve(String connector, String managerId) {
        Map<String, Integer> ids = byConnectorAndId.get(connector);
        Integer index = ids == null ? null : ids.get(managerId);
        if (index != null) {
            return index;
        }
        SourceRef ref = new SourceRef(connector, managerId);
        return add(new ManagerIdentity(
                ref.toString(), managerId, managerId, null, null, ManagerTier.STANDARD, false, List.of(ref)));
    }

    ManagerIdentity person(int index) {
        return people.get(index);
    }

    int size() {
        return people.size();
    }
}
