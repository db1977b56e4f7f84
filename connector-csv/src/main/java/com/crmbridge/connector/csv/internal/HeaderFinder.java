package com.crmbridge.connector.csv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds a file's header row: the first of the first {@value #MAX_ROWS} non-blank rows that holds every
 * required column, so that a title row above the header (a merged cell in an Excel export) is skipped.
 */
public final class HeaderFinder {
    static final int MAX_ROWS = 10;

    private HeaderFinder() {}

    /**
     * Reads the table up to and including its header row.
     *
     * @param names normalised header name to canonical column, from {@link HeaderDictionary}
     * @throws com.crmbridge.spi.error.ConnectorException.BadRecordException when the file is empty or no row holds
     *     every required column, naming the missing ones and the accepted headers
     */
    public static HeaderMatch find(TableSource table, Layout layout, Map<String, String> names, String fileName) {
        TableRow first = null;
        List<Long> skipped = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            TableRow row = table.next();
            if (row == null) {
                break;
            }
            if (first == null) {
                first = row;
            }
            HeaderMatch match = HeaderMatch.of(layout, names, row);
            if (match != null) {
                if (skipped.isEmpty()) {
                    return match;
                }
                List<String> notes = new ArrayList<>(match.notes());
                notes.add(
                        0,
                        "line" + (skipped.size() > 1 ? "s " : " ")
                                + skipped.stream().map(String::valueOf).collect(Collectors.joining(", "))
                                + " above the header row (line " + row.line() + ") "
                                + (skipped.size() > 1 ? "are" : "is")
                                + " not data and skipped");
                return new HeaderMatch(match.headerLine(), match.width(), match.indexes(), match.headers(), notes);
            }
            skipped.add(row.line());
        }
        throw missing(layout, names, fileName, first);
    }

    private static RuntimeException missing(
            Layout layout, Map<String, String> names, String fileName, @Nullable TableRow first) {
        List<Column> required =
                layout.columns().stream().filter(Column::required).toList();
        if (first == null) {
            return Unreadable.file(
                    fileName,
                    1,
                    "is empty: a header row with the columns "
                            + required.stream().map(Column::name).collect(Collectors.joining(", "))
                            + " is expected");
        }
        List<Column> missing = HeaderMatch.missing(layout, names, first);
        String which = missing.stream()
                .map(c -> c.name() + (c.aliases().isEmpty() ? "" : " (or " + String.join(", ", c.aliases()) + ")"))
                .collect(Collectors.joining("; "));
        return Unreadable.column(
                fileName,
                first.line(),
                missing.isEmpty() ? null : missing.get(0).name(),
                "the required column" + (missing.size() > 1 ? "s " : " ") + which
                        + (missing.size() > 1 ? " are" : " is")
                        + " missing from the header row ("
                        + String.join(
                                ", ", first.cells().stream().map(String::strip).toList())
                        + "); name the column in the file or add its header with the setting headers."
                        + layout.recordName() + "."
                        + (missing.isEmpty() ? "<column>" : missing.get(0).name()));
    }
}
