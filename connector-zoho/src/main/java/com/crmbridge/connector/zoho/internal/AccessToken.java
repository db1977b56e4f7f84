package com.crmbridge.connector.zoho.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An access token and what came with it. {@link #toString()} never shows the token.
 *
 * @param value the token, sent as {@code Authorization: Zoho-oauthtoken <value>}
 * @param apiDomain the {@code api_domain} Zoho returned; {@code null} when none
 * @param expiresAt when Zoho stops accepting it
 */
public record AccessToken(String value, @Nullable String apiDomain, Instant expiresAt) {
    @Override
    public String toString() {
        return "AccessToken[apiDomain=" + apiDomain + ", expiresAt=" + expiresAt + "]";
    }
}
