package com.crmbridge.connector.zoho;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Wall time of a run next to CPU time: the whole process's (connector, WireMock, collector, compiler) and the
 * calling thread's (the connector and OkHttp, which read on the caller's thread). CPU time hardly depends on how
 * many other builds share the cores; wall time does.
 */
final class Meter {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long wallStart = System.nanoTime();
    private final long processStart = processCpuNanos();
    private final long callerStart = THREADS.getCurrentThreadCpuTime();
    private long wall;
    private long process;
    private long caller;

    /** Stops the meter; call on the thread that started it. */
    Meter stop() {
        wall = System.nanoTime() - wallStart;
        process = processCpuNanos() - processStart;
        caller = THREADS.getCurrentThreadCpuTime() - callerStart;
        return this;
    }

    long wallMillis() {
        return wall / 1_000_000;
    }

    /** Per call: wall, process CPU and caller-thread CPU in ms. */
    String perCall(long calls) {
        double n = Math.max(1, calls);
        return String.format(
                Locale.ROOT,
                "per call: wall %.2f ms, process CPU %.2f ms, caller-thread CPU %.2f ms",
                wall / 1e6 / n,
                process / 1e6 / n,
                caller / 1e6 / n);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
