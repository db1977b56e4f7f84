package com.crmbridge.kpi;

import com.crmbridge.domain.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Computes scorecards, bonuses, ranks and alerts exactly as {@code shared/spec/kpi.md} defines them.
 *
 * <p>One pass reads every record once and files it under its person and period; the figures are then
 * aggregated per person and period, so the cost grows with the number of records and scorecards, never with
 * managers × deals. Arithmetic is exact (fractions of {@link java.math.BigDecimal}s); the scorecard carries
 * unrounded figures and {@link Rounding} rounds them when shown or stored. Thread-safe: an engine holds only
 * its configuration.
 *
 * <p>A run uses a second processor when there is one: a filing thread of its own files the records while the
 * calling thread reads the streams (which stay on the calling thread, as a store's cursors need), and the
 * scorecards of different people and the finished scorecards are computed on the common fork-join pool. The
 * results are the same as on one thread: each person's figures are computed by one thread, and every list is
 * put in its documented order (docs/adr/0007).
 */
public final class KpiEngine {
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
        List<Alert> raised = new ArrayList<>(index.recordAlerts());
        raised.addAll(new ManagerAlerts(config, messages).raise(index));
        List<ManagerIdentity> peopleInOrder = new ArrayList<>(people.size());
        people.forEach(person -> peopleInOrder.add(directory.person(person)));
        List<Alert> alerts = AlertOrder.sorted(raised, peopleInOrder);

        // people are independent until ranked: their scorecards are computed in parallel, each person's on one
        // thread, into the slots that keep the results in person and period order
        ScorecardCalculator calculator = new ScorecardCalculator(config, index.records());
        int periodCount = periods.size();
        ScorecardDraft[] drafts = new ScorecardDraft[people.size() * periodCount];
        IntStream.range(0, people.size()).parallel().forEach(position -> {
            int person = people.get(position);
            ManagerIdentity manager = directory.person(person);
            ManagerBook book = index.book(person);
            for (int p = 0; p < periodCount; p++) {
                drafts[position * periodCount + p] = calculator.compute(manager, book, periods.get(p));
            }
            index.release(person);
        });
        Ranking.rank(Arrays.asList(drafts));
        List<Scorecard> scorecards = Arrays.stream(drafts)
                .parallel()
                .map(ScorecardDraft::toScorecard)
                .toList();
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
