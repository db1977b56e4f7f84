package com.crmbridge.kpi;

/** What kind of record an alert is about. */
public enum SubjectType {
    CUSTOMER,
    DEAL,
    FEEDBACK,
    MANAGER
}
