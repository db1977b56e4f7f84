package com.crmbridge.connector.csv.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The values of one data row by canonical column, read with the file's header match. Every failure names the
 * column as the file writes it and says what the canonical column expects.
 */
public final class RowValues {
    private final HeaderMatch header;
    private final Dates dates;
    private TableRow row;

    public RowValues(HeaderMatch header, Dates dates) {
        this.header = header;
        this.dates = dates;
        this.row = new TableRow(0, java.util.List.of(), new java.util.BitSet());
    }

    /** Points at the next row; the instance is reused row after row. */
    public RowValues at(TableRow next) {
        this.row = next;
        return this;
    }

    public TableRow row() {
        return row;
    }

    /** A value reader that may refuse the text with a reason. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(String text) throws ValueException;
    }

    /** The stripped text of a column; empty text when the column is absent or the cell empty. */
    public String text(Column column) {
        int index = header.index(column);
        return index < 0 ? "" : strip(row.cell(index));
    }

    /**
     * {@link String#strip()}, without its per-character look-ups when the first and last characters are plainly
     * no white space (printable ASCII, or at or above U+3001, where white space ends), as in nearly every cell.
     */
    static String strip(String text) {
        int length = text.length();
        if (length > 0 && isPlainlyNotSpace(text.charAt(0)) && isPlainlyNotSpace(text.charAt(length - 1))) {
            return text;
        }
        return text.strip();
    }

    private static boolean isPlainlyNotSpace(char c) {
        return (c > ' ' && c < 0x7f) || c > 0x3000;
    }

    /** The text of a required column, refused when empty. */
    public String requiredText(Column column) throws RowException {
        String text = text(column);
        if (text.isEmpty()) {
            throw new RowException(header.header(column), "", column.name() + " is required but empty");
        }
        return text;
    }

    /** A required value read by the reader. */
    public <T> T required(Column column, Reader<T> reader) throws RowException {
        return parse(column, requiredText(column), reader);
    }

    /** An optional value: {@code null} when empty, refused when present but unreadable. */
    public <T> @Nullable T optional(Column column, Reader<T> reader) throws RowException {
        String text = text(column);
        return text.isEmpty() ? null : parse(column, text, reader);
    }

    /** A value read by the reader even when empty, for columns whose empty value means a default. */
    public <T> T read(Column column, Reader<T> reader) throws RowException {
        return parse(column, text(column), reader);
    }

    public LocalDate requiredDate(Column column) throws RowException {
        return required(column, text -> isExcelNumber(column) ? dates.excelDate(text) : dates.date(text));
    }

    public @Nullable LocalDate optionalDate(Column column) throws RowException {
        return optional(column, text -> isExcelNumber(column) ? dates.excelDate(text) : dates.date(text));
    }

    public Instant requiredInstant(Column column) throws RowException {
        return required(column, text -> isExcelNumber(column) ? dates.excelInstant(text) : dates.instant(text));
    }

    public @Nullable Instant optionalInstant(Column column) throws RowException {
        return optional(column, text -> isExcelNumber(column) ? dates.excelInstant(text) : dates.instant(text));
    }

    private boolean isExcelNumber(Column column) {
        int index = header.index(column);
        return index >= 0 && row.isExcelNumber(index);
    }

    private <T> T parse(Column column, String text, Reader<T> reader) throws RowException {
        try {
            return reader.read(text);
        } catch (ValueException e) {
            throw new RowException(header.header(column), text, column.name() + " " + e.getMessage());
        }
    }

    /** Refuses the row with a reason about a column's value that was read but breaks a rule. */
    public RowException refuse(Column column, String reason) {
        return new RowException(header.header(column), text(column), reason);
    }
}
