package com.crmbridge.kpi;

import com.crmbridge.domain.SourceRef;

/**
 * A risk as of asOf, with the manager it belongs to and the record it is about.
 *
 * @param type what kind of risk
 * @param severity how urgent
 * @param manager the manager the alert belongs to
 * @param subjectType the kind of record it is about
 * @param subject the record it is about; for manager alerts the manager's primary source record
 * @param message a sentence a team lead understands, in the configured locale
 */
public record Alert(
        AlertType type,
        Severity severity,
        ManagerIdentity manager,
        SubjectType subjectType,
        SourceRef subject,
        String message) {
    /** The stable key of this alert: the same risk on the same record keeps its key from run to run. */
    public String key() {
        return type + "|" + manager.key() + "|" + subject;
    }
}
