package com.crmbridge.app.web;

import com.crmbridge.app.config.ConfiguredConnector;
import com.crmbridge.app.config.ConfiguredConnectors;
import com.crmbridge.app.config.CrmBridgeProperties;
import com.crmbridge.app.store.JdbcSyncStore;
import com.crmbridge.app.store.RunStore;
import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.StreamKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/connectors}: status, health, last and next run, cursors; resetting a cursor. */
@RestController
@RequestMapping("/api/v1/connectors")
public class ConnectorsController {
    private final ConfiguredConnectors connectors;
    private final RunStore runs;
    private final ConnectorChecks checks;
    private final JdbcSyncStore store;
    private final CrmBridgeProperties properties;
    private final Clock clock;

    public ConnectorsController(
            ConfiguredConnectors connectors,
            RunStore runs,
            ConnectorChecks checks,
            JdbcSyncStore store,
            CrmBridgeProperties properties,
            Clock clock) {
        this.connectors = connectors;
        this.runs = runs;
        this.checks = checks;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Every connector; {@code check=false} skips the connectors' checks, which may call the CRMs (a check's result is
     * reused for a minute, see {@link ConnectorChecks}).
     */
    @GetMapping
    public List<ConnectorView> list(@RequestParam(defaultValue = "true") boolean check) {
        List<ConnectorView> views = new ArrayList<>();
        connectors.all().forEach(c -> views.add(view(c, check)));
        return views;
    }

    @GetMapping("/{name}")
    public ConnectorView one(@PathVariable String name, @RequestParam(defaultValue = "true") boolean check) {
        return view(find(name), check);
    }

    /** Forgets the stored cursor of one stream, so that the next run reads it from the start. */
    @DeleteMapping("/{name}/cursors/{stream}")
    public Map<String, Object> resetCursor(@PathVariable String name, @PathVariable String stream) {
        ConfiguredConnector connector = find(name);
        StreamKind kind;
        try {
            kind = StreamKind.valueOf(stream.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "unknown stream '" + stream + "'; streams: managers, customers, deals, feedback, targets");
        }
        boolean reset = store.resetCursor(connector.name(), kind);
        return Map.of("connector", connector.name(), "stream", kind.name(), "reset", reset);
    }

    private ConfiguredConnector find(String name) {
        return connectors
                .find(name)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no connector named '" + name + "'"));
    }

    private ConnectorView view(ConfiguredConnector c, boolean check) {
        String health = null;
        List<String> details = List.of();
        if (check) {
            CheckResult result = checks.check(c);
            health = result.healthy() ? "UP" : "DOWN";
            details = result.healthy() ? result.details() : result.problems();
        }
        ConnectorView.LastRun last = runs.lastOf(c.name())
                .map(run -> new ConnectorView.LastRun(
                        run.id(),
                        run.status(),
                        run.startedAt(),
                        run.finishedAt(),
                        run.streams().stream()
                                .filter(s -> s.connector().equals(c.name()))
                                .toList()))
                .orElse(null);
        Map<String, String> cursors = new LinkedHashMap<>();
        store.cursors(c.name()).forEach((stream, value) -> cursors.put(stream.name(), value));
        return new ConnectorView(
                c.name(),
                c.type(),
                c.read(),
                c.write(),
                c.schedule().toString(),
                health,
                details,
                last,
                c.read() ? next(c) : null,
                cursors);
    }

    private @Nullable Instant next(ConfiguredConnector c) {
        ZonedDateTime next = c.schedule().next(ZonedDateTime.now(clock.withZone(properties.zone())));
        return next == null ? null : next.toInstant();
    }
}
