package com.crmbridge.kpi;

import com.crmbridge.domain.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Computes scorecards, bonuses, ranks and alerts exactly as {@code shared/spec/kpi.md} defines them.
 *
 * <p>One pass reads every record once and files it under its person and period; the figures are then
 * aggregated per person and period, so the cost grows with the number of records and scorecards, never with
 * managers × deals. Arithmetic is exact (fractions of {@link java.math.BigDecimal}s); the scorecard carries
 * unrounded figures and {@link Rounding} rounds them when shown or stored. Thread-safe: an engine holds only
 * its configuration.
 */
public final class KpiEngine {
    private static final Comparator<Alert> ALERT_ORDER = Comparator.comparing(
                    (Alert a) -> a.manager().key())
            .thenComparing(Alert::type)
            .thenComparing(Alert::subject);

    private final KpiConfig config;

    public KpiEngine(KpiConfig config) {
        this.config = config;
    }

    public KpiConfig config() {
        return config;
    }

    /**
     * Computes the results of the data as of the instant: a scorecard for every manager (by merged key) and
     * every period of the range (in period order), and the alerts (by manager, type, then subject). Reads each
     * of the data's streams once and closes it.
     */
    public KpiResults compute(KpiData data, Instant asOf) {
        AlertMessages messages = new AlertMessages(config.locale());
        RecordIndex index = RecordIndex.read(data, config, asOf, messages);
        List<Period> periods = periods(index.firstPeriod(), LocalDate.ofInstant(asOf, config.zone()));

        ManagerDirectory directory = index.directory();
        List<Integer> people = new ArrayList<>(directory.size());
        for (int person = 0; person < directory.size(); person++) {
            people.add(person);
        }
        people.sort(Comparator.comparing(person -> directory.person(person).key()));

        // manager alerts first: they read the books that the scorecards then release person by person
        List<Alert> alerts = new ArrayList<>(index.recordAlerts());
        alerts.addAll(new ManagerAlerts(config, messages).raise(index));
        alerts.sort(ALERT_ORDER);

        ScorecardCalculator calculator = new ScorecardCalculator(config, index.records());
        List<ScorecardDraft> drafts = new ArrayList<>(people.size() * periods.size());
        for (int person : people) {
            for (Period period : periods) {
                drafts.add(calculator.compute(directory.person(person), index.book(person), period));
            }
            index.release(person);
        }
        Ranking.rank(drafts);
        List<Scorecard> scorecards = new ArrayList<>(drafts.size());
        drafts.forEach(draft -> scorecards.add(draft.toScorecard()));
        return new KpiResults(RulesVersion.of(config), asOf, scorecards, alerts);
    }

    /**
     * From the first period holding data through the period containing asOf, narrowed by the configured
     * {@code from} and {@code to} (each taken as the period of the configured kind that holds its first,
     * respectively last, day).
     */
    private List<Period> periods(@Nullable Period firstWithData, LocalDate asOfDate) {
        if (firstWithData == null) {
            return List.of();
        }
        Period first = firstWithData;
        Period last = Period.of(config.periodKind(), asOfDate);
        Period from = config.from();
        if (from != null) {
            Period narrowed = Period.of(config.periodKind(), from.start());
            first = narrowed.compareTo(first) > 0 ? narrowed : first;
        }
        Period to = config.to();
        if (to != null) {
            Period narrowed = Period.of(config.periodKind(), to.end().minusDays(1));
            last = narrowed.compareTo(last) < 0 ? narrowed : last;
        }
        List<Period> periods = new ArrayList<>();
        for (Period period = first; period.compareTo(last) <= 0; period = period.next()) {
            periods.add(period);
        }
        return periods;
    }
}
