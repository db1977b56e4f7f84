/**
 * The web console: a small front end of plain HTML, CSS and JavaScript modules under
 * {@code static/console}, served from the jar on the REST API's port and behind its authentication, and
 * built on that API. The classes here only serve what the browser cannot get from the API: the console's
 * entry page, the signed-in user with the CSRF token for its POSTs, and the console's texts in each language.
 */
@NullMarked
package com.crmbridge.app.web.console;

import org.jspecify.annotations.NullMarked;
