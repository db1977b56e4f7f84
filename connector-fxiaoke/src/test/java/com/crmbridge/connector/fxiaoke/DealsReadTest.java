package com.crmbridge.connector.fxiaoke;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.BadRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DealsReadTest extends TenantTestBase {
    private void stubDealsPage() {
        wireMock.stubFor(post(urlPathEqualTo(PRESET_QUERY))
                .withRequestBody(matchingJsonPath("$.data.dataObjectApiName", equalTo("NewOpportunityObj")))
                .withRequestBody(matchingJsonPath("$.data.search_query_info.offset", equalTo("0")))
                .willReturn(json("deals-page.json")));
    }

    @Test
    void documentedDealsPageMapsToCanonicalDeals() {
        stubDealsPage();
        List<Page> pages = drain(connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL));

        assertThat(pages).hasSize(1);
        List<Deal> deals = pages.get(0).records().stream().map(Deal.class::cast).toList();
        assertThat(deals).hasSize(3);
        Deal won = deals.get(0);
        assertThat(won.source()).isEqualTo(new SourceRef("crm", "650c09e8dc044f0001973eab"));
        assertThat(won.customerId()).isEqualTo("6508f92086a6c8000190db97");
        assertThat(won.ownerId()).isEqualTo("FSUID_F8E5C73533927249281F06800BC975AA");
        assertThat(won.amount()).isEqualByComparingTo(new BigDecimal("1286500.00"));
        assertThat(won.stage()).isEqualTo(DealStage.WON);
        assertThat(won.closeDate()).isEqualTo(LocalDate.of(2026, 9, 18));
        assertThat(won.createdOn()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(deals.get(1).stage()).isEqualTo(DealStage.PROPOSAL);
        assertThat(deals.get(2).stage()).isEqualTo(DealStage.LOST);
    }

    @Test
    void invalidatedDealBecomesTombstone() {
        stubDealsPage();
        Page page = drain(connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL))
                .get(0);

        assertThat(page.deletions()).containsExactly(new SourceRef("crm", "66b0c2d4e5f6a70001b2c3d6"));
    }

    @Test
    void unknownStageCodeRejectsOnlyThatDealNamingTheCode() {
        stubDealsPage();
        Page page = drain(connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL))
                .get(0);

        assertThat(page.rejects()).hasSize(1);
        BadRecord reject = page.rejects().get(0);
        assertThat(reject.where()).isEqualTo("NewOpportunityObj");
        assertThat(reject.recordId()).isEqualTo("66b0c2d4e5f6a70001b2c3d4");
        assertThat(reject.column()).isEqualTo("sales_stage");
        assertThat(reject.rawValue()).isEqualTo("9");
        assertThat(reject.reason()).contains("'9'").contains("stage-map");
        assertThat(page.records()).extracting(r -> r.source().externalId()).doesNotContain("66b0c2d4e5f6a70001b2c3d4");
    }

    @Test
    void firstIncrementalQueryIsShapedAsDocumented() {
        stubDealsPage();
        drain(connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL));

        JsonNode body = bodies(PRESET_QUERY).get(0);
        assertThat(body.path("corpAccessToken").asString()).isEqualTo(TOKEN);
        assertThat(body.path("corpId").asString()).isEqualTo("FSCID_829F6665F559CF3791409D2C51A7D7AF");
        assertThat(body.path("currentOpenUserId").asString()).isEqualTo(ADMIN);
        JsonNode info = body.path("data").path("search_query_info");
        assertThat(body.path("data").path("dataObjectApiName").asString()).isEqualTo("NewOpportunityObj");
        assertThat(info.path("limit").asInt()).isEqualTo(100);
        assertThat(info.path("filters").get(0).path("field_name").asString()).isEqualTo("last_modified_time");
        assertThat(info.path("filters").get(0).path("operator").asString()).isEqualTo("GTE");
        assertThat(info.path("filters").get(0).path("field_values").get(0).asString())
                .isEqualTo("0");
        assertThat(info.path("orders").get(0).path("fieldName").asString()).isEqualTo("last_modified_time");
        assertThat(info.path("orders").get(0).path("isAsc").asBoolean()).isTrue();
        assertThat(info.path("orders").get(1).path("fieldName").asString()).isEqualTo("_id");
        List<String> projection = info.path("fieldProjection")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
        assertThat(projection)
                .contains(
                        "_id",
                        "account_id",
                        "owner",
                        "amount",
                        "sales_stage",
                        "sales_status",
                        "close_date",
                        "create_time",
                        "last_modified_time",
                        "life_status",
                        "is_deleted");
        assertThat(wireMock.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                                urlPathEqualTo(PRESET_QUERY)))
                        .get(0)
                        .queryParameter("thirdTraceId")
                        .firstValue())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void lastPageCursorStartsTheNextPassAnOverlapEarlier() {
        stubDealsPage();
        FxiaokeConnector connector = connector();
        Page page = drain(connector.open(StreamKind.DEALS, null, ReadMode.INCREMENTAL))
                .get(0);

        assertThat(page.cursor().value()).isEqualTo("fx1|done|1791515200000|66b0c2d4e5f6a70001b2c3d6");
        drain(connector.open(StreamKind.DEALS, page.cursor(), ReadMode.INCREMENTAL));
        JsonNode second = bodies(PRESET_QUERY).get(1);
        assertThat(second.path("data")
                        .path("search_query_info")
                        .path("filters")
                        .get(0)
                        .path("field_values")
                        .get(0)
                        .asString())
                .isEqualTo(Long.toString(1791515200000L - 5 * 60 * 1000));
    }
}
