package com.crmbridge.spi.error;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one taxonomy every connector maps its failures into; the runtime decides from the subtype alone whether
 * to retry, wait, stop until later, or report. Messages are for people and never hold a secret.
 */
public abstract sealed class ConnectorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private ConnectorException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** A failure that may pass when tried again: a 5xx, a timeout, a reset connection, a malformed body. */
    public static final class Retryable extends ConnectorException {
        private static final long serialVersionUID = 1L;

        public Retryable(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /** The remote system asked us to slow down, with how long to wait when it said. */
    public static final class RateLimited extends ConnectorException {
        private static final long serialVersionUID = 1L;
        private final @Nullable Duration retryAfter;

        public RateLimited(String message, @Nullable Duration retryAfter) {
            super(message, null);
            this.retryAfter = retryAfter;
        }

        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }

    /**
     * A budget is spent: the CRM's daily quota (until when it resets) or the run's own credit limit. The run
     * stops reading this connector cleanly; stored cursors are kept and the next run resumes.
     */
    public static final class QuotaExhausted extends ConnectorException {
        private static final long serialVersionUID = 1L;
        private final @Nullable Instant until;

        public QuotaExhausted(String message, @Nullable Instant until) {
            super(message, null);
            this.until = until;
        }

        public Optional<Instant> until() {
            return Optional.ofNullable(until);
        }
    }

    /** Credentials were refused, after one refresh and retry: a person has to fix them. */
    public static final class AuthenticationFailed extends ConnectorException {
        private static final long serialVersionUID = 1L;

        public AuthenticationFailed(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The configuration is wrong: each problem names the setting (relative to the connector's settings) or
     * the remote object and field, and what is wrong.
     */
    public static final class ConfigurationInvalid extends ConnectorException {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial") // an immutable list of records
        private final List<Problem> problems;

        public ConfigurationInvalid(List<Problem> problems) {
            super(describe(problems), null);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }

        private static String describe(List<Problem> problems) {
            return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
        }
    }

    /** A single record could not be read or written; the rest of the run goes on. */
    public static final class BadRecordException extends ConnectorException {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial") // an immutable record
        private final BadRecord record;

        public BadRecordException(BadRecord record) {
            super(record.toString(), null);
            this.record = record;
        }

        public BadRecord record() {
            return record;
        }
    }

    /**
     * One thing wrong with the configuration.
     *
     * @param key the setting's key, or the remote object or field
     * @param message what is wrong and what is expected
     */
    public record Problem(String key, String message) {
        @Override
        public String toString() {
            return key + ": " + message;
        }
    }
}
