package com.crmbridge.connector.zoho.internal;

import org.jspecify.annotations.Nullable;

/**
 * Zoho's error envelope {@code {"code","details","message","status":"error"}} as read from a reply.
 *
 * @param httpStatus the reply's status
 * @param code Zoho's code ({@code INVALID_TOKEN}); empty when the body had none
 * @param message Zoho's message; empty when none
 * @param apiName {@code details.api_name}, the field a request was refused for; {@code null} when none
 */
public record ZohoFault(int httpStatus, String code, String message, @Nullable String apiName) {
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("HTTP ").append(httpStatus);
        if (!code.isEmpty()) {
            text.append(' ').append(code);
        }
        if (apiName != null) {
            text.append(" (").append(apiName).append(')');
        }
        if (!message.isEmpty()) {
            text.append(": ").append(message);
        }
        return text.toString();
    }
}
