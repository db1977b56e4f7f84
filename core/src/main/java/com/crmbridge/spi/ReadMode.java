package com.crmbridge.spi;

/** How a stream is read. */
public enum ReadMode {
    /** From the cursor on: what changed since the cursor's page, with deletions as tombstones. */
    INCREMENTAL,
    /** Everything, ignoring any cursor; the read replaces the stream's stored content. */
    FULL_REFRESH
}
