/**
 * The store's benchmark: a million canonical deals written through the sync store on H2 and PostgreSQL, next to a
 * plain PostgreSQL COPY of the same rows. Run by the {@code bench} profile of the app module, never by the tests.
 */
@org.jspecify.annotations.NullMarked
package com.crmbridge.app.store.bench;
