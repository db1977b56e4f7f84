package com.crmbridge.kpi;

/** The risks the engine warns of (风险管理). */
public enum AlertType {
    STALE_KEY_ACCOUNT,
    OVERDUE_DEAL,
    UNRESOLVED_COMPLAINT,
    SATISFACTION_DROP,
    OVERLOAD
}
