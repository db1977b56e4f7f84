package com.crmbridge.connector.fxiaoke.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A call that failed in a way its caller decides on: a token to refresh, an offset to restart from, or an
 * error that fails a read but only rejects a row when writing. Run-level failures (quota, configuration,
 * exhausted retries) never surface as this type; the transport throws them as {@code ConnectorException}s.
 */
public final class CallFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorClass errorClass;

    @SuppressWarnings("serial") // an immutable record
    private final ApiError error;

    private final @Nullable Duration retryAfter;

    public CallFailure(
            ErrorClass errorClass, ApiError error, @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(errorClass + ": " + error, cause, false, false);
        this.errorClass = errorClass;
        this.error = error;
        this.retryAfter = retryAfter;
    }

    public ErrorClass errorClass() {
        return errorClass;
    }

    public ApiError error() {
        return error;
    }

    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
