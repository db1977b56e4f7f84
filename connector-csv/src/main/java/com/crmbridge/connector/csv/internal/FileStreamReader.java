package com.crmbridge.connector.csv.internal;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.spi.error.ConnectorException;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one record type's file in pages of at most {@link SourceOptions#pageSize()} rows, holding one page
 * and one row at a time. What it reads follows from the file and the stored cursor (see {@link ReadPlan}):
 * nothing for an unchanged file, the whole file again for a changed one (replacing the stream), the rest of
 * the file after a cursor left mid-file.
 *
 * <p>Each page carries the rows that became records, the rows set aside with file, line, column and reason,
 * and warnings (unknown references, duplicate ids, header notes). A file that cannot be read on throws a
 * {@link ConnectorException.BadRecordException} naming the file and line; pages returned before stay valid.
 */
public final class FileStreamReader implements StreamReader {
    private final String connector;
    private final SourceOptions options;
    private final ConnectorLog log;
    private final StreamKind stream;
    private final ReadPlan plan;
    private final RowMapper mapper;
    private final Dates dates;
    private final IdSet seenIds = new IdSet();
    private final MessageDigest digest = FileState.newDigest();
    private final Map<StreamKind, KnownIds> known = new EnumMap<>(StreamKind.class);
    private final boolean xlsx;

    private @Nullable TableSource table;
    private @Nullable HeaderMatch header;
    private @Nullable RowValues values;
    private @Nullable TableRow pending;
    private long consumed;
    private boolean done;

    // records of the page not yet checked for duplicate ids, with their lines and id hashes (see settle)
    private @Nullable CanonicalRecord[] unsettled = new CanonicalRecord[64];
    private long[] unsettledLines = new long[64];
    private long[] unsettledHashes = new long[64];
    private boolean[] unsettledAdded = new boolean[64];
    private int unsettledCount;

    private FileStreamReader(
            String connector, SourceOptions options, ZoneId zone, ConnectorLog log, StreamKind stream, ReadPlan plan) {
        this.connector = connector;
        this.options = options;
        this.log = log;
        this.stream = stream;
        this.plan = plan;
        this.mapper = options.mapper(stream);
        this.dates = new Dates(zone);
        this.done = plan.file() == null;
        Path file = plan.file();
        this.xlsx = file != null && TableFiles.isXlsx(file);
    }

    /**
     * Opens the read of a stream. Looks at the directory and the cursor only; the file is opened by the first
     * {@link #next()}, which is where its errors surface.
     */
    public static FileStreamReader open(
            String connector,
            SourceOptions options,
            ZoneId zone,
            ConnectorLog log,
            StreamKind stream,
            @Nullable Cursor cursor,
            ReadMode mode) {
        ReadPlan plan = ReadPlan.of(options, stream, FileCursor.parse(cursor), mode);
        log.debug(stream.name().toLowerCase(java.util.Locale.ROOT) + ": " + plan.describe());
        return new FileStreamReader(connector, options, zone, log, stream, plan);
    }

    @Override
    public boolean replacesStream() {
        return plan.replaces();
    }

