package com.crmbridge.kpi;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The figures of a scorecard that carry an explanation, with the names {@link Scorecard#explanations()} uses. */
enum Figure {
    WON_REVENUE("wonRevenue"),
    WON_DEALS("wonDeals"),
    LOST_DEALS("lostDeals"),
    TARGET("target"),
    ATTAINMENT("attainment"),
    GROWTH("growth"),
    WIN_RATE("winRate"),
    RESPONSES("responses"),
    CSAT("csat"),
    AVG_SCORE("avgScore"),
    COMPLAINTS("complaints"),
    COMPLAINT_RESOLUTION("complaintResolution"),
    BASE("base"),
    CHURNED("churned"),
    RETENTION("retention"),
    NEW_CUSTOMERS("newCustomers"),
    SCORE("score"),
    RATING("rating"),
    RANK("rank"),
    BONUS("bonus");

    private static final Map<String, Figure> BY_LABEL = byLabel();

    private final String label;

    Figure(String label) {
        this.label = label;
    }

    /** The name of the figure in {@link Scorecard#explanations()}. */
    String label() {
        return label;
    }

    /**
     * The figure's slot in a scorecard's explanation array ({@link FigureExplanations}): an array per
     * scorecard where an {@code EnumMap} would add a map object and a key array to each of 80,000 scorecards.
     */
    @SuppressWarnings("EnumOrdinal") // the slot is the declaration order, used only inside one run
    int index() {
        return ordinal();
    }

    /** The figure of that name, or null when there is none. */
    static @Nullable Figure byLabel(String label) {
        return BY_LABEL.get(label);
    }

    private static Map<String, Figure> byLabel() {
        Map<String, Figure> byLabel = new HashMap<>();
        for (Figure figure : values()) {
            byLabel.put(figure.label, figure);
        }
        return Map.copyOf(byLabel);
    }
}
