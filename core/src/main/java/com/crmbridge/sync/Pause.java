package com.crmbridge.sync;

import java.time.Duration;

/** How the loop waits before a retry; tests pass one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Pause {
    /** Sleeps on the calling thread. */
    Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
