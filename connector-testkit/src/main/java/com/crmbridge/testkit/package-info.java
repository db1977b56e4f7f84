/**
 * The connector testkit: the contract every connector's tests run by implementing {@link
 * com.crmbridge.testkit.SourceContract} and/or {@link com.crmbridge.testkit.SinkContract} with a configured
 * provider and a fixture, the recording context and mutable clock those tests run with, and {@link
 * com.crmbridge.testkit.HttpFaults} to inject rate limits, server errors, timeouts, resets, malformed bodies and
 * expired tokens at chosen calls of a WireMock stub.
 */
@NullMarked
package com.crmbridge.testkit;

import org.jspecify.annotations.NullMarked;
