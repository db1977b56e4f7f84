package com.crmbridge.connector.zoho.internal;

import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.error.ConnectorException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A module read's position, serialised into the opaque {@link Cursor} after every page.
 *
 * @param mark the highest {@code Modified_Time} read; the next incremental listing starts at mark − overlap
 * @param recent ids read with their {@code Modified_Time} (epoch seconds) within the overlap before the mark, so
 *     that a record read again unchanged is not delivered twice; at most {@value #MAX_RECENT}
 * @param phase what is in progress
 * @param full whether the listing in progress is a full load
 * @param since the {@code If-Modified-Since} of the listing in progress, constant for the listing; absent
 *     for a full load
 * @param pageToken the {@code page_token} of the next page; absent when paging by number
 * @param page the next page number (records before the first token, deleted records, Bulk Read pages)
 * @param listed records delivered by the full load in progress
 * @param lastFullCount records of the last completed full load, which decides Bulk Read
 * @param bulkJob the Bulk Read job in progress; absent when none
 * @param bulkRowsDone rows of the job's file already delivered
 * @param readAt when the last listing completed; absent before the first
 */
public record ReadPosition(
        @Nullable Instant mark,
        Map<String, Long> recent,
        ReadPhase phase,
        boolean full,
        @Nullable String since,
        @Nullable String pageToken,
        int page,
        long listed,
        long lastFullCount,
        @Nullable String bulkJob,
        long bulkRowsDone,
        @Nullable Instant readAt) {
    /** The most ids the cursor keeps, so that it stays under {@link Cursor#MAX_LENGTH}. */
    public static final int MAX_RECENT = 100;

    private static final int VERSION = 1;

    public ReadPosition {
        recent = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(recent));
    }

    /** Nothing read yet. */
    public static ReadPosition initial() {
        return new ReadPosition(null, Map.of(), ReadPhase.IDLE, false, null, null, 1, 0, 0, null, 0, null);
    }

    /** A full load starting now, keeping what decides Bulk Read. */
    public ReadPosition startFull(boolean bulk) {
        return new ReadPosition(
                null,
                Map.of(),
                bulk ? ReadPhase.BULK : ReadPhase.RECORDS,
                true,
                null,
                null,
                1,
                0,
                lastFullCount,
                null,
                0,
                readAt);
    }

    /** An incremental listing from the given {@code If-Modified-Since}. */
    public ReadPosition startIncremental(String ifModifiedSince) {
        return new ReadPosition(
                mark, recent, ReadPhase.RECORDS, false, ifModifiedSince, null, 1, 0, lastFullCount, null, 0, readAt);
    }

    public ReadPosition withPhase(ReadPhase next) {
        return new ReadPosition(mark, recent, next, full, since, null, 1, listed, lastFullCount, null, 0, readAt);
    }

    public ReadPosition withPageToken(String token) {
        return new ReadPosition(
                mark, recent, phase, full, since, token, page, listed, lastFullCount, bulkJob, bulkRowsDone, readAt);
    }

    public ReadPosition withPage(int next) {
        return new ReadPosition(
                mark, recent, phase, full, since, null, next, listed, lastFullCount, bulkJob, bulkRowsDone, readAt);
    }

    /** The listing restarted from a new {@code If-Modified-Since}, from its first page. */
    public ReadPosition restartedFrom(String ifModifiedSince) {
        return new ReadPosition(
                mark,
                recent,
                phase,
                full,
                ifModifiedSince,
                null,
                1,
                listed,
                lastFullCount,
                bulkJob,
                bulkRowsDone,
                readAt);
    }

    public ReadPosition withProgress(@Nullable Instant newMark, Map<String, Long> newRecent, long newListed) {
        return new ReadPosition(
                newMark,
                newRecent,
                phase,
                full,
                since,
                pageToken,
                page,
                newListed,
                lastFullCount,
                bulkJob,
                bulkRowsDone,
                readAt);
    }

    public ReadPosition withBulk(@Nullable String job, int jobPage, long rowsDone) {
        return new ReadPosition(
                mark, recent, phase, full, since, null, jobPage, listed, lastFullCount, job, rowsDone, readAt);
    }

    /** The listing completed; a full load's size is remembered for the Bulk Read decision. */
    public ReadPosition completed(Instant now) {
        return new ReadPosition(
                mark, recent, ReadPhase.IDLE, false, null, null, 1, 0, full ? listed : lastFullCount, null, 0, now);
    }

    /** Whether a listing was left unfinished (a crash, a spent budget). */
    public boolean inProgress() {
        return phase != ReadPhase.IDLE;
    }

    public Cursor toCursor(ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("v", VERSION);
        node.put("phase", phase.name());
        if (mark != null) {
            node.put("mark", mark.toString());
        }
        ObjectNode ids = node.putObject("recent");
        recent.forEach(ids::put);
        node.put("full", full);
        if (since != null) {
            node.put("since", since);
        }
        if (pageToken != null) {
            node.put("pageToken", pageToken);
        }
        node.put("page", page);
        node.put("listed", listed);
        node.put("lastFullCount", lastFullCount);
        if (bulkJob != null) {
            node.put("bulkJob", bulkJob);
            node.put("bulkRowsDone", bulkRowsDone);
        }
        if (readAt != null) {
            node.put("readAt", readAt.toString());
        }
        return new Cursor(json.writeValueAsString(node));
    }

    /**
     * Reads a cursor this class wrote.
     *
     * @throws ConnectorException.ConfigurationInvalid when the cursor is not one
     */
    public static ReadPosition of(Cursor cursor, ObjectMapper json) {
        try {
            JsonNode node = json.readTree(cursor.value());
            if (node.path("v").asInt(0) != VERSION) {
                throw new IllegalArgumentException("unknown cursor version");
            }
            Map<String, Long> recent = new LinkedHashMap<>();
            node.path("recent")
                    .properties()
                    .forEach(e -> recent.put(e.getKey(), e.getValue().asLong()));
            String mark = text(node, "mark");
            String readAt = text(node, "readAt");
            return new ReadPosition(
                    mark == null ? null : Instant.parse(mark),
                    recent,
                    ReadPhase.valueOf(node.path("phase").asString("IDLE")),
                    node.path("full").asBoolean(false),
                    text(node, "since"),
                    text(node, "pageToken"),
                    node.path("page").asInt(1),
                    node.path("listed").asLong(0),
                    node.path("lastFullCount").asLong(0),
                    text(node, "bulkJob"),
                    node.path("bulkRowsDone").asLong(0),
                    readAt == null ? null : Instant.parse(readAt));
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new ConnectorException.ConfigurationInvalid(List.of(new ConnectorException.Problem(
                    "cursor", "the stored cursor is not a Zoho connector cursor; run once with --full-refresh")));
        }
    }

    private static @Nullable String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() ? value.asString() : null;
    }
}
