/**
 * The 纷享销客 (Fxiaoke / ShareCRM) connector as the runtime sees it: the provider found through
 * {@link java.util.ServiceLoader}, its settings, and the connector that reads managers, customers, deals,
 * feedback and targets and writes scorecards and alerts back into custom objects. Everything that talks HTTP
 * lives in {@code internal}.
 */
@NullMarked
package com.crmbridge.connector.fxiaoke;

import org.jspecify.annotations.NullMarked;
