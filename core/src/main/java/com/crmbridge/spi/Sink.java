package com.crmbridge.spi;

import com.crmbridge.kpi.KpiResults;

/** A connector that KPI results are written to. */
public interface Sink extends Connector {
    /**
     * Writes scorecards and alerts. Rows are keyed ({@link ResultRow#key()}); a row whose fingerprint the
     * ledger already holds is not sent again, and alerts that stopped firing are set to resolved.
     *
     * @param ledger what this sink pushed before, kept by the runtime; the sink records what it pushed
     * @return one outcome per row
     */
    PushReport push(KpiResults results, PushLedger ledger);
}
