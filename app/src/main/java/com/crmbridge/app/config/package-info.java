/**
 * The {@code crmbridge.*} configuration: its typed properties, the KPI configuration built from them, the
 * connectors configured from them (validated against each provider's settings spec at start) and the failure
 * analyzer that turns a bad configuration into a message instead of a stack trace.
 */
@NullMarked
package com.crmbridge.app.config;

import org.jspecify.annotations.NullMarked;
