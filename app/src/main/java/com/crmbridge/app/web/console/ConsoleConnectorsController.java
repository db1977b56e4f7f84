package com.crmbridge.app.web.console;

import com.crmbridge.app.config.ConfiguredConnector;
import com.crmbridge.app.config.ConfiguredConnectors;
import com.crmbridge.app.config.CrmBridgeProperties;
import com.crmbridge.app.store.RejectStore;
import com.crmbridge.app.store.RunRecord;
import com.crmbridge.app.store.RunStore;
import com.crmbridge.app.store.StoredReject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The connectors, their runs and rejects as the console reads them, under {@code /console/api}. Written for the
 * console while the REST API under {@code /api} did not offer these yet; it reads the same store.
 */
@RestController
@RequestMapping("/console/api")
class ConsoleConnectorsController {
    private static final int HISTORY = 50;
    private static final int MAX_REJECTS = 1000;

    private final ConfiguredConnectors connectors;
    private final RunStore runs;
    private final RejectStore rejects;
    private final ConsoleRunLauncher launcher;
    private final Clock clock;
    private final ZoneId zone;

    ConsoleConnectorsController(
            ConfiguredConnectors connectors,
            RunStore runs,
            RejectStore rejects,
            ConsoleRunLauncher launcher,
            Clock clock,
            CrmBridgeProperties properties) {
        this.connectors = connectors;
        this.runs = runs;
        this.rejects = rejects;
        this.launcher = launcher;
        this.clock = clock;
        this.zone = properties.zone();
    }

    @GetMapping("/connectors")
    List<ConnectorView> connectors() {
        return connectors.all().stream().map(this::view).toList();
    }

    /** The latest runs, newest first; with {@code connector}, those that read or pushed it. */
    @GetMapping("/runs")
    List<RunRecord> runs(@RequestParam(required = false) @Nullable String connector) {
        List<RunRecord> recent = runs.recent(HISTORY);
        if (connector == null || connector.isBlank()) {
            return recent;
        }
        return recent.stream().filter(run -> touches(run, connector)).toList();
    }

    /** Starts a run of the connector now; 202 at once, the run then shows in {@code /runs}. */
    @PostMapping("/connectors/{name}/runs")
    ResponseEntity<Map<String, String>> runNow(@PathVariable String name) {
        ConfiguredConnector connector = find(name);
        launcher.launch(connector.name(), connector.read());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("connector", connector.name()));
    }

    @GetMapping("/connectors/{name}/rejects")
    List<StoredReject> rejects(@PathVariable String name) {
        return rejects.list(find(name).name(), null, MAX_REJECTS);
    }

    private ConfiguredConnector find(String name) {
        return connectors
                .find(name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no connector named " + name));
    }

    private ConnectorView view(ConfiguredConnector connector) {
        Optional<RunRecord> last = runs.lastOf(connector.name());
        @Nullable
        String error = last.flatMap(run -> errorOf(run, connector.name())).orElse(null);
        String health = last.isEmpty() ? "UNKNOWN" : error == null ? "UP" : "DOWN";
        @Nullable Instant next = null;
        @Nullable String schedule = null;
        if (connector.read()) {
            schedule = connector.schedule().toString();
            ZonedDateTime fires = connector.schedule().next(ZonedDateTime.now(clock.withZone(zone)));
            next = fires == null ? null : fires.toInstant();
        }
        return new ConnectorView(
                connector.name(),
                connector.type(),
                connector.read(),
                connector.write(),
                schedule,
                next,
                health,
                error,
                last.orElse(null));
    }

    private static boolean touches(RunRecord run, String connector) {
        return run.streams().stream().anyMatch(stream -> stream.connector().equals(connector))
                || run.pushes().stream().anyMatch(push -> push.connector().equals(connector));
    }

    /** The first error the connector's streams or push had in the run. */
    private static Optional<String> errorOf(RunRecord run, String connector) {
        return Stream.concat(
                        run.streams().stream()
                                .filter(stream -> stream.connector().equals(connector))
                                .map(stream -> stream.error()),
                        run.pushes().stream()
                                .filter(push -> push.connector().equals(connector))
                                .map(push -> push.error()))
                .filter(Objects::nonNull)
                .findFirst();
    }
}
