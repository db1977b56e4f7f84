package com.crmbridge.domain;

/** The canonical deal stages; the first four are open. Connectors map their CRM's values onto these. */
public enum DealStage {
    QUALIFICATION,
    NEEDS_ANALYSIS,
    PROPOSAL,
    NEGOTIATION,
    WON,
    LOST;

    /** Whether a deal in this stage is still open (neither won nor lost). */
    public boolean isOpen() {
        return this != WON && this != LOST;
    }
}
