package com.crmbridge.connector.zoho.internal;

import com.crmbridge.connector.zoho.ZohoConfig;
import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.spi.error.ConnectorException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a module (section 3 of the contract). A first read or a full refresh lists everything sorted by
 * {@code Modified_Time} ascending, following {@code page_token} past 2,000 records, or runs a Bulk Read job when
 * the module's last full load was larger than {@code bulk-read-threshold}. An incremental read sends
 * {@code If-Modified-Since} = last {@code Modified_Time} read − {@code overlap}, skips records it delivered before
 * unchanged, then lists {@code /deleted} with the same header as tombstones. The cursor after each page holds
 * the listing's position, so a read that stopped resumes where it stopped.
 */
public final class ModuleReader implements StreamReader {
    /** Zoho keeps deleted records 60 days in the recycle bin; after a longer gap only a full load is safe. */
    static final Duration DELETED_RETENTION = Duration.ofDays(60);

    /** Zoho's discrete paging ends at page 10 ({@code DISCRETE_PAGINATION_LIMIT_EXCEEDED}). */
    static final int MAX_DISCRETE_PAGE = 10;

    private final ModuleReads reads;
    private final StreamKind stream;
    private final String module;
    private final String setting;
    private final boolean replaces;
    private final @Nullable BulkLoad bulk;
    private ReadPosition position;

    private ModuleReader(
            ModuleReads reads, StreamKind stream, ReadPosition position, boolean replaces, @Nullable BulkLoad bulk) {
        this.reads = reads;
        this.stream = stream;
        this.module = reads.config().module(RecordMapper.kind(stream));
        this.setting = "modules." + RecordMapper.kind(stream);
        this.position = position;
        this.replaces = replaces;
        this.bulk = bulk;
    }

    /** Opens a read of a module stream from a cursor, deciding between full, resumed and incremental. */
    public static ModuleReader open(ModuleReads reads, StreamKind stream, @Nullable Cursor cursor, ReadMode mode) {
        ZohoConfig config = reads.config();
        ConnectorLog log = reads.log();
        String module = config.module(RecordMapper.kind(stream));
        ReadPosition stored = cursor == null ? ReadPosition.initial() : ReadPosition.of(cursor, reads.json());
        Long threshold = config.bulkReadThreshold();
        boolean bulk = threshold != null && stored.lastFullCount() > threshold;
        BulkLoad bulkLoad = new BulkLoad(reads, stream);
        if (mode == ReadMode.FULL_REFRESH || (stored.mark() == null && !stored.inProgress())) {
            log.info(module + ": full load"
                    + (bulk
                            ? " by Bulk Read (last full load " + stored.lastFullCount()
                                    + " records > bulk-read-threshold " + threshold + ")"
                            : ""));
            return new ModuleReader(reads, stream, stored.startFull(bulk), true, bulkLoad);
        }
        if (stored.inProgress()) {
            log.info(module + ": resuming the " + (stored.full() ? "full" : "incremental") + " read left at "
                    + stored.phase());
            return new ModuleReader(reads, stream, stored, false, bulkLoad);
        }
        Instant mark = java.util.Objects.requireNonNull(stored.mark());
        Clock clock = reads.clock();
        Instant readAt = stored.readAt() == null ? mark : stored.readAt();
        if (readAt.isBefore(clock.instant().minus(DELETED_RETENTION))) {
            log.warn(module + ": last read " + readAt + " is longer ago than Zoho keeps deleted records (60 days);"
                    + " reading everything again");
            return new ModuleReader(reads, stream, stored.startFull(bulk), true, bulkLoad);
        }
        String since = ZohoTime.format(mark.minus(config.overlap()), reads.zone());
        return new ModuleReader(reads, stream, stored.startIncremental(since), false, bulkLoad);
    }

    @Override
    public void close() {
        if (bulk != null) {
            bulk.close();
        }
    }

    @Override
    public boolean replacesStream() {
        return replaces;
    }

    /** The position after the last page returned, for tests and logs. */
    public ReadPosition position() {
        return position;
    }

    @Override
    public Optional<Page> next() {
        return switch (position.phase()) {
            case IDLE -> Optional.empty();
            case RECORDS -> Optional.of(recordsPage());
            case DELETED -> Optional.of(deletedPage());
            case BULK -> Optional.of(bulkPage());
        };
    }

    private Page bulkPage() {
        BulkLoad load = java.util.Objects.requireNonNull(bulk);
        BulkLoad.Chunk chunk = load.next(position);
        Collected collected = collect(chunk.rows(), false);
        position = collected.position.withBulk(chunk.job(), chunk.jobPage(), chunk.rowsDone());
        if (chunk.finished()) {
            position = position.completed(reads.clock().instant());
            reads.log().info(module + ": Bulk Read complete, " + position.lastFullCount() + " records");
        }
        return page(collected, List.of());
    }

    private Page recordsPage() {
        while (true) {
            ZohoRequest request = ZohoRequest.get("/crm/v8/" + module)
                    .forSetting(setting)
                    .withQuery("fields", String.join(",", reads.mapper().fieldsParameter(stream)))
                    .withQuery("per_page", reads.config().pageSize())
                    .withQuery("sort_by", DefaultMapping.MODIFIED_TIME)
                    .withQuery("sort_order", "asc");
            request = position.pageToken() != null
                    ? request.withQuery("page_token", position.pageToken())
                    : request.withQuery("page", position.page());
            request = request.withHeader("If-Modified-Since", position.since());
            RecordPage page;
            try {
                page = reads.http().call(request, new PageParser(reads.json(), "data"));
            } catch (ListingExpired e) {
                restartFromMark(e.getMessage());
                continue;
            }
            Collected collected = collect(page.rows(), position.since() != null);
            position = collected.position;
            advance(page.info());
            return page(collected, List.of());
        }
    }

