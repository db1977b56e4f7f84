package com.crmbridge.kpi;

import java.time.Instant;
import java.util.List;

/**
 * The output of one KPI run.
 *
 * @param rulesVersion a hash of the configuration the figures were computed with
 * @param asOf the instant the snapshot figures and alerts were computed at
 * @param scorecards one per manager and period, in manager then period order
 * @param alerts the alerts as of asOf
 */
public record KpiResults(String rulesVersion, Instant asOf, List<Scorecard> scorecards, List<Alert> alerts) {
    public KpiResults {
        scorecards = List.copyOf(scorecards);
        alerts = List.copyOf(alerts);
    }
}