    @Override
    public Optional<Page> next() {
        if (done) {
            return Optional.empty();
        }
        try {
            List<String> warnings = new ArrayList<>();
            if (table == null) {
                start(warnings);
            }
            return Optional.of(page(warnings));
        } catch (IOException e) {
            close();
            throw new ConnectorException.Retryable(fileName() + " cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void start(List<String> warnings) throws IOException {
        Path file = requireFile();
        TableSource opened = TableFiles.open(file, options.encoding(), options.sheet(), digest);
        table = opened;
        HeaderMatch match = HeaderFinder.find(
                opened, mapper.layout(), HeaderDictionary.of(mapper.layout(), options.headers()), fileName());
        header = match;
        values = new RowValues(match, dates);
        match.notes().forEach(note -> warnings.add(fileName() + " " + note));
        for (StreamKind target : List.of(StreamKind.MANAGERS, StreamKind.CUSTOMERS)) {
            if (target != stream) {
                KnownIds ids = KnownIds.load(options, target);
                if (ids != null) {
                    known.put(target, ids);
                }
            }
        }
        log.info("reading " + fileName() + " for " + mapper.layout().recordName()
                + (plan.skipRows() > 0 ? " from data row " + (plan.skipRows() + 1) : ""));
        while (consumed < plan.skipRows()) {
            TableRow row = opened.next();
            if (row == null) {
                break;
            }
            consumed++;
            try {
                seenIds.add(mapper.map(connector, values.at(row)).source().externalId());
            } catch (RowException | IllegalArgumentException e) {
                // set aside on the page that first read it
            }
        }
    }

    private Page page(List<String> warnings) throws IOException {
        TableSource source = requireOpen();
        List<BadRecord> rejects = new ArrayList<>();
        int rows = 0;
        TableRow row = pending != null ? pending : source.next();
        while (row != null && rows < options.pageSize()) {
            rows++;
            consumed++;
            read(row, rejects);
            row = source.next();
        }
        List<CanonicalRecord> records = settle(warnings);
        // one row read ahead, so that a page that ends with the file is the last page
        pending = row;
        if (row == null) {
            return lastPage(records, rejects, warnings);
        }
        FileState state = plan.state();
        FileCursor cursor =
                new FileCursor(state.name(), state.size(), state.modified(), "", consumed, false, plan.replaces());
        return new Page(records, List.of(), rejects, warnings, cursor.toCursor());
    }

    /** Maps a row: a record waits for {@link #settle}, a bad row is set aside. */
    private void read(TableRow row, List<BadRecord> rejects) {
        HeaderMatch match = requireHeader();
        // a sheet has no delimiters to count: cells outside the named columns are ignored there
        if (!xlsx) {
            int fields = row.cells().size();
            if (row.filledWidth() > match.width() || fields < match.width()) {
                int shown = fields < match.width() ? fields : row.filledWidth();
                rejects.add(BadRecord.inFile(
                        fileName(),
                        row.line(),
                        null,
                        null,
                        "has " + shown + " fields, the header row has " + match.width()));
                return;
            }
        }
        CanonicalRecord record;
        try {
            record = mapper.map(connector, requireValues().at(row));
        } catch (RowException e) {
            rejects.add(BadRecord.inFile(fileName(), row.line(), e.column(), e.rawValue(), e.reason()));
            return;
        } catch (IllegalArgumentException e) {
            rejects.add(BadRecord.inFile(fileName(), row.line(), null, null, String.valueOf(e.getMessage())));
            return;
        }
        if (unsettledCount == unsettled.length) {
            int size = unsettledCount * 2;
            unsettled = Arrays.copyOf(unsettled, size);
            unsettledLines = Arrays.copyOf(unsettledLines, size);
            unsettledHashes = Arrays.copyOf(unsettledHashes, size);
            unsettledAdded = Arrays.copyOf(unsettledAdded, size);
        }
        unsettled[unsettledCount] = record;
        unsettledLines[unsettledCount] = row.line();
        unsettledHashes[unsettledCount] = IdSet.hash(record.source().externalId());
        unsettledCount++;
    }

    /**
     * The page's records in row order, checking each id against the ids of the lines before (a later row with the
     * same id replaces the earlier one, with a warning) and warning about unknown references. The ids go into the
     * set of seen ids all at once, in row order, which gives the same answers as one at a time and is faster (see
     * {@link IdSet#addAll}).
     */
    private List<CanonicalRecord> settle(List<String> warnings) {
        HeaderMatch match = requireHeader();
        int count = unsettledCount;
        seenIds.addAll(unsettledHashes, count, unsettledAdded);
        // When every id was new to the set, none repeats within the page either: the records stay in row order
        // as they are. Otherwise (a duplicate, or a full set that no longer tells) they go through a map by id.
        boolean allNew = !seenIds.isFull();
        for (int i = 0; i < count && allNew; i++) {
            allNew = unsettledAdded[i];
        }
        Map<String, CanonicalRecord> byId = allNew ? Map.of() : new LinkedHashMap<>(count * 4 / 3 + 1);
        CanonicalRecord[] inOrder = new CanonicalRecord[allNew ? count : 0];
        for (int i = 0; i < count; i++) {
            CanonicalRecord record = Objects.requireNonNull(unsettled[i]);
            unsettled[i] = null;
            long line = unsettledLines[i];
            if (allNew) {
                inOrder[i] = record;
            } else {
                String id = record.source().externalId();
                if (!unsettledAdded[i]) {
                    warnings.add(fileName() + " line " + line + ": id " + id
                            + " appears on an earlier line too; this later row wins");
                    byId.remove(id);
                }
                byId.put(id, record);
            }
            if (known.isEmpty()) {
                continue;
            }
            for (Reference reference : mapper.references(record, match)) {
                KnownIds ids = known.get(reference.target());
                if (ids != null && !ids.ids().contains(reference.id())) {
                    warnings.add(fileName() + " line " + line + ": " + reference.column() + " '" + reference.id()
                            + "' is not in " + ids.file() + "; the row is kept");
                }
            }
        }
        unsettledCount = 0;
        return allNew ? List.of(inOrder) : List.copyOf(byId.values());
    }

    private Page lastPage(List<CanonicalRecord> records, List<BadRecord> rejects, List<String> warnings)
            throws IOException {
        Path file = requireFile();
        String sha256;
        if (xlsx) {
            sha256 = plan.state().sha256();
        } else {
            sha256 = HexFormat.of().formatHex(digest.digest());
        }
        close();
        FileState now = FileState.of(file);
        FileState then = plan.state();
        if (now.size() != then.size() || now.modified() != then.modified()) {
            throw new ConnectorException.Retryable(
                    fileName() + " changed while it was read; the next read reads it again whole", null);
        }
        if (consumed == 0) {
            warnings.add(fileName() + " has a header row but no data rows: the stream is now empty");
        }
        if (seenIds.isFull()) {
            warnings.add(fileName() + " has more than " + seenIds.capacity()
                    + " rows: duplicate ids after that many rows were not checked (the later row still wins)");
        }
        FileCursor cursor =
                new FileCursor(then.name(), then.size(), then.modified(), sha256, consumed, true, plan.replaces());
        log.info("read " + fileName() + ": " + consumed + " data rows");
        return new Page(records, List.of(), rejects, warnings, cursor.toCursor());
    }

    @Override
    public void close() {
        done = true;
        if (table != null) {
            table.close();
        }
    }

    private String fileName() {
        Path file = plan.file();
        return file == null
                ? stream.name().toLowerCase(java.util.Locale.ROOT)
                : file.getFileName().toString();
    }

    private Path requireFile() {
        Path file = plan.file();
        if (file == null) {
            throw new IllegalStateException("no file to read");
        }
        return file;
    }

    private TableSource requireOpen() {
        if (table == null) {
            throw new IllegalStateException("not started");
        }
        return table;
    }

    private HeaderMatch requireHeader() {
        if (header == null) {
            throw new IllegalStateException("not started");
        }
        return header;
    }

    private RowValues requireValues() {
        if (values == null) {
            throw new IllegalStateException("not started");
        }
        return values;
    }
}
