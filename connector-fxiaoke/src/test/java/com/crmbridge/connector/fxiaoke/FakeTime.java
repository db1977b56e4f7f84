package com.crmbridge.connector.fxiaoke;

import com.crmbridge.connector.fxiaoke.internal.Sleeper;
import com.crmbridge.testkit.MutableClock;
import com.crmbridge.testkit.RecordingContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Sleeps that only move the test's clock, which otherwise moves only when a test advances it; every sleep is recorded. */
final class FakeTime implements Sleeper {
    private final MutableClock clock;
    private final List<Duration> sleeps = new ArrayList<>();

    FakeTime(Instant start) {
        this.clock = MutableClock.at(start, RecordingContext.DEFAULT_ZONE);
    }

    MutableClock clock() {
        return clock;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        clock.advance(duration);
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
