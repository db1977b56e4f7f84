package com.crmbridge.kpi;

/** The rating a score earns; {@link #NA} when there is no score. */
public enum Rating {
    A("A"),
    B("B"),
    C("C"),
    D("D"),
    NA("N/A");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    /** {@code A}–{@code D} or {@code N/A}, as shown and written. */
    public String label() {
        return label;
    }
}
