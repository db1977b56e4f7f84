package com.crmbridge.connector.zoho.internal;

import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * A reply the client accepted, handed to a {@link BodyReader}.
 *
 * @param status the HTTP status: 200, 201, 202, 207, 204 or 304, or 400 for a batch call's per-record answer
 * @param body the body, streamed; {@code null} for 204 and 304, which mean "nothing (new) here"
 */
public record Reply(int status, @Nullable InputStream body) {
    /** Whether the reply says there is nothing (new): 204 or 304. */
    public boolean empty() {
        return body == null;
    }
}
