package com.crmbridge.connector.zoho.internal;

import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.error.ConnectorException;
import org.jspecify.annotations.Nullable;

/**
 * The API credits this connector instance may spend ({@code max-credits-per-run}). Every call is charged
 * before it is sent, so a call that would pass the limit is never made: the read stops with
 * {@link ConnectorException.QuotaExhausted} and the cursor of the last page stays valid.
 */
public final class CreditBudget {
    private final @Nullable Long limit;
    private final ConnectorMetrics metrics;
    private long spent;

    public CreditBudget(@Nullable Long limit, ConnectorMetrics metrics) {
        this.limit = limit;
        this.metrics = metrics;
    }

    /**
     * Charges a call's credits.
     *
     * @throws ConnectorException.QuotaExhausted when the call would pass the limit; nothing is charged then
     */
    public synchronized void charge(long credits) {
        if (limit != null && spent + credits > limit) {
            throw new ConnectorException.QuotaExhausted(
                    "max-credits-per-run (" + limit + ") reached: " + spent + " credits spent, the next call needs "
                            + credits + "; the next run resumes from the last page read",
                    null);
        }
        spent += credits;
        metrics.count(ConnectorMetrics.CREDITS, credits);
    }

    /** Credits charged so far. */
    public synchronized long spent() {
        return spent;
    }
}
