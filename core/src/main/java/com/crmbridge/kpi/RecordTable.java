package com.crmbridge.kpi;

import com.crmbridge.domain.SourceRef;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The ids of the records a run's explanations list, kept compactly: the connector as a small index and the id's
 * characters in one shared byte array (one byte per character when every character fits, the string itself
 * otherwise), so that a record costs about a dozen bytes instead of a {@link SourceRef}, a {@link String} and
 * its array. Figures hold int numbers into the table; {@link #sorted} gives them as an immutable list of
 * {@link SourceRef}s in {@link SourceRef#compareTo} order, made when read.
 */
final class RecordTable {
    private final List<String> connectors = new ArrayList<>();
    private final List<String> wideIds = new ArrayList<>();
    private byte[] chars = new byte[1 << 12];
    private int used;
    /** Per record: where its characters start in {@link #chars}, or the index in {@link #wideIds}. */
    private int[] starts = new int[1 << 10];
    /** Per record: where its characters end in {@link #chars} (unused for a wide id). */
    private int[] ends = new int[1 << 10];
    /** Per record: the connector's index times two, plus one when the id is kept in {@link #wideIds}. */
    private int[] meta = new int[1 << 10];

    private int size;

    /** Adds the record's id and returns its number in the table. */
    int add(SourceRef ref) {
        if (size == starts.length) {
            int capacity = Math.max(16, size * 2);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            meta = Arrays.copyOf(meta, capacity);
        }
        String id = ref.externalId();
        int connector = connectorIndex(ref.connector());
        int number = size++;
        if (isLatin1(id)) {
            int length = id.length();
            if (chars.length - used < length) {
                long doubled = Math.min(2L * chars.length, Integer.MAX_VALUE - 8);
                chars = Arrays.copyOf(chars, Math.max(Math.addExact(used, length), (int) doubled));
            }
            for (int i = 0; i < length; i++) {
                chars[used + i] = (byte) id.charAt(i);
            }
            starts[number] = used;
            meta[number] = connector * 2;
            used += length;
            ends[number] = used;
        } else {
            starts[number] = wideIds.size();
            wideIds.add(id);
            meta[number] = connector * 2 + 1;
        }
        return number;
    }

    /** Gives back the spare capacity once every record is added: the table is kept as long as the results. */
    void trim() {
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        meta = Arrays.copyOf(meta, size);
        chars = Arrays.copyOf(chars, used);
    }

    private int connectorIndex(String connector) {
        for (int i = connectors.size() - 1; i >= 0; i--) {
            String known = connectors.get(i);
            if (known.equals(connector)) {
                return i;
            }
        }
        connectors.add(connector);
        return connectors.size() - 1;
    }

    private static boolean isLatin1(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private boolean isWide(int number) {
        return (meta[number] & 1) != 0;
    }

    private String connector(int number) {
        return connectors.get(meta[number] >>> 1);
    }

    private String id(int number) {
        if (isWide(number)) {
            return wideIds.get(starts[number]);
        }
        return new String(chars, starts[number], ends[number] - starts[number], StandardCharsets.ISO_8859_1);
    }

    /** The record as a new {@link SourceRef}. */
    SourceRef ref(int number) {
        return new SourceRef(connector(number), id(number));
    }

    /** As {@link SourceRef#compareTo}: by connector, then by id (UTF-16 code units). */
    int compare(int a, int b) {
        int ca = meta[a] >>> 1;
        int cb = meta[b] >>> 1;
        if (ca != cb) {
            int byConnector = connectors.get(ca).compareTo(connectors.get(cb));
            if (byConnector != 0) {
                return byConnector;
            }
        }
        if (isWide(a) || isWide(b)) {
            return id(a).compareTo(id(b));
        }
        int sa = starts[a];
        int sb = starts[b];
        int la = ends[a] - sa;
        int lb = ends[b] - sb;
        int common = Math.min(la, lb);
        for (int i = 0; i < common; i++) {
            int diff = (chars[sa + i] & 0xFF) - (chars[sb + i] & 0xFF);
            if (diff != 0) {
                return diff;
            }
        }
        return la - lb;
    }

    /**
     * The records in SourceRef order, as an immutable list whose elements are made when read. Sorts the list's
     * own numbers in place (idempotent).
     */
    List<SourceRef> sorted(RecordList records) {
        int count = records.size();
        if (count == 0) {
            return List.of();
        }
        int[] numbers = records.numbers();
        sort(numbers, count);
        return new Sorted(this, Arrays.copyOf(numbers, count));
    }

    private void sort(int[] numbers, int count) {
        // insertion sort: a person's records of one period and kind are a few dozen at most
        if (count <= 32) {
            for (int i = 1; i < count; i++) {
                int value = numbers[i];
                int j = i - 1;
                while (j >= 0 && compare(numbers[j], value) > 0) {
                    numbers[j + 1] = numbers[j];
                    j--;
                }
                numbers[j + 1] = value;
            }
            return;
        }
        int[] buffer = new int[count];
        mergeSort(numbers, buffer, 0, count);
    }

    private void mergeSort(int[] numbers, int[] buffer, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(numbers, buffer, from, middle);
        mergeSort(numbers, buffer, middle, to);
        if (compare(numbers[middle - 1], numbers[middle]) <= 0) {
            return;
        }
        System.arraycopy(numbers, from, buffer, from, to - from);
        int left = from;
        int right = middle;
        for (int i = from; i < to; i++) {
            if (right >= to || (left < middle && compare(buffer[left], buffer[right]) <= 0)) {
                numbers[i] = buffer[left++];
            } else {
                numbers[i] = buffer[right++];
            }
        }
    }

    /** Record numbers of a table in the order they were added; grows as needed. */
    static final class RecordList {
        private int[] numbers = new int[0];
        private int size;

        void add(int number) {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, Math.max(4, size * 2));
            }
            numbers[size++] = number;
        }

        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }

        int[] numbers() {
            return numbers;
        }
    }

    /** Immutable: the {@link AbstractList} mutators throw. */
    private static final class Sorted extends AbstractList<SourceRef> implements RandomAccess {
        private final RecordTable table;
        private final int[] numbers;

        Sorted(RecordTable table, int[] numbers) {
            this.table = table;
            this.numbers = numbers;
        }

        @Override
        public SourceRef get(int index) {
            return table.ref(numbers[index]);
        }

        @Override
        public int size() {
            return numbers.length;
        }
    }
}
