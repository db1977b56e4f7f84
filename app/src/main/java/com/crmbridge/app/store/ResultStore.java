package com.crmbridge.app.store;

import com.crmbridge.domain.SourceRef;
import com.crmbridge.kpi.Alert;
import com.crmbridge.kpi.Explanation;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.kpi.Rounding;
import com.crmbridge.kpi.Scorecard;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The latest KPI results, replaced as a whole by each KPI run in one transaction, every figure rounded as it is
 * written to {@code scorecards.csv}; read by the REST API.
 */
public final class ResultStore {
    private static final TypeReference<Map<String, StoredExplanation>> EXPLANATIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final JsonMapper json = JsonMapper.builder().build();

    public ResultStore(JdbcTemplate template, TransactionTemplate tx) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
        this.tx = tx;
    }

    /** Replaces the stored results with these. */
    public void replace(KpiResults results, long runId) {
        OffsetDateTime asOf = RunStore.utc(results.asOf());
        List<Object[]> scorecards = new ArrayList<>();
        for (Scorecard s : results.scorecards()) {
            scorecards.add(new Object[] {
                s.manager().key(),
                s.period().toString(),
                s.period().start(),
                s.manager().id(),
                s.manager().email(),
                s.manager().name(),
                s.manager().team(),
                Rounding.money(s.wonRevenue()),
                s.wonDeals(),
                s.lostDeals(),
                Rounding.money(s.target()),
                Rounding.ratio(s.attainment()),
                Rounding.ratio(s.growth()),
                Rounding.ratio(s.winRate()),
                s.responses(),
                Rounding.ratio(s.csat()),
                Rounding.ratio(s.avgScore()),
                s.complaints(),
                Rounding.ratio(s.complaintResolution()),
                Rounding.ratio(s.retention()),
                s.newCustomers(),
                Rounding.score(s.score()),
                s.rating().label(),
                s.rank(),
                Rounding.money(s.bonus()),
                json.writeValueAsString(explanations(s.explanations())),
                results.rulesVersion(),
                asOf,
                runId
            });
        }
        List<Object[]> alerts = new ArrayList<>();
        for (Alert a : results.alerts()) {
            alerts.add(new Object[] {
                a.key(),
                a.type().name(),
                a.severity().name(),
                a.manager().key(),
                a.manager().id(),
                a.manager().email(),
                a.manager().name(),
                a.manager().team(),
                a.subjectType().name(),
                a.subject().connector(),
                a.subject().externalId(),
                a.message(),
                results.rulesVersion(),
                asOf,
                runId
            });
        }
        tx.executeWithoutResult(status -> {
            template.update("DELETE FROM scorecard");
            template.update("DELETE FROM alert");
            template.batchUpdate(
                    """
                    INSERT INTO scorecard (manager_key, period, period_start, manager_id, manager_email, manager_name,
                        team, won_revenue, won_deals, lost_deals, target, attainment, growth, win_rate, responses,
                        csat, avg_score, complaints, complaint_resolution, retention, new_customers, score, rating,
                        manager_rank, bonus, explanations, rules_version, as_of, run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    scorecards);
            template.batchUpdate(
                    """
                    INSERT INTO alert (alert_key, alert_type, severity, manager_key, manager_id, manager_email,
                        manager_name, team, subject_type, subject_connector, subject_id, message, rules_version,
                        as_of, run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    alerts);
        });
    }

    /** The periods that have scorecards, oldest first. */
    public List<String> periods() {
        return jdbc.sql("SELECT period FROM scorecard GROUP BY period, period_start ORDER BY period_start")
                .query(String.class)
                .list();
    }

    /**
     * Scorecards of a period (the latest when {@code null}), optionally of one team, in team then rank order.
     *
     * @param team a team name; the empty text selects managers without a team
     */
    public List<StoredScorecard> scorecards(@Nullable String period, @Nullable String team) {
        String chosen = period;
        if (chosen == null) {
            List<String> periods = periods();
            if (periods.isEmpty()) {
                return List.of();
            }
            chosen = periods.get(periods.size() - 1);
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM scorecard WHERE period = ?");
        List<Object> params = new ArrayList<>(List.of(chosen));
        if (team != null) {
            if (team.isEmpty()) {
                sql.append(" AND team IS NULL");
            } else {
                sql.append(" AND team = ?");
                params.add(team);
            }
        }
        sql.append(" ORDER BY team, manager_rank, manager_id");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> scorecard(rs))
                .list();
    }

    /** One manager's scorecards over every period, oldest first; the manager by id, e-mail or key. */
    public List<StoredScorecard> trend(String manager) {
        return jdbc.sql(
                        """
                        SELECT * FROM scorecard WHERE manager_id = ? OR manager_email = ? OR manager_key = ?
                        ORDER BY period_start, manager_key""")
                .params(manager, manager.toLowerCase(java.util.Locale.ROOT), manager)
                .query((rs, n) -> scorecard(rs))
                .list();
    }

    /** The current alerts matching the filter, most severe first. */
    public List<StoredAlert> alerts(AlertFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT * FROM alert WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.type() != null) {
            sql.append(" AND alert_type = ?");
            params.add(filter.type().toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.severity() != null) {
            sql.append(" AND severity = ?");
            params.add(filter.severity().toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.team() != null) {
            sql.append(" AND team = ?");
            params.add(filter.team());
        }
        if (filter.manager() != null) {
            sql.append(" AND (manager_id = ? OR manager_email = ? OR manager_key = ?)");
            params.add(filter.manager());
            params.add(filter.manager().toLowerCase(java.util.Locale.ROOT));
            params.add(filter.manager());
        }
        sql.append(" ORDER BY CASE severity WHEN 'HIGH' THEN 0 ELSE 1 END, alert_type, manager_id, subject_id");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new StoredAlert(
                        rs.getString("alert_key"),
                        rs.getString("alert_type"),
                        rs.getString("severity"),
                        rs.getString("manager_key"),
                        rs.getString("manager_id"),
                        rs.getString("manager_email"),
                        rs.getString("manager_name"),
                        rs.getString("team"),
                        rs.getString("subject_type"),
                        rs.getString("subject_connector"),
                        rs.getString("subject_id"),
                        rs.getString("message"),
                        Objects.requireNonNull(RunStore.instant(rs, "as_of"))))
                .list();
    }

    /** Alerts counted by type. */
    public Map<String, Integer> alertCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.sql("SELECT alert_type, COUNT(*) FROM alert GROUP BY alert_type").query(rs -> {
            counts.put(rs.getString(1), rs.getInt(2));
        });
        return counts;
    }

    private StoredScorecard scorecard(ResultSet rs) throws SQLException {
        return new StoredScorecard(
                rs.getString("manager_key"),
                rs.getString("manager_id"),
                rs.getString("manager_email"),
                rs.getString("manager_name"),
                rs.getString("team"),
                rs.getString("period"),
                rs.getBigDecimal("won_revenue"),
                rs.getInt("won_deals"),
                rs.getInt("lost_deals"),
                rs.getBigDecimal("target"),
                rs.getBigDecimal("attainment"),
                rs.getBigDecimal("growth"),
                rs.getBigDecimal("win_rate"),
                rs.getInt("responses"),
                rs.getBigDecimal("csat"),
                rs.getBigDecimal("avg_score"),
                rs.getInt("complaints"),
                rs.getBigDecimal("complaint_resolution"),
                rs.getBigDecimal("retention"),
                rs.getInt("new_customers"),
                rs.getBigDecimal("score"),
                rs.getString("rating"),
                rs.getInt("manager_rank"),
                rs.getBigDecimal("bonus"),
                json.readValue(rs.getString("explanations"), EXPLANATIONS),
                rs.getString("rules_version"),
                Objects.requireNonNull(RunStore.instant(rs, "as_of")));
    }

    private static Map<String, StoredExplanation> explanations(Map<String, Explanation> explanations) {
        Map<String, StoredExplanation> stored = new LinkedHashMap<>();
        new TreeMap<>(explanations)
                .forEach((figure, e) -> stored.put(
                        figure,
                        new StoredExplanation(
                                e.formula(),
                                e.records().stream().map(SourceRef::toString).toList())));
        return stored;
    }
}
