/**
 * The Zoho CRM connector (REST API v8): its provider ({@code type: zoho}), its settings and the configured
 * connector that reads managers, customers, deals, feedback and targets and writes scorecards and alerts back.
 * Everything about HTTP, tokens, paging and mapping lives in {@code internal}.
 */
@NullMarked
package com.crmbridge.connector.zoho;

import org.jspecify.annotations.NullMarked;
