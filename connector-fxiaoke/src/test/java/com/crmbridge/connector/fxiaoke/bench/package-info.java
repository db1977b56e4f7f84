/**
 * Cost benchmarks of the Fxiaoke connector, run only in the {@code bench} Maven profile (JUnit tag {@code bench}):
 * calls, wall time next to the rate-limit bound and peak heap of pulls and write-backs against a WireMock tenant
 * that adds latency and enforces the documented per-interface limit.
 */
@org.jspecify.annotations.NullMarked
package com.crmbridge.connector.fxiaoke.bench;
