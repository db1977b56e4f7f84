package com.crmbridge.connector.zoho.internal;

import java.time.Duration;

/** Waits between tries and polls; tests pass one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    /** The thread's own sleep. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
