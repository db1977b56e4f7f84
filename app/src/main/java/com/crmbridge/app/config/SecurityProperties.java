package com.crmbridge.app.config;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Who may use the REST API, {@code crmbridge.security}.
 *
 * @param adminPassword the password of the user {@code admin}; usually {@code ${CRMBRIDGE_ADMIN_PASSWORD}};
 *     empty for no such user
 * @param users more users, name to password; a password may be a Spring Security encoded one
 *     ({@code {bcrypt}$2a$…}), plain text is taken as is
 * @param apiKeys API keys for the header {@code X-API-Key}, a name (who uses it, for the logs) to the key; a key
 *     may be given encoded ({@code {bcrypt}$2a$…}), plain text is hashed at start
 */
public record SecurityProperties(
        @Nullable String adminPassword, @Nullable Map<String, String> users, @Nullable Map<String, String> apiKeys) {
    public SecurityProperties {
        users = users == null ? Map.of() : new TreeMap<>(users);
        apiKeys = apiKeys == null ? Map.of() : new TreeMap<>(apiKeys);
    }

    @Override
    public Map<String, String> apiKeys() {
        return apiKeys == null ? Map.of() : apiKeys;
    }

    @Override
    public Map<String, String> users() {
        return users == null ? Map.of() : users;
    }

    /** Shows the user and key names only. */
    @Override
    public String toString() {
        return "SecurityProperties[admin=" + (adminPassword != null && !adminPassword.isBlank()) + ", users="
                + users().keySet() + ", apiKeys=" + apiKeys().keySet() + "]";
    }
}
