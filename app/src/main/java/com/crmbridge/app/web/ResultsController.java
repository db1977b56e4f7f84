package com.crmbridge.app.web;

import com.crmbridge.app.store.AlertFilter;
import com.crmbridge.app.store.RejectStore;
import com.crmbridge.app.store.ResultStore;
import com.crmbridge.app.store.StoredAlert;
import com.crmbridge.app.store.StoredReject;
import com.crmbridge.app.store.StoredScorecard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1}: scorecards, a manager's trend, managers, alerts and rejects, from the latest KPI run. */
@RestController
@RequestMapping("/api/v1")
public class ResultsController {
    private final ResultStore results;
    private final RejectStore rejects;

    public ResultsController(ResultStore results, RejectStore rejects) {
        this.results = results;
        this.rejects = rejects;
    }

    /** The periods that have scorecards, oldest first. */
    @GetMapping("/periods")
    public List<String> periods() {
        return results.periods();
    }

    /**
     * The scorecards of a period (the latest by default), of one team if given, each figure rounded as written and
     * explained.
     */
    @GetMapping("/scorecards")
    public List<StoredScorecard> scorecards(
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String team) {
        return results.scorecards(period, team);
    }

    /** One manager's scorecards over every period, oldest first; the manager by id, e-mail or key. */
    @GetMapping("/managers/{manager}/scorecards")
    public List<StoredScorecard> trend(@PathVariable String manager) {
        List<StoredScorecard> trend = results.trend(manager);
        if (trend.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no scorecards for manager '" + manager + "'");
        }
        return trend;
    }

    /** The managers of the latest period: key, id, e-mail, name and team. */
    @GetMapping("/managers")
    public List<Map<String, @Nullable Object>> managers() {
        return results.scorecards(null, null).stream()
                .map(s -> {
                    Map<String, @Nullable Object> manager = new LinkedHashMap<>();
                    manager.put("key", s.managerKey());
                    manager.put("id", s.managerId());
                    manager.put("email", s.managerEmail());
                    manager.put("name", s.managerName());
                    manager.put("team", s.team());
                    return manager;
                })
                .toList();
    }

    /** The current alerts, filtered by type, severity, team and manager. */
    @GetMapping("/alerts")
    public List<StoredAlert> alerts(
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String severity,
            @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable String manager) {
        return results.alerts(new AlertFilter(type, severity, team, manager));
    }

    /** Rows set aside, most often seen first: where, why, the raw value, how often and since when. */
    @GetMapping("/rejects")
    public List<StoredReject> rejects(
            @RequestParam(required = false) @Nullable String connector,
            @RequestParam(required = false) @Nullable String stream,
            @RequestParam(defaultValue = "100") int limit) {
        return rejects.list(connector, stream, Math.max(1, Math.min(limit, 10_000)));
    }
}
