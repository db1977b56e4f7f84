package com.crmbridge.app.cli;

import com.crmbridge.app.flow.RunOutcome;
import com.crmbridge.app.flow.RunRequest;
import com.crmbridge.app.flow.RunService;
import com.crmbridge.app.flow.RunStatus;
import com.crmbridge.app.store.RejectStore;
import com.crmbridge.app.store.ResultStore;
import com.crmbridge.app.store.RunStore;
import com.crmbridge.sync.SyncListener;
import java.io.PrintStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * {@code --once}: one run of everything, a summary on standard output, and the exit code of the run's status
 * (0 succeeded, 1 failed, 2 bad command line or configuration, 3 partial, 4 another run in progress).
 */
public final class OnceRunner implements ApplicationRunner, ExitCodeGenerator {
    /** The exit code of a bad command line (and of a configuration that stops the start). */
    public static final int USAGE = 2;

    private final RunService runService;
    private final RunStore runs;
    private final ResultStore results;
    private final RejectStore rejects;
    private final PrintStream out;
    private final boolean terminal;
    private int exitCode;

    public OnceRunner(
            RunService runService,
            RunStore runs,
            ResultStore results,
            RejectStore rejects,
            PrintStream out,
            boolean terminal) {
        this.runService = runService;
        this.runs = runs;
        this.results = results;
        this.rejects = rejects;
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant asOf;
        try {
            asOf = asOf(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            exitCode = USAGE;
            return;
        }
        boolean fullRefresh = args.containsOption("full-refresh");
        SyncListener progress = terminal ? new ProgressLines(out) : new SyncListener() {};
        if (terminal) {
            out.println("CRM Bridge: pulling" + (fullRefresh ? " (full refresh)" : "") + "…");
        }
        RunOutcome outcome = runService.run(RunRequest.everything("cli", asOf, fullRefresh, progress));
        var run = outcome.runId() == 0 ? null : runs.find(outcome.runId()).orElse(null);
        out.print(RunSummary.render(
                outcome, run, results.alertCounts(), rejects.list(null, null, 10), rejects.count(null)));
        if (outcome.status() != RunStatus.SUCCEEDED) {
            out.println();
            out.println("Exit code " + outcome.status().exitCode() + " (" + outcome.status() + "). docs/operations.md"
                    + " explains each problem and what to do.");
        }
        exitCode = outcome.status().exitCode();
    }

    private static @Nullable Instant asOf(ApplicationArguments args) {
        List<String> values = args.getOptionValues("as-of");
        if (values == null || values.isEmpty()) {
            return null;
        }
        String text = values.get(values.size() - 1);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "--as-of must be an ISO-8601 date-time with an offset, for example"
                            + " --as-of=2026-11-15T12:00:00+08:00; was '" + text + "'",
                    e);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
