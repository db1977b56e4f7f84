package com.crmbridge.connector.csv.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * One sheet of an xlsx workbook, streamed row by row with FastExcel's reader: the first sheet, or the one named
 * by the setting {@code sheet}. Numbers come as their plain decimal text and are flagged, so that a number in a
 * date column is read as an Excel serial day; text, booleans and the cached results of formulas come as text.
 * Merged cells hold their value in the first cell only, the others are empty.
 */
public final class XlsxTable implements TableSource {
    private final String fileName;
    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;

    public XlsxTable(Path file, @Nullable String sheetName) {
        this.fileName = file.getFileName().toString();
        try {
            this.workbook = new ReadableWorkbook(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw Unreadable.file(fileName, 0, "is not a readable xlsx workbook: " + e.getMessage());
        }
        try {
            Sheet sheet = sheetName == null
                    ? workbook.getFirstSheet()
                    : workbook.findSheet(sheetName)
                            .orElseThrow(() -> Unreadable.file(
                                    fileName,
                                    0,
                                    "has no sheet named '" + sheetName + "' (setting sheet); its sheets are "
                                            + workbook.getSheets()
                                                    .map(Sheet::getName)
                                                    .collect(Collectors.joining(", "))));
            this.rows = sheet.openStream();
            this.iterator = rows.iterator();
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            if (e instanceof com.crmbridge.spi.error.ConnectorException c) {
                throw c;
            }
            throw Unreadable.file(fileName, 0, "is not a readable xlsx workbook: " + e.getMessage());
        }
    }

    @Override
    public @Nullable TableRow next() {
        try {
            while (iterator.hasNext()) {
                Row row = iterator.next();
                TableRow table = convert(row);
                if (!table.isBlank()) {
                    return table;
                }
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw Unreadable.file(fileName, 0, "cannot be read on: " + e.getMessage());
        }
    }

    private static TableRow convert(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        BitSet numbers = new BitSet();
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            cells.add(text(cell));
            if (cell != null && isNumber(cell)) {
                numbers.set(i);
            }
        }
        return new TableRow(row.getRowNum(), cells, numbers);
    }

    private static boolean isNumber(Cell cell) {
        return cell.getType() == CellType.NUMBER
                || (cell.getType() == CellType.FORMULA && cell.getRawValue() != null && isDecimal(cell.getRawValue()));
    }

    private static String text(@Nullable Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        String raw = cell.getRawValue();
        if (raw == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER || (cell.getType() == CellType.FORMULA && isDecimal(raw))) {
            // 1001 stays 1001, 1.0E7 becomes 10000000, 1234.50 keeps its digits
            return new BigDecimal(raw).toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "true" : "false";
        }
        if (cell.getType() == CellType.STRING) {
            return cell.asString();
        }
        return raw;
    }

    private static boolean isDecimal(String raw) {
        try {
            new BigDecimal(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public void close() {
        rows.close();
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            workbook.close();
        } catch (IOException e) {
            // nothing is written; a failed close loses nothing
        }
    }
}
