package com.crmbridge.spi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a sink has to do for a set of rows against its ledger: create the new, update the changed, skip the
 * identical, resolve the alerts that stopped firing. Shared so that every sink diffs the same way.
 *
 * @param create rows never pushed
 * @param update rows pushed before with other values, with the destination id they were pushed under
 * @param unchanged rows pushed before with the same values
 * @param resolve alerts pushed before that are not in the rows any more
 */
public record PushPlan(List<ResultRow> create, List<Update> update, List<ResultRow> unchanged, List<Resolve> resolve) {
    public PushPlan {
        create = List.copyOf(create);
        update = List.copyOf(update);
        unchanged = List.copyOf(unchanged);
        resolve = List.copyOf(resolve);
    }

    /** A row to update and the destination's id of it. */
    public record Update(ResultRow row, String destinationId) {}

    /** An alert to set to resolved: its key and the destination's id of it. */
    public record Resolve(String key, String destinationId) {}

    public static PushPlan of(List<ResultRow> rows, PushLedger ledger) {
        List<ResultRow> create = new ArrayList<>();
        List<Update> update = new ArrayList<>();
        List<ResultRow> unchanged = new ArrayList<>();
        Set<String> alertKeys = new HashSet<>();
        Set<String> activeScorecards = ledger.activeKeys(ResultRow.Kind.SCORECARD);
        Set<String> activeAlerts = ledger.activeKeys(ResultRow.Kind.ALERT);
        for (ResultRow row : rows) {
            if (row.kind() == ResultRow.Kind.ALERT) {
                alertKeys.add(row.key());
            }
            var previous = ledger.find(row.key());
            if (previous.isEmpty()) {
                create.add(row);
            } else if (previous.get().fingerprint().equals(row.fingerprint())
                    && (row.kind() == ResultRow.Kind.ALERT ? activeAlerts : activeScorecards).contains(row.key())) {
                unchanged.add(row);
            } else {
                update.add(new Update(row, previous.get().destinationId()));
            }
        }
        List<Resolve> resolve = new ArrayList<>();
        for (String key : activeAlerts) {
            if (!alertKeys.contains(key)) {
                ledger.find(key).ifPresent(entry -> resolve.add(new Resolve(key, entry.destinationId())));
            }
        }
        return new PushPlan(create, update, unchanged, resolve);
    }
}
