package com.crmbridge.kpi;

import static com.crmbridge.kpi.Fixture.card;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.crmbridge.domain.Period;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every formula of the worked example as read from the scorecard (the engine renders them only when read), and
 * the scorecard's explanation map behaving as an ordinary immutable map.
 */
class ExplanationsTest {
    private static final Period Q2 = Period.quarter(2026, 2);

    private static Scorecard workedExampleQ2() {
        return card(WorkedExampleTest.example().compute("2026-06-30T18:00"), "wf", Q2);
    }

    @Test
    void everyFormulaOfTheWorkedExample() {
        Map<String, String> formulas = new HashMap<>();
        workedExampleQ2().explanations().forEach((figure, explanation) -> formulas.put(figure, explanation.formula()));

        assertThat(formulas)
                .containsOnly(
                        Map.entry("wonRevenue", "wonRevenue = sum of 2 WON deals = 230000.00"),
                        Map.entry("wonDeals", "wonDeals = 2"),
                        Map.entry("lostDeals", "lostDeals = 1"),
                        Map.entry("target", "target = 200000.00"),
                        Map.entry("attainment", "attainment = 230000.00 / 200000.00 = 1.1500"),
                        Map.entry("growth", "growth = (230000.00 - 200000.00) / 200000.00 = 0.1500"),
                        Map.entry("winRate", "winRate = 2 / (2 + 1) = 0.6667"),
                        Map.entry("responses", "responses = 5"),
                        Map.entry("csat", "csat = 4 / 5 = 0.8000"),
                        Map.entry("avgScore", "avgScore = 21 / 5 = 4.2000"),
                        Map.entry("complaints", "complaints = 2"),
                        Map.entry("complaintResolution", "complaintResolution = 1 / 2 = 0.5000"),
                        Map.entry("base", "base = 4 customers created before 2026-04-01 and not churned before it"),
                        Map.entry("churned", "churned = 1 of base churned before 2026-07-01"),
                        Map.entry("retention", "retention = (4 - 1) / 4 = 0.7500"),
                        Map.entry("newCustomers", "newCustomers = 1 customers created in 2026-Q2"),
                        Map.entry(
                                "score",
                                "score = 100 × (35 × 1.0000 + 10 × 1.0000 + 10 × 1.0000 + 25 × 0.8889 + 20 ×"
                                        + " 0.7895) / (35 + 10 + 10 + 25 + 20) = 93.01"),
                        Map.entry("rating", "rating = A (score 93.01 >= 90)"),
                        Map.entry(
                                "rank", "rank = 1 of 1 in team 华东 (score desc, then wonRevenue desc, then manager id)"),
                        Map.entry("bonus", "bonus = 20000.00 × 1.2250 × 1 = 24500.00"));
    }

    @Test
    void explanationsAreAnImmutableMapEqualToItsCopy() {
        Map<String, Explanation> explanations = workedExampleQ2().explanations();
        Map<String, Explanation> copy = Map.copyOf(explanations);

        assertThat(explanations).hasSize(20).isEqualTo(copy).hasSameHashCodeAs(copy);
        assertThat(explanations.get("csat")).isSameAs(copy.get("csat"));
        assertThat(explanations.get("noSuchFigure")).isNull();
        assertThat(explanations.containsKey("churned")).isTrue();
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> explanations.put("csat", new Explanation("x", java.util.List.of())));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> explanations.entrySet().clear());
    }

    @Test
    void aRenderedExplanationEqualsOneMadeFromItsText() {
        Explanation csat = workedExampleQ2().explanation("csat");
        Explanation written = new Explanation(csat.formula(), csat.records());

        assertThat(csat).isEqualTo(written).hasSameHashCodeAs(written).hasToString(written.toString());
        assertThat(csat.records()).hasSize(5);
    }
}
