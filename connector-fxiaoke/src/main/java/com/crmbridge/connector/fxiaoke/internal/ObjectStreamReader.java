package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one object as pages of canonical records: rows mapped, soft-deleted rows ({@code invalid},
 * {@code is_deleted}) as tombstones, unmappable rows as rejects, and the cursor after every page. A row read
 * again with the same {@code last_modified_time} as in the page before is dropped; a changed copy is kept, so
 * the later copy wins when the runtime upserts by id.
 */
public final class ObjectStreamReader implements StreamReader {
    private final String connector;
    private final String settingKey;
    private final String objectApiName;
    private final ObjectPager pager;
    private final RowMapper<? extends CanonicalRecord> mapper;
    private final boolean replacesStream;
    private ObjectCursor handedOver;
    private Map<String, Long> previousPage = Map.of();

    public ObjectStreamReader(
            String connector,
            String settingKey,
            String objectApiName,
            ObjectPager pager,
            RowMapper<? extends CanonicalRecord> mapper,
            ObjectCursor start,
            boolean replacesStream) {
        this.connector = connector;
        this.settingKey = settingKey;
        this.objectApiName = objectApiName;
        this.pager = pager;
        this.mapper = mapper;
        this.handedOver = start;
        this.replacesStream = replacesStream;
    }

    @Override
    public Optional<Page> next() {
        while (!pager.finished()) {
            List<Row> rows = read();
            if (!rows.isEmpty() || pager.finished()) {
                return Optional.of(page(rows));
            }
        }
        return Optional.empty();
    }

    private List<Row> read() {
        try {
            return pager.next();
        } catch (CallFailure failure) {
            throw readFailure(failure);
        }
    }

    private ConnectorException readFailure(CallFailure failure) {
        if (failure.errorClass() == ErrorClass.UNKNOWN) {
            return new ConnectorException.Retryable(
                    "reading " + settingKey + " failed with an unknown error: " + failure.error()
                            + "; the run stops and the cursor is kept",
                    failure);
        }
        String key = failure.errorClass() == ErrorClass.NOT_FOUND ? "current-open-user-id" : settingKey;
        return new ConnectorException.ConfigurationInvalid(List.of(new ConnectorException.Problem(
                key, "Fxiaoke refused the query: " + failure.error() + "; check the object and field api names")));
    }

    private Page page(List<Row> rows) {
        Map<String, Row> latest = new LinkedHashMap<>();
        for (Row row : rows) {
            String id = row.id();
            if (id != null) {
                Long before = previousPage.get(id);
                if (before == null || before != row.lastModified()) {
                    latest.remove(id);
                    latest.put(id, row);
                }
            }
        }
        List<CanonicalRecord> records = new ArrayList<>();
        List<SourceRef> deletions = new ArrayList<>();
        List<BadRecord> rejects = new ArrayList<>();
        String object = objectApiName;
        for (Row row : rows) {
            if (row.id() == null) {
                rejects.add(BadRecord.inObject(object, null, "_id", null, "the row has no _id"));
            }
        }
        Map<String, Long> seen = new HashMap<>();
        latest.forEach((id, row) -> {
            seen.put(id, row.lastModified());
            SourceRef source = new SourceRef(connector, id);
            if (row.isDeleted()) {
                deletions.add(source);
                return;
            }
            try {
                records.add(mapper.map(source, row));
            } catch (RowRejected rejected) {
                rejects.add(BadRecord.inObject(
                        object, id, rejected.field(), rejected.rawValue(), String.valueOf(rejected.getMessage())));
            } catch (IllegalArgumentException invalid) {
                rejects.add(BadRecord.inObject(object, id, null, null, String.valueOf(invalid.getMessage())));
            }
        });
        previousPage = seen;
        ObjectCursor position = pager.position();
        if (position.hasPosition()) {
            handedOver = position;
        } else if (pager.finished()) {
            handedOver = new ObjectCursor(true, handedOver.time(), handedOver.id());
        }
        return new Page(records, deletions, rejects, pager.takeWarnings(), handedOver.toCursor());
    }

    @Override
    public boolean replacesStream() {
        return replacesStream;
    }
}
