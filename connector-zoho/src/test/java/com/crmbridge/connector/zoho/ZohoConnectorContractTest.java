package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.connector.zoho.internal.DefaultMapping;
import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Customer;
import com.crmbridge.domain.CustomerTier;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.FeedbackKind;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.domain.Target;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.testkit.ExpectedReject;
import com.crmbridge.testkit.FixtureChange;
import com.crmbridge.testkit.RecordingContext;
import com.crmbridge.testkit.SinkContract;
import com.crmbridge.testkit.SourceContract;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connector testkit's contract, source and sink, against a WireMock Zoho: the contract's Deals example (two
 * per page, with one unknown stage), the Chinese tenant's users, accounts, feedback and targets, and upserts that
 * succeed. The fixture change modifies a deal, adds one and deletes one.
 */
class ZohoConnectorContractTest implements SourceContract, SinkContract {
    private static final String CHANGE = "fixture-change";
    private static final String DEALS = "/crm/v8/Deals";

    private WireMockServer zoho;

    @BeforeEach
    void startZoho() {
        zoho = new WireMockServer(options().dynamicPort());
        zoho.start();
        zoho.stubFor(post(urlPathEqualTo("/oauth/v2/token")).willReturn(ZohoStubs.json("token.json")));
        zoho.stubFor(post(urlPathEqualTo("/oauth/v2/token"))
                .atPriority(1)
                .withRequestBody(containing("refresh_token=1000.wrong"))
                .willReturn(ZohoStubs.json("token-invalid-code.json")));
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/users")).willReturn(ZohoStubs.json("zh-users.json")));
        stubFullAndIncremental("/crm/v8/Accounts", "zh-accounts.json");
        stubFullAndIncremental("/crm/v8/Customer_Feedback", "zh-feedback.json");
        stubFullAndIncremental("/crm/v8/Sales_Targets", "zh-targets.json");
        zoho.stubFor(get(urlPathEqualTo(DEALS))
                .withHeader("If-Modified-Since", absent())
                .withQueryParam("page", equalTo("1"))
                .willReturn(ZohoStubs.json("deals-page1.json")));
        zoho.stubFor(get(urlPathEqualTo(DEALS))
                .withHeader("If-Modified-Since", absent())
                .withQueryParam("page_token", equalTo("c8582xx9e7c7"))
                .willReturn(ZohoStubs.json("deals-page2.json")));
        zoho.stubFor(get(urlPathEqualTo(DEALS))
                .inScenario(CHANGE)
                .whenScenarioStateIs(STARTED)
                .withHeader("If-Modified-Since", matching(".+"))
                .willReturn(aResponse().withStatus(304)));
        zoho.stubFor(get(urlPathEqualTo(DEALS))
                .inScenario(CHANGE)
                .whenScenarioStateIs("changed")
                .withHeader("If-Modified-Since", matching(".+"))
                .willReturn(ZohoStubs.json("deals-changed.json")));
        zoho.stubFor(get(urlPathEqualTo(DEALS + "/deleted"))
                .inScenario(CHANGE)
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(204)));
        zoho.stubFor(get(urlPathEqualTo(DEALS + "/deleted"))
                .inScenario(CHANGE)
                .whenScenarioStateIs("changed")
                .willReturn(okJson("{\"data\": [{\"id\": \"4876876000000624017\", \"display_name\": \"Villa"
                        + " Margarita - renewal\", \"type\": \"recycle\", \"deleted_time\":"
                        + " \"2026-11-15T11:00:00+08:00\"}], \"info\": {\"per_page\": 200, \"count\": 1, \"page\": 1,"
                        + " \"more_records\": false}}")));
        stubFieldMetadata();
        zoho.stubFor(post(urlPathMatching("/crm/v8/Manager_(Scorecards|Alerts)/upsert"))
                .withRequestBody(matchingJsonPath("$.data.length()", equalTo("2")))
                .willReturn(okJson(upsertReply(2))));
        zoho.stubFor(post(urlPathMatching("/crm/v8/Manager_(Scorecards|Alerts)/upsert"))
                .withRequestBody(matchingJsonPath("$.data.length()", equalTo("1")))
                .willReturn(okJson(upsertReply(1))));
    }

    @AfterEach
    void stopZoho() {
        zoho.stop();
    }

    private void stubFullAndIncremental(String path, String fixture) {
        zoho.stubFor(get(urlPathEqualTo(path))
                .withHeader("If-Modified-Since", absent())
                .willReturn(ZohoStubs.json(fixture)));
        zoho.stubFor(get(urlPathEqualTo(path))
                .withHeader("If-Modified-Since", matching(".+"))
                .willReturn(aResponse().withStatus(304)));
        zoho.stubFor(
                get(urlPathEqualTo(path + "/deleted")).willReturn(aResponse().withStatus(204)));
    }

    private void stubFieldMetadata() {
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/users"))
                .withQueryParam("type", equalTo("CurrentUser"))
                .willReturn(ZohoStubs.json("zh-users.json")));
        DefaultMapping.MODULES.forEach((kind, module) -> {
            StringBuilder fields = new StringBuilder("{\"fields\": [");
            DefaultMapping.fieldsOf(kind).forEach(field -> fields.append(fields.length() > 12 ? "," : "")
                    .append("{\"api_name\": \"")
                    .append(java.util.Objects.requireNonNull(DefaultMapping.FIELDS.get(kind + "." + field))
                            .split("\\.")[0])
                    .append("\"}"));
            zoho.stubFor(get(urlPathEqualTo("/crm/v8/settings/fields"))
                    .withQueryParam("module", equalTo(module))
                    .willReturn(okJson(fields.append("]}").toString())));
        });
    }

    private static String upsertReply(int rows) {
        StringBuilder body = new StringBuilder("{\"data\": [");
        for (int i = 0; i < rows; i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"code\": \"SUCCESS\", \"status\": \"success\", \"message\": \"record added\","
                            + " \"action\": \"insert\", \"details\": {\"id\": \"487687600000101700")
                    .append(i)
                    .append("\"}}");
        }
        return body.append("]}").toString();
    }

    @Override
    public ConnectorProvider provider() {
        return new ZohoConnectorProvider();
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("data-center", "com.cn");
        settings.put("client-id", "1000.8Q2X");
        settings.put("client-secret", ZohoStubs.CLIENT_SECRET);
        settings.put("refresh-token", ZohoStubs.REFRESH_TOKEN);
        settings.put("accounts-base-url", zoho.baseUrl());
        settings.put("api-base-url", zoho.baseUrl());
        settings.put("page-size", "2");
        settings.put("retry-base-wait", "1ms");
        settings.put("customer-key-tiers", "重要");
        settings.put("manager-senior-tiers", "高级");
        settings.put("feedback-kind.survey", "问卷");
        settings.put("feedback-kind.complaint", "投诉");
        return settings;
    }

    @Override
    public Map<String, String> wrongCredentialsSettings() {
        Map<String, String> settings = settings();
        settings.put("refresh-token", "1000.wrong.token");
        return settings;
    }

    @Override
    public Map<String, String> extraSecrets() {
        return Map.of("access token", ZohoStubs.ACCESS_TOKEN);
    }

    @Override
    public OptionalLong destinationWrites() {
        return OptionalLong.of(
                zoho.findAll(postRequestedFor(urlPathMatching(".*/upsert"))).size());
    }

    private SourceRef ref(String id) {
        return new SourceRef(connectorName(), id);
    }

    @Override
    public List<CanonicalRecord> expectedRecords() {
        return List.of(
                new Manager(
                        ref("5500000000000001001"), "王芳", "wang.fang@example.cn", "华东大客户部", ManagerTier.SENIOR, true),
                new Manager(
                        ref("5500000000000001002"), "李强", "li.qiang@example.cn", "华东大客户部", ManagerTier.STANDARD, true),
                new Customer(
                        ref("5500000000000200001"),
                        "上海云杉科技有限公司",
                        "5500000000000001001",
                        CustomerTier.KEY,
                        LocalDate.of(2025, 12, 31),
                        null,
                        Instant.parse("2026-03-20T02:00:00Z")),
                new Customer(
                        ref("5500000000000200002"),
                        "杭州青石贸易",
                        "5500000000000001002",
                        CustomerTier.NORMAL,
                        LocalDate.of(2025, 6, 1),
                        LocalDate.of(2026, 2, 28),
                        null),
                deal(
                        "4876876000000624001",
                        "4876876000000333001",
                        "4876876000000225013",
                        "48000.0",
                        DealStage.NEGOTIATION,
                        LocalDate.of(2026, 4, 15),
                        LocalDate.of(2026, 2, 10)),
                deal(
                        "4876876000000624017",
                        "4876876000000333011",
                        "4876876000000376008",
                        "12500.5",
                        DealStage.WON,
                        LocalDate.of(2026, 3, 30),
                        LocalDate.of(2026, 1, 5)),
                deal(
                        "4876876000000624029",
                        null,
                        "4876876000000376008",
                        "0",
                        DealStage.LOST,
                        LocalDate.of(2026, 3, 12),
                        LocalDate.of(2026, 2, 20)),
                new Feedback(
                        ref("5500000000000400001"),
                        "5500000000000200001",
                        "5500000000000001001",
                        Instant.parse("2026-03-02T07:00:00Z"),
                        new BigDecimal("5"),
                        FeedbackKind.SURVEY,
                        null),
                new Feedback(
                        ref("5500000000000400002"),
                        "5500000000000200002",
                        null,
                        Instant.parse("2026-03-05T03:00:00Z"),
                        null,
                        FeedbackKind.COMPLAINT,
                        Instant.parse("2026-03-07T03:00:00Z")),
                new Target(
                        ref("5500000000000500001"),
                        "5500000000000001001",
                        Period.quarter(2026, 1),
                        new BigDecimal("1000000"),
                        new BigDecimal("30000")));
    }

    private Deal deal(
            String id,
            @org.jspecify.annotations.Nullable String customer,
            String owner,
            String amount,
            DealStage stage,
            LocalDate close,
            LocalDate created) {
        return new Deal(ref(id), customer, owner, new BigDecimal(amount), stage, close, created);
    }

    @Override
    public List<ExpectedReject> expectedRejects() {
        return List.of(ExpectedReject.inObject(StreamKind.DEALS, "Deals", "4876876000000624025", "Stage"));
    }

    @Override
    public FixtureChange changeFixture(RecordingContext context) {
        zoho.setScenarioState(CHANGE, "changed");
        // 624029 comes again unchanged (same Modified_Time) and is not delivered twice; 624041 is new
        return new FixtureChange(
                List.of(deal(
                        "4876876000000624041",
                        "4876876000000333011",
                        "4876876000000376008",
                        "3000",
                        DealStage.QUALIFICATION,
                        LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 4, 1))),
                List.of(ref("4876876000000624017")));
    }

    /**
     * The testkit's resume check, adapted to section 3.3 of the Zoho contract: users are read in full every run,
     * so a users read opened with the cursor of its last page cannot tell a crash from the next run and reads every
     * user again, replacing the stream (the runtime then keeps exactly those). The testkit counts that as
     * duplicates; here a resumed read that replaces the stream must return the whole stream once, and every other
     * resumed read must complete the pages before it with no loss and no duplicate, as the testkit demands.
     */
    @Override
    @Test
    public void aReadResumedAfterACrashAtAnyPageLosesAndDuplicatesNothing() {
        RecordingContext context = newContext();
        for (StreamKind stream : StreamKind.values()) {
            List<String> expected = expectedRecords().stream()
                    .filter(r -> StreamKind.of(r) == stream)
                    .map(r -> r.source().externalId())
                    .toList();
            List<Page> pages;
            try (ZohoConnector source = (ZohoConnector) createConnector(context, settings())) {
                pages = ZohoStubs.readAll(source, stream, null, ReadMode.INCREMENTAL)
                        .pages();
            }
            for (int k = 1; k <= pages.size(); k++) {
                List<String> delivered = new ArrayList<>();
                pages.subList(0, k).forEach(page -> page.records()
                        .forEach(r -> delivered.add(r.source().externalId())));
                ZohoStubs.Read resumed;
                try (ZohoConnector source = (ZohoConnector) createConnector(context, settings())) {
                    resumed = ZohoStubs.readAll(source, stream, pages.get(k - 1).cursor(), ReadMode.INCREMENTAL);
                }
                String what = stream + " resumed after page " + k + " of " + pages.size();
                if (resumed.replaces()) {
                    assertThat(resumed.ids())
                            .as(what + ", replacing the stream")
                            .containsExactlyInAnyOrderElementsOf(expected);
                } else {
                    delivered.addAll(resumed.ids());
                    assertThat(delivered).as(what).containsExactlyInAnyOrderElementsOf(expected);
                }
            }
        }
    }
}
