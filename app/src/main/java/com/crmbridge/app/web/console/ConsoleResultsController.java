package com.crmbridge.app.web.console;

import com.crmbridge.app.store.AlertFilter;
import com.crmbridge.app.store.ResultStore;
import com.crmbridge.app.store.StoredAlert;
import com.crmbridge.app.store.StoredScorecard;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stored KPI results as the console reads them, under {@code /console/api}: periods, scorecards with their
 * explanations, a manager's trend, managers and alerts. Written for the console while the REST API under
 * {@code /api} did not offer these yet; it reads the same store.
 */
@RestController
@RequestMapping("/console/api")
class ConsoleResultsController {
    private final ResultStore results;

    ConsoleResultsController(ResultStore results) {
        this.results = results;
    }

    /** The periods with scorecards, oldest first. */
    @GetMapping("/periods")
    List<String> periods() {
        return results.periods();
    }

    /** One period's scorecards (the latest without {@code period}), optionally of one team. */
    @GetMapping("/scorecards")
    List<StoredScorecard> scorecards(
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String team) {
        return results.scorecards(blankToNull(period), blankToNull(team));
    }

    /** A manager's scorecards over every period, oldest first; the manager by id, e-mail or key. */
    @GetMapping("/managers/{manager}/scorecards")
    List<StoredScorecard> trend(@PathVariable String manager) {
        return results.trend(manager);
    }

    /** Every manager with a scorecard, as of the latest period, by id. */
    @GetMapping("/managers")
    List<ManagerView> managers() {
        Map<String, ManagerView> managers = new LinkedHashMap<>();
        for (String period : results.periods()) {
            for (StoredScorecard card : results.scorecards(period, null)) {
                managers.put(card.managerId(), new ManagerView(card.managerId(), card.managerName(), card.team()));
            }
        }
        return managers.values().stream()
                .sorted(Comparator.comparing(ManagerView::id))
                .toList();
    }

    /** The current alerts, most severe first; each criterion left out matches all. */
    @GetMapping("/alerts")
    List<StoredAlert> alerts(
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String severity,
            @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable String manager) {
        return results.alerts(
                new AlertFilter(blankToNull(type), blankToNull(severity), blankToNull(team), blankToNull(manager)));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