    private void advance(PageInfo info) {
        if (!info.moreRecords()) {
            if (position.full()) {
                position = position.completed(reads.clock().instant());
                reads.log().info(module + ": full load complete, " + position.lastFullCount() + " records");
            } else {
                position = position.withPhase(ReadPhase.DELETED);
            }
        } else if (info.nextPageToken() != null) {
            position = position.withPageToken(info.nextPageToken());
        } else if (position.pageToken() == null && position.page() < MAX_DISCRETE_PAGE) {
            position = position.withPage(position.page() + 1);
        } else {
            restartFromMark("no next_page_token after page " + position.page());
        }
    }

    /** Section 3.4: restart the listing from the last {@code Modified_Time} read (not + 1 s). */
    private void restartFromMark(@Nullable String why) {
        Instant mark = position.mark();
        String since = mark == null ? position.since() : ZohoTime.format(mark, reads.zone());
        if (since == null || (since.equals(position.since()) && position.pageToken() == null && position.page() == 1)) {
            throw new ConnectorException.ConfigurationInvalid(List.of(new ConnectorException.Problem(
                    "bulk-read-threshold",
                    module + ": Zoho ended the listing (" + why + ") before it moved past " + since
                            + "; more records share one Modified_Time than a listing returns, so set"
                            + " bulk-read-threshold to load " + module + " by Bulk Read")));
        }
        reads.log().warn(module + ": Zoho ended the listing (" + why + "); restarting from Modified_Time " + since);
        position = position.restartedFrom(since);
    }

    private Page deletedPage() {
        ZohoRequest request = ZohoRequest.get("/crm/v8/" + module + "/deleted")
                .forSetting(setting)
                .withQuery("type", "all")
                .withQuery("per_page", reads.config().pageSize())
                .withQuery("page", position.page())
                .withHeader("If-Modified-Since", position.since());
        RecordPage page = reads.http().call(request, new PageParser(reads.json(), "data"));
        List<SourceRef> deletions = new ArrayList<>();
        for (var row : page.rows()) {
            String id = new ZohoRow(module, row).id();
            if (id != null) {
                deletions.add(new SourceRef(reads.connector(), id));
            }
        }
        position = page.info().moreRecords()
                ? position.withPage(position.page() + 1)
                : position.completed(reads.clock().instant());
        return page(new Collected(List.of(), List.of(), position), deletions);
    }

    private Page page(Collected collected, List<SourceRef> deletions) {
        return new Page(collected.records, deletions, collected.rejects, List.of(), position.toCursor(reads.json()));
    }

    /**
     * Maps a page's rows, skipping a record read before in the same version (same id and {@code Modified_Time},
     * within the overlap) and a second copy of an id on one page; moves the mark.
     */
    private Collected collect(List<tools.jackson.databind.JsonNode> rows, boolean skipKnown) {
        List<CanonicalRecord> records = new ArrayList<>();
        List<BadRecord> rejects = new ArrayList<>();
        Set<String> onPage = new HashSet<>();
        Instant mark = position.mark();
        Map<String, Long> recent = new LinkedHashMap<>(position.recent());
        long listed = position.listed();
        for (var node : rows) {
            ZohoRow row = new ZohoRow(module, node);
            String id = row.id();
            Instant modified;
            try {
                modified = row.instant(DefaultMapping.MODIFIED_TIME);
            } catch (ConnectorException.BadRecordException e) {
                rejects.add(e.record());
                continue;
            }
            if (id != null && modified != null) {
                Long seen = recent.get(id);
                if (skipKnown && seen != null && seen == modified.getEpochSecond()) {
                    continue;
                }
                if (!onPage.add(id)) {
                    continue;
                }
                if (mark == null || modified.isAfter(mark)) {
                    mark = modified;
                }
                recent.remove(id);
                recent.put(id, modified.getEpochSecond());
            }
            listed++;
            try {
                records.add(reads.mapper().map(stream, row));
            } catch (ConnectorException.BadRecordException e) {
                rejects.add(e.record());
            }
        }
        return new Collected(records, rejects, position.withProgress(mark, prune(recent, mark), listed));
    }

    /** Keeps the ids within the overlap before the mark, newest last, at most {@link ReadPosition#MAX_RECENT}. */
    private Map<String, Long> prune(Map<String, Long> recent, @Nullable Instant mark) {
        if (mark == null) {
            return Map.of();
        }
        long floor = mark.minus(reads.config().overlap()).getEpochSecond();
        List<Map.Entry<String, Long>> kept = recent.entrySet().stream()
                .filter(e -> e.getValue() >= floor)
                .sorted(Map.Entry.comparingByValue())
                .toList();
        Map<String, Long> pruned = new LinkedHashMap<>();
        kept.subList(Math.max(0, kept.size() - ReadPosition.MAX_RECENT), kept.size())
                .forEach(e -> pruned.put(e.getKey(), e.getValue()));
        return pruned;
    }

    private record Collected(List<CanonicalRecord> records, List<BadRecord> rejects, ReadPosition position) {}
}
