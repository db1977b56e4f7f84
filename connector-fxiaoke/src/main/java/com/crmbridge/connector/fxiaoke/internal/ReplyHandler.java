package com.crmbridge.connector.fxiaoke.internal;

import tools.jackson.core.JsonParser;

/**
 * Reads the business part of one reply while the transport reads {@code errorCode}, {@code errorMessage} and
 * {@code traceId}. A fresh handler serves each attempt, so a retried call never mixes two replies.
 *
 * @param <T> what the reply is read into
 */
public interface ReplyHandler<T> {
    /**
     * Reads or skips the value of one top-level field; the parser stands on the value's first token and must
     * be left on its last.
     */
    void field(String name, JsonParser parser);

    /** What was read; called only when {@code errorCode} was 0. */
    T result();
}
