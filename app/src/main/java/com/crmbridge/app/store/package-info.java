/**
 * The store: canonical records, cursors, rejects, run history, the push ledger and the latest KPI results, in
 * one schema migrated by Flyway on H2 or PostgreSQL. Plain SQL through {@code JdbcClient} and batched
 * {@code JdbcTemplate} updates; every write of a page is one transaction.
 */
@NullMarked
package com.crmbridge.app.store;

import org.jspecify.annotations.NullMarked;
