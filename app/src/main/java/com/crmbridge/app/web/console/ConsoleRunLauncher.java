package com.crmbridge.app.web.console;

import com.crmbridge.app.flow.RunOutcome;
import com.crmbridge.app.flow.RunRequest;
import com.crmbridge.app.flow.RunService;
import com.crmbridge.sync.SyncListener;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Starts the runs asked for by the console's Run-now button on a thread of its own, so that the request returns
 * at once and the page follows the run in the history. Runs wait for each other through the run service's
 * database lock, as scheduled runs do.
 */
@Component
class ConsoleRunLauncher implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleRunLauncher.class);

    private final RunService runs;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "console-run");
        thread.setDaemon(true);
        return thread;
    });

    ConsoleRunLauncher(RunService runs) {
        this.runs = runs;
    }

    /**
     * Pulls one reading connector now, then computes and pushes when its data changed, as its schedule would; for
     * a connector that is only written, runs everything so that fresh results are pushed to it.
     */
    void launch(String connector, boolean reads) {
        RunRequest request = reads
                ? new RunRequest("api", List.of(connector), null, false, true, new SyncListener() {})
                : RunRequest.everything("api", null, false, new SyncListener() {});
        executor.execute(() -> {
            RunOutcome outcome = runs.run(request);
            LOG.info(
                    "Run {} of '{}' started from the console: {}{}",
                    outcome.runId(),
                    connector,
                    outcome.status(),
                    outcome.message() == null ? "" : " — " + outcome.message());
        });
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
