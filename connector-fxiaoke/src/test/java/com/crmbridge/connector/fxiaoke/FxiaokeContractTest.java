package com.crmbridge.connector.fxiaoke;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.crmbridge.connector.fxiaoke.internal.RetryPolicy;
import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.testkit.ExpectedReject;
import com.crmbridge.testkit.FixtureChange;
import com.crmbridge.testkit.RecordingContext;
import com.crmbridge.testkit.SinkContract;
import com.crmbridge.testkit.SourceContract;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The connector testkit's contract against a WireMock tenant holding five deals (one with a stage code the
 * stage map lacks), read two per page. The fixture reads with {@code overlap: 0s}: the testkit wants an
 * incremental read to return exactly what changed, while the default five-minute overlap re-delivers the
 * newest rows on purpose (upserted by id, see {@code KeysetPagingTest} and docs/connectors/fxiaoke.md).
 */
class FxiaokeContractTest implements SourceContract, SinkContract {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final long T0 = 1791503700000L;
    private static final String OWNER = "FSUID_F8E5C73533927249281F06800BC975AA";

    private final FakeTenant tenant = new FakeTenant();
    private WireMockServer wireMock = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void startTenant() {
        wireMock = new WireMockServer(options().dynamicPort().extensions(tenant));
        wireMock.start();
        wireMock.stubFor(post(urlPathEqualTo(TenantTestBase.TOKEN_PATH))
                .withRequestBody(matchingJsonPath("$.appSecret", equalTo(TenantTestBase.APP_SECRET)))
                .willReturn(TenantTestBase.json("token.json")));
        wireMock.stubFor(post(urlPathEqualTo(TenantTestBase.TOKEN_PATH))
                .withRequestBody(matchingJsonPath("$.appSecret", equalTo("wrong-secret-错误")))
                .willReturn(TenantTestBase.json("bad-app-secret.json")));
        wireMock.stubFor(
                post(urlPathEqualTo("/cgi/crm/v2/object/list")).willReturn(TenantTestBase.json("object-list.json")));
        stubDescribe("NewOpportunityObj", "deals");
        stubDescribe("manager_scorecard__c", "scorecards");
        stubDescribe("manager_alert__c", "alerts");
        wireMock.stubFor(post(urlPathMatching("/cgi/crm(/custom)?/v2/data/(query|create|update)"))
                .atPriority(10)
                .willReturn(aResponse().withTransformers(FakeTenant.NAME)));
        for (int n = 0; n < 5; n++) {
            tenant.put("NewOpportunityObj", deal(n, T0 + n * 60_000L, n == 3 ? "9" : Integer.toString(1 + n % 4)));
        }
    }

    @AfterEach
    void stopTenant() {
        wireMock.stop();
    }

    private void stubDescribe(String object, String record) {
        ObjectNode reply = JSON.createObjectNode().put("errorCode", 0).put("errorMessage", "OK");
        ObjectNode fields = reply.putObject("data").putObject("describe").putObject("fields");
        for (ApiField field : ApiField.ALL) {
            if (field.record().equals(record)) {
                fields.putObject(field.defaultApiName()).put("api_name", field.defaultApiName());
            }
        }
        wireMock.stubFor(post(urlPathEqualTo("/cgi/crm/v2/object/describe"))
                .withRequestBody(matchingJsonPath("$.data.apiName", equalTo(object)))
                .willReturn(okJson(reply.toString())));
    }

    private static ObjectNode deal(int n, long lastModified, String stage) {
        ObjectNode row = DealRows.deal(n, lastModified);
        row.putArray("owner").add(OWNER);
        row.put("sales_stage", stage);
        return row;
    }

    private Deal expected(int n, String amount, DealStage stage) {
        return new Deal(
                new SourceRef(connectorName(), DealRows.id(n)),
                String.format("65%022x", n % 3),
                OWNER,
                new BigDecimal(amount),
                stage,
                Instant.ofEpochMilli(1795968000000L).atZone(SHANGHAI).toLocalDate(),
                LocalDate.ofInstant(Instant.ofEpochMilli(1785719700512L), SHANGHAI));
    }

    @Override
    public ConnectorProvider provider() {
        return new FxiaokeProvider(duration -> {}, RetryPolicy.contract(), Duration.ofNanos(1000));
    }

    private Map<String, String> base() {
        Map<String, String> raw = new HashMap<>();
        raw.put("base-url", wireMock.baseUrl());
        raw.put("app-id", TenantTestBase.APP_ID);
        raw.put("app-secret", TenantTestBase.APP_SECRET);
        raw.put("permanent-code", TenantTestBase.PERMANENT_CODE);
        raw.put("current-open-user-id", TenantTestBase.ADMIN);
        raw.put("page-size", "2");
        raw.put("overlap", "0s");
        raw.put("streams", "deals");
        return raw;
    }

    @Override
    public Map<String, String> settings() {
        return base();
    }

    @Override
    public Map<String, String> wrongCredentialsSettings() {
        Map<String, String> raw = base();
        raw.put("app-secret", "wrong-secret-错误");
        return raw;
    }

    @Override
    public Map<String, String> extraSecrets() {
        return Map.of("corpAccessToken", TenantTestBase.TOKEN);
    }

    @Override
    public List<CanonicalRecord> expectedRecords() {
        return List.of(
                expected(0, "10000.00", DealStage.QUALIFICATION),
                expected(1, "10001.00", DealStage.NEEDS_ANALYSIS),
                expected(2, "10002.00", DealStage.PROPOSAL),
                expected(4, "10004.00", DealStage.QUALIFICATION));
    }

    @Override
    public List<ExpectedReject> expectedRejects() {
        return List.of(ExpectedReject.inObject(StreamKind.DEALS, "NewOpportunityObj", DealRows.id(3), "sales_stage"));
    }

    @Override
    public FixtureChange changeFixture(RecordingContext context) {
        long later = T0 + 3_600_000L;
        ObjectNode changed = tenant.rows("NewOpportunityObj").get(1);
        changed.put("amount", "52000.00");
        changed.put("last_modified_time", later);
        ObjectNode invalidated = tenant.rows("NewOpportunityObj").get(2);
        invalidated.put("life_status", "invalid");
        invalidated.put("last_modified_time", later + 1);
        tenant.put("NewOpportunityObj", deal(5, later + 2, "4"));
        tenant.edited("NewOpportunityObj");
        return new FixtureChange(
                List.of(
                        expected(1, "52000.00", DealStage.NEEDS_ANALYSIS),
                        expected(5, "10005.00", DealStage.NEGOTIATION)),
                List.of(new SourceRef(connectorName(), DealRows.id(2))));
    }

    @Override
    public OptionalLong destinationWrites() {
        return OptionalLong.of(wireMock.findAll(postRequestedFor(urlPathMatching(".*/data/(create|update)")))
                .size());
    }
}
