package com.crmbridge.connector.csv.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.RandomAccess;

/**
 * One row of a table file as text cells.
 *
 * @param line the 1-based line the row starts on (the row number in an xlsx sheet)
 * @param cells the cells as read, not yet stripped; never null
 * @param excelNumbers which cells hold an xlsx number (an Excel serial number in a date column); empty for CSV
 */
public record TableRow(long line, List<String> cells, BitSet excelNumbers) {
    private static final BitSet NO_NUMBERS = new BitSet();

    public TableRow {
        // the cells of ofCells are this row's own already: no second copy
        cells = cells instanceof Cells ? cells : List.copyOf(cells);
        excelNumbers = (BitSet) excelNumbers.clone();
    }

    /**
     * A row of text cells without xlsx numbers, copying the cells once.
     *
     * @param cells the first {@code count} entries are the cells; none may be null
     */
    public static TableRow ofCells(long line, String[] cells, int count) {
        return new TableRow(line, new Cells(Arrays.copyOf(cells, count)), NO_NUMBERS);
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

    /** An unmodifiable list over an array that nothing else holds. */
    private static final class Cells extends AbstractList<String> implements RandomAccess {
        private final String[] cells;

        Cells(String[] cells) {
            for (String cell : cells) {
                if (cell == null) {
                    throw new NullPointerException("a cell is null");
                }
            }
            this.cells = cells;
        }

        @Override
        public String get(int index) {
            return cells[index];
        }

        @Override
        public int size() {
            return cells.length;
        }
    }
}
