package com.crmbridge.connector.fxiaoke.internal;

import java.time.Duration;

/** Waits, so that tests can count backoff and pacing waits without sleeping. */
@FunctionalInterface
public interface Sleeper {
    /** The real one: {@link Thread#sleep}, an interrupt kept and reported as a failure. */
    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting " + duration, e);
        }
    };

    void sleep(Duration duration);
}
