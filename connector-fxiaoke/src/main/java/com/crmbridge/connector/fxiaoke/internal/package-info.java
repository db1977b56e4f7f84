/**
 * How the Fxiaoke connector works inside: the OkHttp client with its per-interface pacing, retries and
 * error-code classification, the single-flight corpAccessToken grant, the streaming page parser, the
 * offset-then-keyset query plan with its cursor, the mappers to canonical records and the write-back of
 * scorecards and alerts. Public for Java, not API: nothing outside the connector uses these types.
 */
@NullMarked
package com.crmbridge.connector.fxiaoke.internal;

import org.jspecify.annotations.NullMarked;
