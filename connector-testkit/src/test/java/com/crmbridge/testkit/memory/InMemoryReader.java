package com.crmbridge.testkit.memory;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the rows changed after a sequence, a page at a time. */
final class InMemoryReader implements StreamReader {
    private final InMemoryCrm crm;
    private final StreamKind stream;
    private final boolean tombstones;
    private final int pageSize;
    private final DealMapper mapper;
    private final Runnable authorise;
    private long after;

    InMemoryReader(
            InMemoryCrm crm,
            StreamKind stream,
            long after,
            boolean tombstones,
            int pageSize,
            ConnectorContext context,
            Runnable authorise) {
        this.crm = crm;
        this.stream = stream;
        this.after = after;
        this.tombstones = tombstones;
        this.pageSize = pageSize;
        this.mapper = new DealMapper(context.name());
        this.authorise = authorise;
    }

    @Override
    public Optional<Page> next() {
        authorise.run();
        List<InMemoryCrm.Row> changed = crm.changedAfter(stream, after);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        List<InMemoryCrm.Row> page = changed.subList(0, Math.min(pageSize, changed.size()));
        List<CanonicalRecord> records = new ArrayList<>();
        List<SourceRef> deletions = new ArrayList<>();
        List<BadRecord> rejects = new ArrayList<>();
        for (InMemoryCrm.Row row : page) {
            if (row.deleted()) {
                if (tombstones) {
                    deletions.add(new SourceRef(mapper.connector(), row.id()));
                }
                continue;
            }
            try {
                records.add(mapper.map(row));
            } catch (ConnectorException.BadRecordException e) {
                rejects.add(e.record());
            }
        }
        after = page.get(page.size() - 1).sequence();
        return Optional.of(new Page(records, deletions, rejects, List.of(), SequenceCursor.after(after)));
    }

    @Override
    public boolean replacesStream() {
        return !tombstones;
    }
}
