package com.crmbridge.spi;

/** Counters of what a connector's run costs, shown in the run summary and exported as metrics. */
public interface ConnectorMetrics {
    /** HTTP calls made to the remote system. */
    String API_CALLS = "api.calls";
    /** API credits spent (Zoho CRM counts credits per call). */
    String CREDITS = "api.credits";
    /** Calls that were retried after a retryable failure or a rate limit. */
    String RETRIES = "api.retries";

    /** Adds to a counter. */
    void count(String counter, long amount);

    /** Adds one to a counter. */
    default void increment(String counter) {
        count(counter, 1);
    }
}
