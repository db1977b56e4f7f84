package com.crmbridge.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An account manager (客户经理); {@link ManagerTier#SENIOR} is a high-end account manager (高端客户经理).
 *
 * @param source the connector and the source's id of the manager
 * @param name the display name
 * @param email the e-mail that identifies the person across sources, lower-cased; {@code null} when unknown
 * @param team the team; {@code null} when the manager has none
 * @param tier standard or senior
 * @param active whether the manager is still employed
 */
public record Manager(
        SourceRef source, String name, @Nullable String email, @Nullable String team, ManagerTier tier, boolean active)
        implements CanonicalRecord {
    public Manager {
        FieldCheck.present("Manager", "source", source);
        name = FieldCheck.text("Manager", "name", name);
        email = normaliseEmail(FieldCheck.optionalText(email));
        team = FieldCheck.optionalText(team);
        FieldCheck.present("Manager", "tier", tier);
    }

    private static @Nullable String normaliseEmail(@Nullable String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || at == email.length() - 1 || email.contains(" ")) {
            throw new IllegalArgumentException("Manager.email is not an e-mail address: " + FieldCheck.quoted(email));
        }
        return email.toLowerCase(Locale.ROOT);
    }
}
