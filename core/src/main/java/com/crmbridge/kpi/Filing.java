package com.crmbridge.kpi;

import com.crmbridge.domain.CanonicalRecord;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Files records on a second thread while the calling thread reads them: the reading thread hands each record
 * over with the person it resolved, in batches and in order, and the filing thread passes them to the
 * {@link Filer} in that same order. The streams stay on the calling thread, which a store's snapshot needs (its
 * cursors belong to the caller's transaction); reading (decoding, resolving ids) and filing (tallies, the id
 * table) then run side by side. On a single processor everything is filed on the calling thread instead.
 *
 * <p>Only the calling thread uses a {@code Filing}. What the filer wrote is visible to the calling thread once
 * {@link #finish()} returns. A failure on the filing thread stops the reading at the next batch and is rethrown
 * by {@link #add} or {@link #finish()}; {@link #close()} stops the filing thread when the reading failed.
 */
final class Filing implements AutoCloseable {
    /** Files one record; called on the filing thread only, in the order the records were added. */
    interface Filer {
        /** Files the record of the person (an index the reader chose), whose identity the reader passes along. */
        void file(CanonicalRecord record, int person, @Nullable ManagerIdentity manager);
    }

    /** Large enough that handing over costs little per record, small enough to keep both threads busy. */
    private static final int BATCH = 1024;

    /** Batches waiting to be filed; bounded, so that a fast reader waits instead of filling the heap. */
    private static final int QUEUED = 8;

    private static final Batch END = new Batch(0);

    private final Filer filer;
    private final @Nullable Thread thread;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
    private volatile @Nullable Throwable failure;
    private Batch open = new Batch(BATCH);
    private boolean ended;

    private Filing(Filer filer, boolean onSecondThread) {
        this.filer = filer;
        if (onSecondThread) {
            Thread filing = new Thread(this::fileUntilEnd, "kpi-filing");
            filing.setDaemon(true);
            this.thread = filing;
            filing.start();
        } else {
            this.thread = null;
        }
    }

    /** Starts filing on a second thread when the machine has a second processor. */
    static Filing start(Filer filer) {
        return new Filing(filer, Runtime.getRuntime().availableProcessors() > 1);
    }

    /** Files on the calling thread: for tests of the filing itself. */
    static Filing onCallingThread(Filer filer) {
        return new Filing(filer, false);
    }

    void add(CanonicalRecord record, int person, @Nullable ManagerIdentity manager) {
        if (thread == null) {
            filer.file(record, person, manager);
            return;
        }
        Batch batch = open;
        int slot = batch.size++;
        batch.records[slot] = record;
        batch.persons[slot] = person;
        batch.managers[slot] = manager;
        if (batch.size == BATCH) {
            rethrowFailure();
            put(batch);
            open = new Batch(BATCH);
        }
    }

    /** Waits until every record added is filed; rethrows the filing thread's failure. */
    void finish() {
        Thread filing = thread;
        if (filing == null || ended) {
            return;
        }
        if (open.size > 0) {
            put(open);
        }
        end(filing);
        rethrowFailure();
    }

    /** Stops the filing thread without waiting for what is left when {@link #finish()} was not reached. */
    @Override
    public void close() {
        Thread filing = thread;
        if (filing != null && !ended) {
            // the reading failed: the rest need not be filed
            filing.interrupt();
            ended = true;
        }
    }

    private void end(Thread filing) {
        put(END);
        ended = true;
        try {
            filing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            filing.interrupt();
            throw new IllegalStateException("interrupted while waiting for the KPI records to be filed", e);
        }
    }

    private void put(Batch batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Thread filing = thread;
            if (filing != null) {
                filing.interrupt();
            }
            ended = true;
            throw new IllegalStateException("interrupted while reading the KPI records", e);
        }
    }

    private void rethrowFailure() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
    }

    private void fileUntilEnd() {
        try {
            for (Batch batch = queue.take(); batch != END; batch = queue.take()) {
                if (failure == null) {
                    fileAll(batch);
                }
                // after a failure, keep taking batches so that the reading thread never waits on a full queue
            }
        } catch (InterruptedException e) {
            // close(): the reading failed and its own exception is what the caller sees
        }
    }

    private void fileAll(Batch batch) {
        try {
            for (int i = 0; i < batch.size; i++) {
                filer.file(batch.records[i], batch.persons[i], batch.managers[i]);
            }
        } catch (RuntimeException | Error e) {
            // the filer throws nothing checked; whatever it throws, the reading thread rethrows as it is
            failure = e;
        }
    }

    private static final class Batch {
        final CanonicalRecord[] records;
        final int[] persons;
        final @Nullable ManagerIdentity[] managers;
        int size;

        Batch(int capacity) {
            this.records = new CanonicalRecord[capacity];
            this.persons = new int[capacity];
            this.managers = new ManagerIdentity[capacity];
        }
    }
}
