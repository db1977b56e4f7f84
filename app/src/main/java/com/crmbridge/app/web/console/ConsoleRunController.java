package com.crmbridge.app.web.console;

import com.crmbridge.app.config.ConfiguredConnector;
import com.crmbridge.app.config.ConfiguredConnectors;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The console's Run-now button: {@code POST /console/api/connectors/{name}/runs} runs one connector now. The
 * REST API's {@code POST /api/v1/runs} runs every reading connector; a team lead fixing one export wants only
 * that one pulled. Behind the same sign-in as everything else, and, being a form-login POST, CSRF-protected.
 */
@RestController
class ConsoleRunController {
    private final ConfiguredConnectors connectors;
    private final ConsoleRunLauncher launcher;

    ConsoleRunController(ConfiguredConnectors connectors, ConsoleRunLauncher launcher) {
        this.connectors = connectors;
        this.launcher = launcher;
    }

    /** Starts the run and answers {@code 202} at once; the run then shows in {@code GET /api/v1/runs}. */
    @PostMapping("/console/api/connectors/{name}/runs")
    ResponseEntity<Map<String, String>> runNow(@PathVariable String name) {
        ConfiguredConnector connector = connectors
                .find(name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no connector named " + name));
        launcher.launch(connector.name(), connector.read());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(Map.of("connector", connector.name(), "runs", "/api/v1/runs"));
    }
}
