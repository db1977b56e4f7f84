package com.crmbridge.kpi;

import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.SourceRef;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One person after managers were merged across sources by e-mail.
 *
 * @param key the lower-cased e-mail, or {@code connector:externalId} for a manager with no e-mail
 * @param id the source's own id of the primary record, the one shown as {@code manager_id}
 * @param name the display name of the primary record
 * @param email the e-mail; {@code null} when none
 * @param team the team; {@code null} when none
 * @param tier the tier of the primary record
 * @param active whether the person is active in any source
 * @param sources every source record merged into this person, the primary first
 */
public record ManagerIdentity(
        String key,
        String id,
        String name,
        @Nullable String email,
        @Nullable String team,
        ManagerTier tier,
        boolean active,
        List<SourceRef> sources) {
    public ManagerIdentity {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("ManagerIdentity.sources must not be empty: " + key);
        }
    }

    /** This person's id in the given connector, so that a sink writes back the id its CRM knows. */
    public Optional<String> idIn(String connector) {
        return sources.stream()
                .filter(s -> s.connector().equals(connector))
                .map(SourceRef::externalId)
                .findFirst();
    }
}
