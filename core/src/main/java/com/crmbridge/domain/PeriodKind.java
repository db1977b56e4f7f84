package com.crmbridge.domain;

/** The calendar period kinds a scorecard is computed for. */
public enum PeriodKind {
    MONTH,
    QUARTER,
    YEAR
}
