package com.crmbridge.connector.csv;

import com.crmbridge.connector.csv.internal.ResultFileWriter;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.PushLedger;
import com.crmbridge.spi.PushPlan;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.ResultRow;
import com.crmbridge.spi.ResultRows;
import com.crmbridge.spi.Sink;
import com.crmbridge.spi.error.ConnectorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code scorecards.csv} and {@code alerts.csv} into the output directory. Each push rewrites both files
 * whole from the results (a file whose content did not change is left as it is); the ledger only decides the
 * outcome reported per row. An alert that stopped firing is simply absent from the new {@code alerts.csv} and
 * reported {@code RESOLVED}.
 */
public final class CsvSink implements Sink {
    /** The scorecards file's name. */
    public static final String SCORECARDS = "scorecards.csv";
    /** The alerts file's name. */
    public static final String ALERTS = "alerts.csv";

    private final Path outputDirectory;
    private final ResultFileWriter writer;

    public CsvSink(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
        this.writer = new ResultFileWriter(outputDirectory);
    }

    @Override
    public PushReport push(KpiResults results, PushLedger ledger) {
        List<ResultRow> rows = ResultRows.of(results);
        List<ResultRow> scorecards =
                rows.stream().filter(r -> r.kind() == ResultRow.Kind.SCORECARD).toList();
        List<ResultRow> alerts =
                rows.stream().filter(r -> r.kind() == ResultRow.Kind.ALERT).toList();
        PushPlan plan = PushPlan.of(rows, ledger);
        write(SCORECARDS, ResultRows.SCORECARD_COLUMNS, scorecards);
        write(ALERTS, ResultRows.ALERT_COLUMNS, alerts);
        List<PushReport.RowOutcome> outcomes =
                new ArrayList<>(rows.size() + plan.resolve().size());
        for (ResultRow row : plan.create()) {
            ledger.pushed(row, fileOf(row));
            outcomes.add(new PushReport.RowOutcome(row.kind(), row.key(), PushReport.Outcome.CREATED, null));
        }
        for (PushPlan.Update update : plan.update()) {
            ledger.pushed(update.row(), fileOf(update.row()));
            outcomes.add(new PushReport.RowOutcome(
                    update.row().kind(), update.row().key(), PushReport.Outcome.UPDATED, null));
        }
        for (ResultRow row : plan.unchanged()) {
            outcomes.add(new PushReport.RowOutcome(row.kind(), row.key(), PushReport.Outcome.UNCHANGED, null));
        }
        for (PushPlan.Resolve resolve : plan.resolve()) {
            ledger.resolved(resolve.key());
            outcomes.add(
                    new PushReport.RowOutcome(ResultRow.Kind.ALERT, resolve.key(), PushReport.Outcome.RESOLVED, null));
        }
        return new PushReport(outcomes);
    }

    private void write(String file, List<String> columns, List<ResultRow> rows) {
        try {
            writer.write(file, columns, rows);
        } catch (IOException e) {
            throw new ConnectorException.Retryable(
                    outputDirectory.resolve(file) + " cannot be written: " + e.getMessage(), e);
        }
    }

    private static String fileOf(ResultRow row) {
        return row.kind() == ResultRow.Kind.SCORECARD ? SCORECARDS : ALERTS;
    }

    @Override
    public CheckResult check() {
        List<String> problems = problems(outputDirectory);
        return problems.isEmpty()
                ? CheckResult.ok("output-directory: " + outputDirectory.toAbsolutePath() + " is writable")
                : CheckResult.failed(problems);
    }

    /** What is wrong with the output directory, each problem naming the setting. */
    static List<String> problems(Path directory) {
        Path absolute = directory.toAbsolutePath();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                return List.of("output-directory: " + absolute + " is not a directory");
            }
            return Files.isWritable(absolute)
                    ? List.of()
                    : List.of("output-directory: " + absolute + " cannot be written by this process");
        }
        Path parent = absolute.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            return List.of("output-directory: " + absolute + " does not exist and cannot be created");
        }
        return List.of();
    }
}
