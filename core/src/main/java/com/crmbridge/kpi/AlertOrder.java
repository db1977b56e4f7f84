package com.crmbridge.kpi;

import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Puts the alerts in their documented order: by manager key, then type, then subject. The people already come
 * in key order, so the alerts are laid out by the position of their manager in one pass (a counting sort) and
 * only each manager's own few alerts are compared, instead of comparing key strings across a hundred thousand
 * alerts.
 */
final class AlertOrder {
    private static final Comparator<Alert> OF_ONE_MANAGER =
            Comparator.comparing(Alert::type).thenComparing(Alert::subject);

    private static final Comparator<Alert> FULL =
            Comparator.comparing((Alert alert) -> alert.manager().key()).thenComparing(OF_ONE_MANAGER);

    private AlertOrder() {}

    /**
     * The alerts in order; {@code people} are the managers in key order, the same instances the alerts name.
     */
    static List<Alert> sorted(List<Alert> alerts, List<ManagerIdentity> people) {
        IdentityHashMap<ManagerIdentity, Integer> positions = new IdentityHashMap<>(people.size());
        for (int position = 0; position < people.size(); position++) {
            positions.put(people.get(position), position);
        }
        int[] positionOf = new int[alerts.size()];
        int[] starts = new int[people.size() + 1];
        for (int i = 0; i < alerts.size(); i++) {
            Integer position = positions.get(alerts.get(i).manager());
            if (position == null) {
                // not one of the directory's people: only the full comparison knows where it goes
                Alert[] all = alerts.toArray(new Alert[0]);
                Arrays.sort(all, FULL);
                return Arrays.asList(all);
            }
            positionOf[i] = position;
            starts[position + 1]++;
        }
        for (int position = 0; position < people.size(); position++) {
            starts[position + 1] += starts[position];
        }
        Alert[] sorted = new Alert[alerts.size()];
        int[] next = Arrays.copyOf(starts, people.size());
        for (int i = 0; i < alerts.size(); i++) {
            sorted[next[positionOf[i]]++] = alerts.get(i);
        }
        for (int position = 0; position < people.size(); position++) {
            if (starts[position + 1] - starts[position] > 1) {
                Arrays.sort(sorted, starts[position], starts[position + 1], OF_ONE_MANAGER);
            }
        }
        return Arrays.asList(sorted);
    }
}
