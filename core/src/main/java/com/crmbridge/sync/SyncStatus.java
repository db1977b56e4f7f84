package com.crmbridge.sync;

/** How a connector's pull ended. */
public enum SyncStatus {
    /** Every stream was read to its end. */
    COMPLETED,
    /** A quota or credit budget is spent: the pull stopped cleanly, cursors kept; the next run resumes. */
    QUOTA_EXHAUSTED,
    /** A stop was requested (shutdown): the page in hand was committed, the rest waits for the next run. */
    STOPPED,
    /** A failure a person has to look at: credentials, configuration, retries used up, or a connector bug. */
    FAILED
}
