package com.crmbridge.connector.fxiaoke;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.crmbridge.connector.fxiaoke.internal.RetryPolicy;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.testkit.RecordingContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A WireMock tenant with the documented token grant and object list, and a connector pointed at it. */
abstract class TenantTestBase {
    static final String APP_ID = "FSAID_131b2f5";
    static final String APP_SECRET = "s3cr3t-应用密钥-4f9a";
    static final String PERMANENT_CODE = "PERM-7C1D2E3F4A5B";
    static final String TOKEN = "E9D007B75DFBFDDC094D37F5B396C500";
    static final String ADMIN = "FSUID_6E1C4A2B9F0D4E7A8B3C2D1E0F9A8B7C";
    static final String TOKEN_PATH = "/cgi/corpAccessToken/get/V2";
    static final String PRESET_QUERY = "/cgi/crm/v2/data/query";
    static final String CUSTOM_QUERY = "/cgi/crm/custom/v2/data/query";
    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** 2026-12-02 10:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    final FakeTenant tenant = new FakeTenant();
    final FakeTime time = new FakeTime(NOW);
    final RecordingContext context = RecordingContext.named("crm", time.clock());
    WireMockServer wireMock;

    @BeforeEach
    void startTenant() {
        wireMock = new WireMockServer(options().dynamicPort().extensions(tenant));
        wireMock.start();
        wireMock.stubFor(post(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(matchingJsonPath("$.appId", equalTo(APP_ID)))
                .withRequestBody(matchingJsonPath("$.appSecret", equalTo(APP_SECRET)))
                .withRequestBody(matchingJsonPath("$.permanentCode", equalTo(PERMANENT_CODE)))
                .willReturn(json("token.json")));
        wireMock.stubFor(post(urlPathEqualTo("/cgi/crm/v2/object/list")).willReturn(json("object-list.json")));
        for (String path : List.of(
                PRESET_QUERY, CUSTOM_QUERY, "/cgi/crm/custom/v2/data/create", "/cgi/crm/custom/v2/data/update")) {
            wireMock.stubFor(post(urlPathEqualTo(path))
                    .atPriority(10)
                    .withRequestBody(matchingJsonPath("$.corpAccessToken"))
                    .willReturn(aResponse().withTransformers(FakeTenant.NAME)));
        }
    }

    @AfterEach
    void stopTenant() {
        wireMock.stop();
    }

    /** The connector with the contract's defaults, waits recorded instead of slept. */
    FxiaokeConnector connector() {
        return connector(Map.of());
    }

    FxiaokeConnector connector(Map<String, String> overrides) {
        Map<String, String> raw = new HashMap<>();
        raw.put("base-url", wireMock.baseUrl());
        raw.put("app-id", APP_ID);
        raw.put("app-secret", APP_SECRET);
        raw.put("permanent-code", PERMANENT_CODE);
        raw.put("current-open-user-id", ADMIN);
        raw.put("timeout", "10s");
        raw.putAll(overrides);
        FxiaokeConfig config = FxiaokeSettings.config(FxiaokeSettings.spec().validate(raw));
        RetryPolicy retries = new RetryPolicy(
                RetryPolicy.contract().throttleWaits(), RetryPolicy.contract().faultWaits(), 1, () -> 0.5);
        return new FxiaokeConnector(
                context, config, FxiaokeProvider.client(config), time, retries, Duration.ofNanos(1000));
    }

    static ResponseDefinitionBuilder json(String fixture) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(fixture(fixture));
    }

    static String fixture(String name) {
        try (InputStream in = TenantTestBase.class.getResourceAsStream("/fxiaoke/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stubs that answer in turn: the first reply once, then the next, the last one for good. */
    void inTurn(
            java.util.function.Supplier<MappingBuilder> request,
            String scenario,
            ResponseDefinitionBuilder... replies) {
        for (int i = 0; i < replies.length; i++) {
            String state = i == 0 ? com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED : scenario + i;
            com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder step = request.get()
                    .inScenario(scenario)
                    .whenScenarioStateIs(state)
                    .willReturn(replies[i]);
            if (i + 1 < replies.length) {
                step = step.willSetStateTo(scenario + (i + 1));
            }
            wireMock.stubFor(step);
        }
    }

    List<JsonNode> bodies(String path) {
        List<JsonNode> bodies = new ArrayList<>();
        for (LoggedRequest request : wireMock.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(path)))) {
            bodies.add(JSON.readTree(request.getBodyAsString()));
        }
        return bodies;
    }

    int calls(String path) {
        return wireMock.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(path)))
                .size();
    }

    static List<Page> drain(StreamReader reader) {
        List<Page> pages = new ArrayList<>();
        for (Optional<Page> page = reader.next(); page.isPresent(); page = reader.next()) {
            pages.add(page.get());
        }
        return pages;
    }
}
