package com.crmbridge.connector.fxiaoke.internal;

import org.jspecify.annotations.Nullable;

/**
 * What the API said about a failed call, safe to show: never a body, token or secret.
 *
 * @param path the interface called, {@code /cgi/crm/v2/data/query}
 * @param errorCode the reply's {@code errorCode}, the HTTP status of a non-2xx reply, or 0 when no reply came
 * @param errorMessage the reply's {@code errorMessage} (or a description of the transport failure)
 * @param traceId the reply's {@code traceId}, for Fxiaoke support; {@code null} when none came
 */
public record ApiError(String path, int errorCode, String errorMessage, @Nullable String traceId) {
    /** {@code /cgi/crm/v2/data/query errorCode 30004 (请求过于频繁), traceId E-O.1}. */
    @Override
    public String toString() {
        if (errorCode == 0) {
            return path + " failed: " + errorMessage;
        }
        return path + " errorCode " + errorCode + " (" + errorMessage + ")"
                + (traceId == null ? "" : ", traceId " + traceId);
    }
}
