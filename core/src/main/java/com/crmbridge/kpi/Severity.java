package com.crmbridge.kpi;

/** How urgent an alert is. */
public enum Severity {
    MEDIUM,
    HIGH
}
