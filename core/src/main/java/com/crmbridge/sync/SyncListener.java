package com.crmbridge.sync;

import com.crmbridge.spi.StreamKind;
import java.time.Duration;

/**
 * Hears the loop's progress, on the loop's thread: progress lines on a terminal, metrics, per-stream API costs.
 * Every method defaults to nothing; a listener must not throw.
 */
public interface SyncListener {
    /** A stream is about to be opened. */
    default void streamStarted(String connector, StreamKind stream) {}

    /** A page was committed; {@code read} and {@code rejected} count so far in this stream. */
    default void pageCommitted(String connector, StreamKind stream, int page, long read, long rejected) {}

    /** The loop will wait before retrying, because of a retryable failure or a rate limit. */
    default void waiting(String connector, StreamKind stream, Duration wait, String reason) {}

    /** A stream ended, completed or not. */
    default void streamFinished(String connector, StreamReport report) {}
}
