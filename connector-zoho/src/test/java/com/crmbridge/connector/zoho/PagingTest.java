package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contract section 7, scenario 5, and a crashed 10,000-deal read resumed without loss or duplicates. */
class PagingTest extends ZohoStubs {
    @Test
    void listingPast2000RecordsFollowsThePageTokenWithTheOtherParametersUnchanged() {
        stubToken();
        DealListing.stub(zoho, 2200);

        Read read = readAll(connector(), StreamKind.DEALS, null, ReadMode.INCREMENTAL);

        assertThat(read.records()).hasSize(2200);
        assertThat(read.replaces()).isTrue();
        List<LoggedRequest> calls = zoho.findAll(getRequestedFor(urlPathEqualTo("/crm/v8/Deals")));
        assertThat(calls).hasSize(11);
        assertThat(calls.get(0).queryParameter("page").firstValue()).isEqualTo("1");
        assertThat(calls.get(0).queryParameter("page_token").isPresent()).isFalse();
        String fields = calls.get(0).queryParameter("fields").firstValue();
        assertThat(fields.split(","))
                .containsExactly(
                        "Account_Name", "Owner", "Amount", "Stage", "Closing_Date", "Created_Time", "Modified_Time");
        for (int i = 1; i < calls.size(); i++) {
            LoggedRequest call = calls.get(i);
            assertThat(call.queryParameter("page").isPresent()).isFalse();
            assertThat(call.queryParameter("page_token").firstValue()).isEqualTo(DealListing.token("tok", i + 1));
            assertThat(call.queryParameter("fields").firstValue()).isEqualTo(fields);
            assertThat(call.queryParameter("per_page").firstValue()).isEqualTo("200");
            assertThat(call.queryParameter("sort_by").firstValue()).isEqualTo("Modified_Time");
            assertThat(call.queryParameter("sort_order").firstValue()).isEqualTo("asc");
        }
        Deal first = (Deal) read.records().get(0);
        assertThat(first.amount()).isEqualByComparingTo(new BigDecimal("1000.5"));
        assertThat(first.stage()).isEqualTo(DealStage.WON);
    }

    @Test
    void tenThousandDealsCrashedAfterTwentyPagesAndResumedArriveOnceEach() {
        stubToken();
        DealListing.stub(zoho, 10_000);
        List<String> delivered = new ArrayList<>();

        Cursor crashedAt;
        try (StreamReader first = connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL)) {
            assertThat(first.replacesStream()).isTrue();
            Page page = first.next().orElseThrow();
            page.records().forEach(r -> delivered.add(r.source().externalId()));
            for (int i = 1; i < 20; i++) {
                page = first.next().orElseThrow();
                page.records().forEach(r -> delivered.add(r.source().externalId()));
            }
            crashedAt = page.cursor(); // the runtime stored it with page 20; the process dies here
        }

        Read resumed = readAll(connector(), StreamKind.DEALS, crashedAt, ReadMode.INCREMENTAL);
        delivered.addAll(resumed.ids());

        assertThat(resumed.replaces()).isFalse();
        assertThat(delivered).hasSize(10_000).doesNotHaveDuplicates();
        zoho.verify(
                1,
                getRequestedFor(urlPathEqualTo("/crm/v8/Deals"))
                        .withQueryParam("page_token", equalTo(DealListing.token("tok", 21))));
        zoho.verify(50, getRequestedFor(urlPathEqualTo("/crm/v8/Deals")));
    }

    @Test
    void expiredPageTokenRestartsFromTheLastModifiedTimeWithoutLossOrDuplicates() {
        stubToken();
        DealListing.stub(zoho, 10_000);
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals"))
                .atPriority(1)
                .withQueryParam("page_token", equalTo(DealListing.token("tok", 21)))
                .willReturn(json(400, "expired-value.json")));
        // the last record read is #3999, whose second it shares with #3995..#3998: the restart re-reads them
        String lastModified = DealListing.modified(3999);
        DealListing.stub(zoho, 3995, 10_000, lastModified, "again");

        Read read = readAll(connector(), StreamKind.DEALS, null, ReadMode.INCREMENTAL);

        Set<String> ids = new HashSet<>(read.ids());
        assertThat(read.ids()).hasSize(10_000).doesNotHaveDuplicates();
        assertThat(ids).contains(DealListing.id(0), DealListing.id(3999), DealListing.id(4000), DealListing.id(9999));
        zoho.verify(getRequestedFor(urlPathEqualTo("/crm/v8/Deals"))
                .withHeader("If-Modified-Since", equalTo(lastModified))
                .withQueryParam("page", equalTo("1"))
                .withQueryParam("page_token", absent()));
        assertThat(context.log().lines()).anyMatch(line -> line.message().contains("EXPIRED_VALUE"));
    }
}
