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
 */
public record SecurityProperties(@Nullable String adminPassword, @Nullable Map<String, String> users) {
    public SecurityProperties {
        users = users == null ? Map.of() : new TreeMap<>(users);
    }

    @Override
    public Map<String, String> users() {
        return users == null ? Map.of() : users;
    }

    /** Shows the user names only. */
    @Override
    public String toString() {
        return "SecurityProperties[admin=" + (adminPassword != null && !adminPassword.isBlank()) + ", users="
                + users().keySet() + "]";
    }
}
