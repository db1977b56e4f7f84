package com.crmbridge.kpi;

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

    private final String label;

    Figure(String label) {
        this.label = label;
    }

    /** The name of the figure in {@link Scorecard#explanations()}. */
    String label() {
        return label;
    }
}
