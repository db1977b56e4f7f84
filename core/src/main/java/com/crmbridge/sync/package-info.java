/**
 * The pull loop: reads each stream of a {@link com.crmbridge.spi.Source} page by page from its stored cursor and
 * hands every page to a {@link com.crmbridge.sync.SyncStore}, which commits records, deletions, rejects and the
 * cursor in one transaction, so that a crash at any point loses nothing. It reads failures only by their
 * {@link com.crmbridge.spi.error.ConnectorException} subtype to decide whether to retry, wait or stop. Plain
 * Java: the application wires it to its database and scheduler.
 */
@NullMarked
package com.crmbridge.sync;

import org.jspecify.annotations.NullMarked;
