package com.crmbridge.app.cli;

import com.crmbridge.app.flow.RunOutcome;
import com.crmbridge.app.store.PushRun;
import com.crmbridge.app.store.RunRecord;
import com.crmbridge.app.store.StoredReject;
import com.crmbridge.app.store.StreamRun;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The text the command line prints after a run: per stream, per sink, alerts by type, the top rejects. */
final class RunSummary {
    private RunSummary() {}

    static String render(
            RunOutcome outcome,
            @Nullable RunRecord run,
            Map<String, Integer> alertsByType,
            List<StoredReject> topRejects,
            long rejectsInAll) {
        StringBuilder text = new StringBuilder();
        if (run == null) {
            text.append("No run: ").append(outcome.message()).append('\n');
            return text.toString();
        }
        text.append(String.format(
                Locale.ROOT, "CRM Bridge run %d: %s (as of %s)%n", run.id(), outcome.status(), run.asOf()));
        if (!run.streams().isEmpty()) {
            text.append(String.format(
                    Locale.ROOT,
                    "%nPulled%n  %-14s %-10s %9s %9s %9s %9s %8s %9s%n",
                    "connector",
                    "stream",
                    "read",
                    "rejected",
                    "deleted",
                    "API calls",
                    "credits",
                    "time"));
            for (StreamRun s : run.streams()) {
                text.append(String.format(
                        Locale.ROOT,
                        "  %-14s %-10s %,9d %,9d %,9d %,9d %,8d %8.1fs%s%n",
                        s.connector(),
                        s.stream().toLowerCase(Locale.ROOT),
                        s.read(),
                        s.rejected(),
                        s.deleted(),
                        s.apiCalls(),
                        s.credits(),
                        s.durationMs() / 1000.0,
                        "COMPLETED".equals(s.status()) ? "" : "  " + s.status()));
            }
        }
        if (outcome.computed()) {
            text.append(String.format(
                    Locale.ROOT, "%nComputed %,d scorecards and %,d alerts%n", run.scorecards(), run.alerts()));
        } else {
            text.append(String.format(Locale.ROOT, "%nKPIs not computed in this run%n"));
        }
        if (!run.pushes().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nPushed%n"));
            for (PushRun p : run.pushes()) {
                if (p.error() != null) {
                    text.append(String.format(Locale.ROOT, "  %-14s FAILED: %s%n", p.connector(), p.error()));
                } else {
                    text.append(String.format(
                            Locale.ROOT,
                            "  %-14s %,d pushed (%,d new, %,d updated, %,d resolved), %,d unchanged, %,d rejected%n",
                            p.connector(),
                            p.created() + p.updated() + p.resolved(),
                            p.created(),
                            p.updated(),
                            p.resolved(),
                            p.unchanged(),
                            p.rejected()));
                }
            }
        }
        if (!alertsByType.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nAlerts%n"));
            alertsByType.forEach(
                    (type, count) -> text.append(String.format(Locale.ROOT, "  %-22s %,6d%n", type, count)));
        }
        if (!topRejects.isEmpty()) {
            text.append(String.format(
                    Locale.ROOT, "%nRejected rows (%,d in all; the most frequent first)%n", rejectsInAll));
            for (StoredReject r : topRejects) {
                text.append("  ")
                        .append(r.connector())
                        .append(' ')
                        .append(describe(r))
                        .append('\n');
            }
        }
        if (outcome.message() != null) {
            text.append(String.format(Locale.ROOT, "%nProblems%n"));
            for (String line : outcome.message().split("\n")) {
                text.append("  ").append(line).append('\n');
            }
        }
        return text.toString();
    }

    private static String describe(StoredReject r) {
        StringBuilder where = new StringBuilder(r.where());
        if (r.line() > 0) {
            where.append(" line ").append(r.line());
        }
        if (r.recordId() != null) {
            where.append(", record ").append(r.recordId());
        }
        if (r.column() != null) {
            where.append(", column ").append(r.column());
        }
        if (r.rawValue() != null) {
            where.append(", value '").append(r.rawValue()).append('\'');
        }
        where.append(": ").append(r.reason());
        if (r.count() > 1) {
            where.append(" (seen ").append(r.count()).append(" times)");
        }
        return where.toString();
    }
}
