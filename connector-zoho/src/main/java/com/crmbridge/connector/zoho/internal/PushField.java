package com.crmbridge.connector.zoho.internal;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scorecard figure pushed to Zoho: its product name (the {@code fields.scorecards.*} key), the result column it
 * comes from, and how it is written (section 6: ratios with 4 decimals, money and score with 2, counts as
 * integers, text as strings, an undefined figure as null).
 */
enum PushField {
    PERIOD("period", "period", Shape.TEXT),
    WON_REVENUE("wonRevenue", "won_revenue", Shape.DECIMAL),
    WON_DEALS("wonDeals", "won_deals", Shape.INTEGER),
    LOST_DEALS("lostDeals", "lost_deals", Shape.INTEGER),
    TARGET("target", "target", Shape.DECIMAL),
    ATTAINMENT("attainment", "attainment", Shape.DECIMAL),
    GROWTH("growth", "growth", Shape.DECIMAL),
    WIN_RATE("winRate", "win_rate", Shape.DECIMAL),
    RESPONSES("responses", "responses", Shape.INTEGER),
    CSAT("csat", "csat", Shape.DECIMAL),
    AVG_SCORE("avgScore", "avg_score", Shape.DECIMAL),
    COMPLAINTS("complaints", "complaints", Shape.INTEGER),
    COMPLAINT_RESOLUTION("complaintResolution", "complaint_resolution", Shape.DECIMAL),
    RETENTION("retention", "retention", Shape.DECIMAL),
    NEW_CUSTOMERS("newCustomers", "new_customers", Shape.INTEGER),
    SCORE("score", "score", Shape.DECIMAL),
    RATING("rating", "rating", Shape.TEXT),
    RANK("rank", "rank", Shape.INTEGER),
    BONUS("bonus", "bonus", Shape.DECIMAL);

    enum Shape {
        TEXT,
        DECIMAL,
        INTEGER
    }

    private final String product;
    private final String column;
    private final Shape shape;

    PushField(String product, String column, Shape shape) {
        this.product = product;
        this.column = column;
        this.shape = shape;
    }

    /** The {@code fields.scorecards.<product>} key. */
    String product() {
        return product;
    }

    /** The result column ({@code won_revenue}). */
    String column() {
        return column;
    }

    /**
     * Writes the value into a Zoho row. The text is already rounded by the result rows, so the decimal keeps
     * exactly the scale the contract asks for.
     */
    void write(ObjectNode row, String zohoField, String text) {
        if (text.isEmpty()) {
            row.putNull(zohoField);
            return;
        }
        switch (shape) {
            case TEXT -> row.put(zohoField, text);
            case DECIMAL -> row.put(zohoField, new BigDecimal(text));
            case INTEGER -> row.put(zohoField, Long.parseLong(text));
        }
    }

    static List<PushField> all() {
        return List.of(values());
    }
}
