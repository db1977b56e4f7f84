package com.crmbridge.connector.zoho.internal;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads every user ({@code type=AllUsers}) as managers, paged by number, in full each run (section 3.3), so the
 * read replaces the stream. A read resumed after a crash continues at its page and does not replace. When no user
 * carries the tier field, it warns once that every manager is STANDARD.
 */
public final class UserReader implements StreamReader {
    private static final String SOURCE = "users";

    private final ModuleReads reads;
    private final boolean replaces;
    private int page;
    private boolean done;
    private boolean tierSeen;

    private UserReader(ModuleReads reads, int page, boolean replaces) {
        this.reads = reads;
        this.page = page;
        this.replaces = replaces;
    }

    public static UserReader open(ModuleReads reads, @Nullable Cursor cursor, ReadMode mode) {
        int stored = cursor == null ? 0 : page(cursor, reads);
        if (mode == ReadMode.INCREMENTAL && stored > 1) {
            reads.log().info("users: resuming the read at page " + stored);
            return new UserReader(reads, stored, false);
        }
        return new UserReader(reads, 1, true);
    }

    private static int page(Cursor cursor, ModuleReads reads) {
        try {
            return reads.json().readTree(cursor.value()).path("page").asInt(0);
        } catch (tools.jackson.core.JacksonException e) {
            return 0;
        }
    }

    @Override
    public boolean replacesStream() {
        return replaces;
    }

    @Override
    public Optional<Page> next() {
        if (done) {
            return Optional.empty();
        }
        ZohoRequest request = ZohoRequest.get("/crm/v8/users")
                .withQuery("type", "AllUsers")
                .withQuery("page", page)
                .withQuery("per_page", reads.config().pageSize());
        RecordPage users = reads.http().call(request, new PageParser(reads.json(), "users"));
        String tierPath = reads.config().field("managers", "tier");
        List<CanonicalRecord> records = new ArrayList<>();
        List<BadRecord> rejects = new ArrayList<>();
        for (JsonNode node : users.rows()) {
            ZohoRow row = new ZohoRow(SOURCE, node);
            tierSeen |= row.has(tierPath);
            try {
                records.add(reads.mapper().map(StreamKind.MANAGERS, row));
            } catch (ConnectorException.BadRecordException e) {
                rejects.add(e.record());
            }
        }
        List<String> warnings = new ArrayList<>();
        if (users.info().moreRecords()) {
            page++;
        } else {
            done = true;
            page = 0;
            if (!tierSeen) {
                String warning = "no Zoho user carries the field '" + tierPath
                        + "' (fields.managers.tier): every manager is STANDARD";
                reads.log().warn(warning);
                warnings.add(warning);
            }
        }
        ObjectNode cursor = reads.json().createObjectNode().put("v", 1).put("page", page);
        return Optional.of(new Page(
                records, List.of(), rejects, warnings, new Cursor(reads.json().writeValueAsString(cursor))));
    }
}
