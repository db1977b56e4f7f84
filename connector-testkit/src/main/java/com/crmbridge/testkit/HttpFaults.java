package com.crmbridge.testkit;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Injects {@link HttpFault}s at chosen calls of a request, with a WireMock scenario that counts the calls:
 *
 * <pre>{@code
 * HttpFaults.on(wireMock)
 *         .when(() -> get(urlPathEqualTo("/crm/v8/Deals")))
 *         .normally(okJson(dealsPage))
 *         .atCall(1, HttpFault.tooManyRequests(Duration.ofSeconds(2)))
 *         .atCall(2, HttpFault.serverError(503))
 *         .install();
 * }</pre>
 *
 * Calls are counted from 1 per installed plan; every call not named gets the normal reply, including every
 * call after the last fault. Plans take priority over other stubs of the same request.
 *
 * <p>HTTP clients retry a reset or empty connection once on their own (OkHttp's {@code
 * retryOnConnectionFailure}, the JDK client for idempotent requests), so one such fault is invisible to a
 * connector: fault two calls in a row to see the connector's own handling.
 */
public final class HttpFaults {
    private static final AtomicInteger PLANS = new AtomicInteger();

    private final Stubbing wireMock;

    private HttpFaults(Stubbing wireMock) {
        this.wireMock = wireMock;
    }

    /** Faults for the server: a {@code WireMockServer} or a JUnit {@code WireMockExtension}. */
    public static HttpFaults on(Stubbing wireMock) {
        return new HttpFaults(wireMock);
    }

    /**
     * A plan for the request; the supplier is called once per stub, since WireMock's builders are mutable.
     */
    public Plan when(Supplier<MappingBuilder> request) {
        return new Plan(wireMock, request);
    }

    /** The calls of one request that fail, and how; the rest get the normal reply. */
    public static final class Plan {
        private final Stubbing wireMock;
        private final Supplier<MappingBuilder> request;
        private final Map<Integer, HttpFault> faults = new TreeMap<>();
        private ResponseDefinition normal =
                ResponseDefinitionBuilder.responseDefinition().withStatus(200).build();

        private Plan(Stubbing wireMock, Supplier<MappingBuilder> request) {
            this.wireMock = wireMock;
            this.request = request;
        }

        /** The reply of every call without a fault. */
        public Plan normally(ResponseDefinitionBuilder reply) {
            this.normal = reply.build();
            return this;
        }

        /** The 1-based call that fails with the fault instead of the normal reply. */
        public Plan atCall(int call, HttpFault fault) {
            if (call < 1) {
                throw new IllegalArgumentException("calls are counted from 1: " + call);
            }
            if (faults.put(call, fault) != null) {
                throw new IllegalArgumentException("call " + call + " already has a fault");
            }
            return this;
        }

        /** Stubs every call up to the last fault, then the normal reply for good; returns the scenario's name. */
        public String install() {
            String scenario = "crm-bridge-faults-" + PLANS.incrementAndGet();
            int last =
                    faults.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            for (int call = 1; call <= last + 1; call++) {
                String state = call == 1 ? Scenario.STARTED : "call " + call;
                ScenarioMappingBuilder stub =
                        request.get().inScenario(scenario).atPriority(1).whenScenarioStateIs(state);
                if (call <= last) {
                    stub = stub.willSetStateTo("call " + (call + 1));
                }
                HttpFault fault = faults.get(call);
                wireMock.stubFor(stub.willReturn(
                        fault == null ? ResponseDefinitionBuilder.like(normal) : fault.replyInsteadOf(normal)));
            }
            return scenario;
        }
    }
}
