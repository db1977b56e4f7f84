package com.crmbridge.connector.fxiaoke.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before each retry (contract, section 5): throttling 1, 2, 4, 8, 16 s, faults 1, 2, 4 s, a
 * malformed body once; each wait jittered into {@code [base/2, base]} so that streams do not retry in step.
 *
 * @param throttleWaits the base waits after throttling, one per retry
 * @param faultWaits the base waits after a fault, one per retry
 * @param malformedRetries how often a body that is not JSON is retried
 * @param jitter a source of numbers in {@code [0, 1)}
 */
public record RetryPolicy(
        List<Duration> throttleWaits, List<Duration> faultWaits, int malformedRetries, DoubleSupplier jitter) {
    public RetryPolicy {
        throttleWaits = List.copyOf(throttleWaits);
        faultWaits = List.copyOf(faultWaits);
    }

    /** The contract's policy with random jitter. */
    public static RetryPolicy contract() {
        return new RetryPolicy(
                List.of(seconds(1), seconds(2), seconds(4), seconds(8), seconds(16)),
                List.of(seconds(1), seconds(2), seconds(4)),
                1,
                Math::random);
    }

    /** The wait before retry number {@code attempt} (0-based) from a base, at least what the server asked. */
    public Duration wait(Duration base, Duration serverAsked) {
        long half = base.toMillis() / 2;
        long jittered = half + (long) (half * jitter.getAsDouble());
        Duration wait = Duration.ofMillis(jittered);
        return wait.compareTo(serverAsked) < 0 ? serverAsked : wait;
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
