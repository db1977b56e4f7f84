package com.crmbridge.sync;

import com.crmbridge.spi.Page;
import com.crmbridge.spi.StreamKind;
import org.jspecify.annotations.Nullable;

/**
 * One page to commit, with what the store needs to file it.
 *
 * @param connector the configured connector name
 * @param stream the stream read
 * @param page the records, deletions, rejects and cursor of the page
 * @param refreshId the replacing read the page belongs to, which the store stamps on the page's records and
 *     rejects and keeps as the stream's pending refresh; {@code null} for an incremental read
 */
public record PageCommit(String connector, StreamKind stream, Page page, @Nullable String refreshId) {}
