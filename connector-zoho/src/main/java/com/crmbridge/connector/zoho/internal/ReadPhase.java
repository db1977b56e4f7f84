package com.crmbridge.connector.zoho.internal;

/** Where a module read stands. */
public enum ReadPhase {
    /** No listing in progress: the last one completed. */
    IDLE,
    /** Listing the module's records. */
    RECORDS,
    /** Listing the module's deleted records, after an incremental records listing. */
    DELETED,
    /** Reading a Bulk Read job's file (a full load of a large module). */
    BULK
}
