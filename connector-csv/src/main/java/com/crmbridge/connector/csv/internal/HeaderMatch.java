package com.crmbridge.connector.csv.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which cell of a row holds which canonical column, found from the file's header row.
 *
 * @param headerLine the line of the header row
 * @param width how many cells the header row has, up to its last named column
 * @param indexes the cell index of each column of the layout by ordinal, {@code -1} when absent
 * @param headers the header text as written in the file for each column by ordinal, the canonical name when absent
 * @param notes what a person may want to know about the header (a column named twice, cells without a header)
 */
public record HeaderMatch(long headerLine, int width, List<Integer> indexes, List<String> headers, List<String> notes) {
    public HeaderMatch {
        indexes = List.copyOf(indexes);
        headers = List.copyOf(headers);
        notes = List.copyOf(notes);
    }

    public int index(Column column) {
        return indexes.get(column.ordinal());
    }

    public boolean has(Column column) {
        return indexes.get(column.ordinal()) >= 0;
    }

    /** The column's header as the file writes it, so that messages point at what the user sees. */
    public String header(Column column) {
        return headers.get(column.ordinal());
    }

    /**
     * Matches a header row against a layout.
     *
     * @param names normalised header name to canonical column name: the defaults, then the configured ones
     * @return the match, or {@code null} when the row lacks a required column
     */
    static @Nullable HeaderMatch of(Layout layout, Map<String, String> names, TableRow row) {
        int[] indexes = new int[layout.columns().size()];
        Arrays.fill(indexes, -1);
        String[] headers = layout.columns().stream().map(Column::name).toArray(String[]::new);
        List<String> notes = new ArrayList<>();
        Map<String, Integer> byName = new HashMap<>();
        layout.columns().forEach(c -> byName.put(c.name(), c.ordinal()));
        int width = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            String header = row.cell(i).strip();
            if (header.isEmpty()) {
                continue;
            }
            width = i + 1;
            String canonical = names.get(HeaderNames.normalise(header));
            if (canonical == null) {
                continue;
            }
            Integer ordinal = byName.get(canonical);
            if (ordinal == null) {
                continue;
            }
            if (indexes[ordinal] >= 0) {
                notes.add("line " + row.line() + ": column " + canonical + " is named twice ('" + headers[ordinal]
                        + "' and '" + header + "'); the first one is read");
                continue;
            }
            indexes[ordinal] = i;
            headers[ordinal] = header;
        }
        for (Column column : layout.columns()) {
            if (indexes[column.ordinal()] < 0 && column.required()) {
                return null;
            }
        }
        for (int i = 0; i < width; i++) {
            if (row.cell(i).isBlank()) {
                notes.add("line " + row.line() + ": column " + (i + 1)
                        + " has no header (a merged header cell?) and is ignored");
            }
        }
        return new HeaderMatch(
                row.line(), width, Arrays.stream(indexes).boxed().toList(), Arrays.asList(headers), notes);
    }

    /** The required columns a header row lacks, for the message of a file that cannot be read. */
    static List<Column> missing(Layout layout, Map<String, String> names, TableRow row) {
        List<String> present = new ArrayList<>();
        for (String cell : row.cells()) {
            String canonical = names.get(HeaderNames.normalise(cell.strip()));
            if (canonical != null) {
                present.add(canonical);
            }
        }
        return layout.columns().stream()
                .filter(c -> c.required() && !present.contains(c.name()))
                .toList();
    }
}
