package com.crmbridge.testkit;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.SourceRef;
import java.util.List;

/**
 * What a test changed at the source between two reads, as the records an incremental read must now return.
 *
 * @param changed records created or changed, as the connector must map them
 * @param deleted records deleted at the source, which an incremental read returns as tombstones
 */
public record FixtureChange(List<CanonicalRecord> changed, List<SourceRef> deleted) {
    public FixtureChange {
        changed = List.copyOf(changed);
        deleted = List.copyOf(deleted);
        if (changed.isEmpty() && deleted.isEmpty()) {
            throw new IllegalArgumentException("a fixture change must create, change or delete at least one record");
        }
    }

    /** Records created or changed, nothing deleted. */
    public static FixtureChange changed(List<? extends CanonicalRecord> records) {
        return new FixtureChange(List.copyOf(records), List.of());
    }
}
