package com.crmbridge.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.SourceRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FilingTest {
    private static final ManagerIdentity MANAGER = new ManagerIdentity(
            "a@example.com",
            "m1",
            "A",
            "a@example.com",
            null,
            ManagerTier.STANDARD,
            true,
            List.of(new SourceRef("crm", "m1")));

    /** More records than fit in a few batches and in the queue, so that the reader waits for the filer. */
    private static final int MANY = 50_000;

    @Test
    void filesEveryRecordInTheOrderItWasAddedOnAnotherThread() {
        List<String> filed = new ArrayList<>();
        List<Integer> persons = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        try (Filing filing = Filing.start((record, person, manager) -> {
            filed.add(record.source().externalId());
            persons.add(person);
            if (threads.isEmpty()) {
                threads.add(Thread.currentThread());
            }
        })) {
            for (int i = 0; i < MANY; i++) {
                filing.add(deal("d" + i), i % 7, MANAGER);
            }
            filing.finish();
        }

        assertThat(filed).hasSize(MANY);
        for (int i = 0; i < MANY; i++) {
            assertThat(filed.get(i)).isEqualTo("d" + i);
            assertThat(persons.get(i)).isEqualTo(i % 7);
        }
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(threads).singleElement().isNotSameAs(Thread.currentThread());
        }
    }

    @Test
    void onTheCallingThreadEachRecordIsFiledAsItIsAdded() {
        List<String> filed = new ArrayList<>();
        try (Filing filing = Filing.onCallingThread((record, person, manager) -> {
            assertThat(manager).isSameAs(MANAGER);
            filed.add(record.source().externalId());
        })) {
            filing.add(deal("d1"), 0, MANAGER);
            assertThat(filed).containsExactly("d1");
            filing.add(deal("d2"), 0, MANAGER);
            filing.finish();
        }
        assertThat(filed).containsExactly("d1", "d2");
    }

    @Test
    void aFailureWhileFilingStopsTheReadingAndReachesTheCaller() {
        List<CanonicalRecord> filed = new ArrayList<>();
        int added = 0;
        IllegalArgumentException thrown = null;
        try (Filing filing = Filing.start((record, person, manager) -> {
            if (record.source().externalId().equals("d100")) {
                throw new IllegalArgumentException("cannot file d100");
            }
            filed.add(record);
        })) {
            // the reader learns of the failure at a later batch, long before it has added everything
            for (; added < MANY; added++) {
                filing.add(deal("d" + added), 0, MANAGER);
            }
            filing.finish();
        } catch (IllegalArgumentException e) {
            thrown = e;
        }

        assertThat(thrown).hasMessage("cannot file d100");
        assertThat(filed).hasSize(100);
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(added).isLessThan(MANY);
        }
    }

    @Test
    void aFailureInTheLastBatchIsRethrownByFinish() {
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> {
                    try (Filing filing = Filing.start((record, person, manager) -> {
                        throw new IllegalStateException(
                                "cannot file " + record.source().externalId());
                    })) {
                        filing.add(deal("d1"), 0, MANAGER);
                        filing.finish();
                    }
                })
                .withMessage("cannot file d1");
    }

    @Test
    void aFailureWhileReadingStopsTheFilingThread() throws InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "files on the calling thread on one processor");
        CountDownLatch filingStarted = new CountDownLatch(1);
        CountDownLatch filingStopped = new CountDownLatch(1);
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> {
                    try (Filing filing = Filing.start((record, person, manager) -> {
                        if (filingStarted.getCount() == 1) {
                            filingStarted.countDown();
                            try {
                                // the reader fails meanwhile; close() interrupts the filing thread
                                Thread.sleep(TimeUnit.MINUTES.toMillis(1));
                            } catch (InterruptedException e) {
                                filingStopped.countDown();
                                Thread.currentThread().interrupt();
                            }
                        }
                    })) {
                        for (int i = 0; i < 5_000; i++) {
                            filing.add(deal("d" + i), 0, MANAGER);
                        }
                        filingStarted.await();
                        throw new IllegalStateException("the stream broke");
                    }
                })
                .withMessage("the stream broke");
        assertThat(filingStopped.await(1, TimeUnit.MINUTES)).isTrue();
    }

    private static Deal deal(String id) {
        return new Deal(
                new SourceRef("crm", id),
                null,
                "m1",
                BigDecimal.TEN,
                DealStage.WON,
                LocalDate.parse("2026-01-15"),
                null);
    }
}
