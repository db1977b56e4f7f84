package com.crmbridge.connector.csv.internal;

/**
 * A set of ids in bounded memory: each id is kept as a 64-bit hash in an open-addressing table, so a million
 * ids take 16 MiB whatever their length. Two different ids share a hash with a probability near 10⁻⁸ for a
 * million ids; then a duplicate is reported that is none, which only costs a warning. Past
 * {@link #capacity()} ids the set stops growing and says so, so that a file of any size reads in constant memory.
 */
public final class IdSet {
    private static final int DEFAULT_CAPACITY = 1 << 20;

    private final int capacity;
    private long[] table;
    private int size;
    private boolean full;

    public IdSet() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity the most ids kept */
    public IdSet(int capacity) {
        this.capacity = capacity;
        this.table = new long[1024];
    }

    public int capacity() {
        return capacity;
    }

    /** Whether ids were refused because the set was full: answers are then incomplete. */
    public boolean isFull() {
        return full;
    }

    /**
     * Adds an id.
     *
     * @return {@code false} when the id was there already, {@code true} when it was added or the set is full
     */
    public boolean add(String id) {
        return add(hash(id));
    }

    /**
     * Adds ids by their {@link #hash}es, in order, as {@link #add(String)} one by one would: {@code added[i]} gets
     * what it would return for the id of {@code hashes[i]}. Adding many at once in a short loop lets the processor
     * wait for several of the table's cache misses at the same time, where one add between the other work of a
     * row waits for its miss alone; with a million ids the table is far larger than the caches.
     */
    public void addAll(long[] hashes, int count, boolean[] added) {
        for (int i = 0; i < count; i++) {
            added[i] = add(hashes[i]);
        }
    }

    private boolean add(long hash) {
        int mask = table.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            if (table[slot] == hash) {
                return false;
            }
            if (table[slot] == 0) {
                if (size >= capacity) {
                    full = true;
                    return true;
                }
                table[slot] = hash;
                size++;
                if (size * 2 > table.length) {
                    grow();
                }
                return true;
            }
        }
    }

    public boolean contains(String id) {
        long hash = hash(id);
        int mask = table.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            if (table[slot] == hash) {
                return true;
            }
            if (table[slot] == 0) {
                return false;
            }
        }
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long hash : old) {
            if (hash != 0) {
                int slot = (int) hash & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = hash;
            }
        }
    }

    /** FNV-1a over the chars, then a finaliser that spreads the bits; never 0, the empty slot. */
    public static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53ac49bL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
