package com.crmbridge.app.flow;

import org.jspecify.annotations.Nullable;

/**
 * How a run ended.
 *
 * @param runId the run's id in the store; {@code 0} when the run did not start (busy)
 * @param status how it ended
 * @param message what went wrong and what to do, one line per problem; {@code null} when it succeeded
 * @param computed whether KPIs were computed and pushed
 */
public record RunOutcome(long runId, RunStatus status, @Nullable String message, boolean computed) {}
