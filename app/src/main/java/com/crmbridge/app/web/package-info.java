/**
 * The REST API under {@code /api/v1} (JSON): connectors, runs, rejects, scorecards, alerts and managers; its
 * security (HTTP Basic and form login, users from configuration) and the connectors' health indicators.
 */
@NullMarked
package com.crmbridge.app.web;

import org.jspecify.annotations.NullMarked;
