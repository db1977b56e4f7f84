package com.crmbridge.kpi;

import com.crmbridge.domain.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The alerts about a manager as a whole: SATISFACTION_DROP between the last complete period and the one
 * before it, and OVERLOAD against the median workload of the team's active managers. The subject of both is
 * the manager's primary source record.
 */
final class ManagerAlerts {
    private final KpiConfig config;
    private final AlertMessages messages;

    ManagerAlerts(KpiConfig config, AlertMessages messages) {
        this.config = config;
        this.messages = messages;
    }

    List<Alert> raise(RecordIndex index) {
        List<Alert> alerts = new ArrayList<>();
        satisfactionDrops(index, alerts);
        overloads(index, alerts);
        return alerts;
    }

    private void satisfactionDrops(RecordIndex index, List<Alert> alerts) {
        LocalDate asOfDate = LocalDate.ofInstant(index.asOf(), config.zone());
        Period last = Period.of(config.periodKind(), asOfDate).previous();
        Period before = last.previous();
        Fraction limit = Fraction.of(config.alerts().satisfactionDrop());
        ManagerDirectory directory = index.directory();
        for (int person = 0; person < directory.size(); person++) {
            ManagerBook book = index.book(person);
            Fraction csatLast = csat(book.tallyOrEmpty(last));
            Fraction csatBefore = csat(book.tallyOrEmpty(before));
            if (csatLast == null || csatBefore == null) {
                continue;
            }
            Fraction drop = csatBefore.subtract(csatLast);
            if (drop.compareTo(limit) >= 0) {
                ManagerIdentity manager = directory.person(person);
                String message = messages.format(
                        "satisfaction.drop",
                        manager.name(),
                        before.toString(),
                        Shown.percent(csatBefore),
                        last.toString(),
                        Shown.percent(csatLast),
                        Shown.percent(drop));
                alerts.add(managerAlert(AlertType.SATISFACTION_DROP, manager, message));
            }
        }
    }

    private static @Nullable Fraction csat(PeriodTally tally) {
        int responses = tally.responses.size();
        return responses == 0 ? null : Fraction.of(tally.positiveResponses, responses);
    }

    private void overloads(RecordIndex index, List<Alert> alerts) {
        ManagerDirectory directory = index.directory();
        Map<String, List<Integer>> teams = new HashMap<>();
        for (int person = 0; person < directory.size(); person++) {
            ManagerIdentity manager = directory.person(person);
            if (manager.active()) {
                // A team name cannot contain a NUL, so it stands for "no team" without colliding.
                teams.computeIfAbsent(Objects.requireNonNullElse(manager.team(), "\0"), t -> new ArrayList<>())
                        .add(person);
            }
        }
        Fraction factor = Fraction.of(config.alerts().overloadFactor());
        for (List<Integer> members : teams.values()) {
            if (members.size() < config.alerts().overloadMinTeam()) {
                continue;
            }
            List<Long> workloads = new ArrayList<>(members.size());
            for (int person : members) {
                workloads.add(workload(index.book(person)));
            }
            Fraction median = median(workloads);
            Fraction limit = factor.multiply(median);
            for (int i = 0; i < members.size(); i++) {
                long workload = workloads.get(i);
                if (Fraction.of(workload).compareTo(limit) > 0) {
                    alerts.add(
                            overload(directory.person(members.get(i)), index.book(members.get(i)), workload, median));
                }
            }
        }
    }

    private long workload(ManagerBook book) {
        return (long) book.activeCustomers
                + book.openDeals
                + (long) config.alerts().complaintWorkload() * book.unresolvedComplaints;
    }

    /** The middle value; the mean of the two middle values of an even count. */
    static Fraction median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Fraction.of(sorted.get(middle));
        }
        return Fraction.of(sorted.get(middle - 1) + sorted.get(middle), 2);
    }

    private Alert overload(ManagerIdentity manager, ManagerBook book, long workload, Fraction median) {
        String team = manager.team();
        String message = messages.format(
                team == null ? "overload.noTeam" : "overload",
                manager.name(),
                Long.toString(workload),
                Integer.toString(book.activeCustomers),
                Integer.toString(book.openDeals),
                Integer.toString(book.unresolvedComplaints),
                Shown.plain(config.alerts().overloadFactor()),
                Shown.plain(median),
                team == null ? "" : team);
        return managerAlert(AlertType.OVERLOAD, manager, message);
    }

    private static Alert managerAlert(AlertType type, ManagerIdentity manager, String message) {
        return new Alert(
                type,
                Severity.MEDIUM,
                manager,
                SubjectType.MANAGER,
                manager.sources().get(0),
                message);
    }
}
