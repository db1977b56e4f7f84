package com.crmbridge.spi;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.error.BadRecord;
import java.util.List;

/**
 * One page of a stream: the records read, the records deleted at the source (tombstones), the rows set aside,
 * warnings about kept rows, and the cursor to resume from after this page. A page repeated after a crash is
 * absorbed by the records' ids.
 *
 * @param records records created or changed at the source
 * @param deletions ids of records deleted at the source
 * @param rejects rows that could not be read, with where and why
 * @param warnings kept rows a person may want to look at (an unknown owner, a duplicate id)
 * @param cursor the position after this page
 */
public record Page(
        List<CanonicalRecord> records,
        List<SourceRef> deletions,
        List<BadRecord> rejects,
        List<String> warnings,
        Cursor cursor) {
    public Page {
        records = List.copyOf(records);
        deletions = List.copyOf(deletions);
        rejects = List.copyOf(rejects);
        warnings = List.copyOf(warnings);
    }

    /** A page of records only. */
    public static Page of(List<? extends CanonicalRecord> records, Cursor cursor) {
        return new Page(List.copyOf(records), List.of(), List.of(), List.of(), cursor);
    }

    public boolean isEmpty() {
        return records.isEmpty() && deletions.isEmpty() && rejects.isEmpty();
    }
}
