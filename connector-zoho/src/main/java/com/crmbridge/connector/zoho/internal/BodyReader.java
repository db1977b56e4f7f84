package com.crmbridge.connector.zoho.internal;

import java.io.IOException;

/**
 * Reads an accepted reply into a value while the connection is open. A reader may be called again for a retry
 * of the same call, so it keeps nothing between calls; a malformed body (a Jackson failure) makes the call
 * retryable.
 *
 * @param <T> what the reply is read into
 */
@FunctionalInterface
public interface BodyReader<T> {
    T read(Reply reply) throws IOException;
}
