package com.crmbridge.connector.fxiaoke.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads an object in {@code (last_modified_time, _id)} order past the API's 10,000-row offset limit (contract,
 * section 3): offset pages of a time filter until the next offset would pass the limit, then a keyset restart
 * from the last row: first the rows sharing its time ({@code EQ T}, {@code _id GT id}, any number of them),
 * then the later ones ({@code GT T}) by offset again. A 10013 at an offset above 0 restarts the same way. Each
 * page's order is checked; when the server does not honour it, every page restarts by keyset.
 */
public final class ObjectPager {
    /** The API's limit: offset + limit may not exceed it. */
    public static final int OFFSET_LIMIT = 10_000;

    private static final String TIME = "last_modified_time";
    private static final String ID = "_id";
    private static final Comparator<Row> ORDER =
            Comparator.comparingLong(Row::lastModified).thenComparing(row -> String.valueOf(row.id()));

    private enum Phase {
        OFFSET,
        SAME_TIME
    }

    private final ObjectQuery query;
    private final int limit;
    private Phase phase;
    private long from;
    private boolean fromInclusive;
    private int offset;
    private long lastTime;
    private String lastId;
    private boolean finished;
    private boolean orderUnreliable;

    private ObjectPager(ObjectQuery query, int limit, Phase phase, long from, long lastTime, String lastId) {
        this.query = query;
        this.limit = limit;
        this.phase = phase;
        this.from = from;
        this.fromInclusive = true;
        this.lastTime = lastTime;
        this.lastId = lastId;
    }

    /**
     * A pass from a cursor: a full refresh or a first read from 0, after a finished pass from an overlap window
     * before its last row, after an unfinished one (or any one when the overlap is zero) right after its last row.
     */
    public static ObjectPager start(
            ObjectQuery query, int limit, ObjectCursor cursor, boolean fullRefresh, Duration overlap) {
        if (fullRefresh || !cursor.hasPosition()) {
            return new ObjectPager(query, limit, Phase.OFFSET, 0, -1, "");
        }
        if (cursor.finished() && !overlap.isZero()) {
            long from = Math.max(0, cursor.time() - overlap.toMillis());
            return new ObjectPager(query, limit, Phase.OFFSET, from, cursor.time(), cursor.id());
        }
        return new ObjectPager(query, limit, Phase.SAME_TIME, cursor.time(), cursor.time(), cursor.id());
    }

    public boolean finished() {
        return finished;
    }

    /** Where the pass stands after the rows returned so far. */
    public ObjectCursor position() {
        return new ObjectCursor(finished, lastTime, lastId);
    }

    /** Warnings of the last page (an order the server did not honour). */
    private final List<String> warnings = new ArrayList<>();

    public List<String> takeWarnings() {
        List<String> taken = List.copyOf(warnings);
        warnings.clear();
        return taken;
    }

    /**
     * The next page of rows; may be empty while the pass goes on.
     *
     * @throws CallFailure for errors the caller classifies
     */
    public List<Row> next() {
        if (finished) {
            return List.of();
        }
        return phase == Phase.OFFSET ? nextByOffset() : nextSharingTime();
    }

    private List<Row> nextByOffset() {
        List<Row> rows;
        try {
            rows = query.page(
                    List.of(QueryFilter.of(TIME, fromInclusive ? "GTE" : "GT", Long.toString(from))),
                    List.of(TIME, ID),
                    limit,
                    offset);
        } catch (CallFailure failure) {
            if (failure.errorClass() == ErrorClass.OFFSET_OUT_OF_RANGE && offset > 0 && lastTime >= 0) {
                phase = Phase.SAME_TIME;
                return nextSharingTime();
            }
            throw failure;
        }
        boolean ordered = isOrdered(rows, ORDER);
        if (!ordered && !orderUnreliable) {
            orderUnreliable = true;
            warnings.add(query.objectApiName() + ": the API did not sort by last_modified_time then _id;"
                    + " every page now restarts by keyset");
        }
        rows.stream()
                .max(ORDER)
                .filter(row -> row.id() != null && row.lastModified() >= 0)
                .ifPresent(this::moveTo);
        if (rows.size() < limit) {
            finished = true;
        } else if (orderUnreliable || offset + 2L * limit > OFFSET_LIMIT) {
            phase = Phase.SAME_TIME;
        } else {
            offset += limit;
        }
        return rows;
    }

    private List<Row> nextSharingTime() {
        long time = lastTime;
        List<Row> rows = query.page(
                List.of(QueryFilter.of(TIME, "EQ", Long.toString(time)), QueryFilter.of(ID, "GT", lastId)),
                List.of(ID),
                limit,
                0);
        List<Row> kept = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (row.lastModified() == time && row.id() != null && row.id().compareTo(lastId) > 0) {
                kept.add(row);
            }
        }
        if (kept.size() != rows.size()) {
            warnings.add(query.objectApiName() + ": " + (rows.size() - kept.size())
                    + " rows did not match the keyset filter and were read again later");
        }
        kept.stream().max(ORDER).ifPresent(this::moveTo);
        if (rows.size() < limit) {
            phase = Phase.OFFSET;
            from = time;
            fromInclusive = false;
            offset = 0;
        }
        return kept;
    }

    private void moveTo(Row row) {
        lastTime = row.lastModified();
        lastId = String.valueOf(row.id());
    }

    private static boolean isOrdered(List<Row> rows, Comparator<Row> order) {
        for (int i = 1; i < rows.size(); i++) {
            if (order.compare(rows.get(i - 1), rows.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }
}
