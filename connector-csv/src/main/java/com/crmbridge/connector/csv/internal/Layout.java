package com.crmbridge.connector.csv.internal;

import com.crmbridge.spi.StreamKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of one record type's file, in order, with the file's default base name.
 *
 * @param stream the record type
 * @param columns the canonical columns; each column's ordinal is its index here
 */
public record Layout(StreamKind stream, List<Column> columns) {
    public Layout {
        columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).ordinal() != i) {
                throw new IllegalArgumentException("column " + columns.get(i).name() + " is not at its ordinal " + i);
            }
        }
    }

    /** {@code managers}, {@code customers}, {@code deals}, {@code feedback} or {@code targets}. */
    public String recordName() {
        return stream.name().toLowerCase(Locale.ROOT);
    }

    public Optional<Column> column(String canonical) {
        return columns.stream().filter(c -> c.name().equals(canonical)).findFirst();
    }
}
