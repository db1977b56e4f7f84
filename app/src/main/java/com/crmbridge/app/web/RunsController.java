package com.crmbridge.app.web;

import com.crmbridge.app.flow.RunOutcome;
import com.crmbridge.app.flow.RunRequest;
import com.crmbridge.app.flow.RunService;
import com.crmbridge.app.store.RunRecord;
import com.crmbridge.app.store.RunStore;
import com.crmbridge.sync.SyncListener;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/runs}: the run history, and starting a run now. */
@RestController
@RequestMapping("/api/v1/runs")
public class RunsController implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(RunsController.class);

    private final RunService runService;
    private final RunStore runs;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "api-run");
        thread.setDaemon(true);
        return thread;
    });

    public RunsController(RunService runService, RunStore runs) {
        this.runService = runService;
        this.runs = runs;
    }

    /** The latest runs, newest first, with per-stream and per-push figures and errors. */
    @GetMapping
    public List<RunRecord> list(@RequestParam(defaultValue = "20") int limit) {
        return runs.recent(Math.max(1, Math.min(limit, 500)));
    }

    @GetMapping("/{id}")
    public RunRecord one(@PathVariable long id) {
        return runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no run " + id));
    }

    /**
     * Starts a run of every reading connector now. By default it runs in the background and the reply is
     * {@code 202 Accepted}; with {@code wait=true} the reply comes when the run ended, with the run.
     */
    @PostMapping
    public ResponseEntity<?> start(
            @RequestParam(defaultValue = "false") boolean fullRefresh,
            @RequestParam(required = false) @Nullable String asOf,
            @RequestParam(defaultValue = "false") boolean wait) {
        Instant at = parse(asOf);
        RunRequest request = RunRequest.everything("api", at, fullRefresh, new SyncListener() {});
        if (wait) {
            RunOutcome outcome = runService.run(request);
            if (outcome.runId() == 0) {
                return ResponseEntity.status(HttpStatus.CONFLICT)
                        .body(Map.of("status", outcome.status(), "message", String.valueOf(outcome.message())));
            }
            return ResponseEntity.ok(runs.find(outcome.runId()).orElseThrow());
        }
        background.execute(() -> {
            try {
                RunOutcome outcome = runService.run(request);
                LOG.info("Run started through the API: {}", outcome.status());
            } catch (RuntimeException e) {
                LOG.error("Run started through the API failed", e);
            }
        });
        return ResponseEntity.accepted().body(Map.of("accepted", true, "runs", "/api/v1/runs"));
    }

    private static @Nullable Instant parse(@Nullable String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(asOf).toInstant();
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "asOf must be ISO-8601 with an offset, e.g. 2026-11-15T12:00:00+08:00");
        }
    }

    @Override
    public void destroy() {
        background.shutdown();
    }
}
