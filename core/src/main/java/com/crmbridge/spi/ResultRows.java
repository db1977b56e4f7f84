package com.crmbridge.spi;

import com.crmbridge.kpi.Alert;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.kpi.Rounding;
import com.crmbridge.kpi.Scorecard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Turns KPI results into the rows every sink writes, with the columns of {@code shared/spec/csv.md}. */
public final class ResultRows {
    /** The columns of {@code scorecards.csv}, in order. */
    public static final List<String> SCORECARD_COLUMNS = List.of(
            "manager_id",
            "manager_email",
            "manager_name",
            "team",
            "period",
            "won_revenue",
            "won_deals",
            "lost_deals",
            "target",
            "attainment",
            "growth",
            "win_rate",
            "responses",
            "csat",
            "avg_score",
            "complaints",
            "complaint_resolution",
            "retention",
            "new_customers",
            "score",
            "rating",
            "rank",
            "bonus");

    /** The columns of {@code alerts.csv}, in order. */
    public static final List<String> ALERT_COLUMNS =
            List.of("type", "severity", "manager_id", "manager_email", "subject_type", "subject_id", "message");

    private ResultRows() {}

    /** Every scorecard, then every alert, as rows. */
    public static List<ResultRow> of(KpiResults results) {
        List<ResultRow> rows = new java.util.ArrayList<>(
                results.scorecards().size() + results.alerts().size());
        results.scorecards().forEach(s -> rows.add(scorecard(s)));
        results.alerts().forEach(a -> rows.add(alert(a)));
        return rows;
    }

    public static ResultRow scorecard(Scorecard s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("manager_id", s.manager().id());
        v.put("manager_email", Objects.requireNonNullElse(s.manager().email(), ""));
        v.put("manager_name", s.manager().name());
        v.put("team", Objects.requireNonNullElse(s.manager().team(), ""));
        v.put("period", s.period().toString());
        v.put("won_revenue", Rounding.text(Rounding.money(s.wonRevenue())));
        v.put("won_deals", Integer.toString(s.wonDeals()));
        v.put("lost_deals", Integer.toString(s.lostDeals()));
        v.put("target", Rounding.text(Rounding.money(s.target())));
        v.put("attainment", Rounding.text(Rounding.ratio(s.attainment())));
        v.put("growth", Rounding.text(Rounding.ratio(s.growth())));
        v.put("win_rate", Rounding.text(Rounding.ratio(s.winRate())));
        v.put("responses", Integer.toString(s.responses()));
        v.put("csat", Rounding.text(Rounding.ratio(s.csat())));
        v.put("avg_score", Rounding.text(Rounding.ratio(s.avgScore())));
        v.put("complaints", Integer.toString(s.complaints()));
        v.put("complaint_resolution", Rounding.text(Rounding.ratio(s.complaintResolution())));
        v.put("retention", Rounding.text(Rounding.ratio(s.retention())));
        v.put("new_customers", Integer.toString(s.newCustomers()));
        v.put("score", Rounding.text(Rounding.score(s.score())));
        v.put("rating", s.rating().label());
        v.put("rank", Integer.toString(s.rank()));
        v.put("bonus", Rounding.text(Rounding.money(s.bonus())));
        return new ResultRow(ResultRow.Kind.SCORECARD, s.manager().key() + "|" + s.period(), v);
    }

    public static ResultRow alert(Alert a) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("type", a.type().name());
        v.put("severity", a.severity().name());
        v.put("manager_id", a.manager().id());
        v.put("manager_email", Objects.requireNonNullElse(a.manager().email(), ""));
        v.put("subject_type", a.subjectType().name());
        v.put("subject_id", a.subject().externalId());
        v.put("message", a.message());
        return new ResultRow(ResultRow.Kind.ALERT, a.key(), v);
    }
}
