package com.crmbridge.connector.csv.internal;

import java.util.BitSet;
import java.util.List;

/**
 * One row of a table file as text cells.
 *
 * @param line the 1-based line the row starts on (the row number in an xlsx sheet)
 * @param cells the cells as read, not yet stripped; never null
 * @param excelNumbers which cells hold an xlsx number (an Excel serial number in a date column); empty for CSV
 */
public record TableRow(long line, List<String> cells, BitSet excelNumbers) {
    public TableRow {
        cells = List.copyOf(cells);
        excelNumbers = (BitSet) excelNumbers.clone();
    }

    /** A cell, or empty text beyond the row's end. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isExcelNumber(int index) {
        return excelNumbers.get(index);
    }

    /** Whether every cell is empty or spaces: such rows are skipped. */
    public boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** How many cells the row has once empty cells at its end are dropped. */
    public int filledWidth() {
        int width = cells.size();
        while (width > 0 && cells.get(width - 1).isBlank()) {
            width--;
        }
        return width;
    }
}
