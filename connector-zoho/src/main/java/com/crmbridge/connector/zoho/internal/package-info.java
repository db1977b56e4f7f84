/**
 * How the Zoho CRM connector works inside: the HTTP client with its token source, retry and credit budget, the
 * error classification, the streaming page parser, the readers and their cursors, the mapping of Zoho rows to
 * canonical records and of results to Zoho rows. Public for Java only; not an API.
 */
@NullMarked
package com.crmbridge.connector.zoho.internal;

import org.jspecify.annotations.NullMarked;
