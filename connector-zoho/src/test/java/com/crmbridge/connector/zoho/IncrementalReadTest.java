package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract section 7, scenarios 6, 7, 8, 10 and 11: incremental reads, deletions, mapping and bad modules. */
class IncrementalReadTest extends ZohoStubs {
    /** The last Modified_Time of the first run (23:31:05) minus the 5-minute overlap, as Zoho takes it. */
    private static final String SINCE = "2026-03-31T23:26:05+05:30";

    @BeforeEach
    void stubFirstRun() {
        stubToken();
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals"))
                .withHeader("If-Modified-Since", absent())
                .withQueryParam("page", equalTo("1"))
                .willReturn(json("deals-page1.json")));
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals"))
                .withHeader("If-Modified-Since", absent())
                .withQueryParam("page_token", equalTo("c8582xx9e7c7"))
                .willReturn(json("deals-page2.json")));
    }

    private Cursor firstRun() {
        Read first = readAll(connector(), StreamKind.DEALS, null, ReadMode.INCREMENTAL);
        assertThat(first.replaces()).isTrue();
        return Objects.requireNonNull(first.cursor());
    }

    @Test
    void firstRunMapsDealsByTheDefaultMappingAndKeepsRecordsSharingATimestampAcrossPages() {
        Read read = readAll(connector(), StreamKind.DEALS, null, ReadMode.INCREMENTAL);

        assertThat(read.ids()).containsExactly("4876876000000624001", "4876876000000624017", "4876876000000624029");
        Deal deal = (Deal) read.records().get(0);
        assertThat(deal.source()).isEqualTo(new SourceRef("crm", "4876876000000624001"));
        assertThat(deal.customerId()).isEqualTo("4876876000000333001");
        assertThat(deal.ownerId()).isEqualTo("4876876000000225013");
        assertThat(deal.amount()).isEqualByComparingTo(new BigDecimal("48000.0"));
        assertThat(deal.stage()).isEqualTo(DealStage.NEGOTIATION);
        assertThat(deal.closeDate()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(deal.createdOn()).isEqualTo(LocalDate.of(2026, 2, 10));
        Deal lost = (Deal) read.records().get(2);
        assertThat(lost.customerId()).isNull();
        assertThat(lost.amount()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(lost.stage()).isEqualTo(DealStage.LOST);
    }

    @Test
    void unknownStageRejectsThatDealWithAReasonAndKeepsTheOthers() {
        Read read = readAll(connector(), StreamKind.DEALS, null, ReadMode.INCREMENTAL);

        assertThat(read.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.where()).isEqualTo("Deals");
            assertThat(reject.recordId()).isEqualTo("4876876000000624025");
            assertThat(reject.column()).isEqualTo("Stage");
            assertThat(reject.rawValue()).isEqualTo("Prospecting");
            assertThat(reject.reason()).contains("stage-map");
        });
        assertThat(read.ids()).hasSize(3);
    }

    @Test
    void unchangedModuleIsAnswered304AndReadsNothing() {
        Cursor cursor = firstRun();
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals"))
                .withHeader("If-Modified-Since", equalTo(SINCE))
                .willReturn(aResponse().withStatus(304)));
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals/deleted"))
                .withHeader("If-Modified-Since", equalTo(SINCE))
                .willReturn(aResponse().withStatus(204)));
        zoho.resetRequests();

        Read second = readAll(connector(), StreamKind.DEALS, cursor, ReadMode.INCREMENTAL);

        assertThat(second.replaces()).isFalse();
        assertThat(second.records()).isEmpty();
        assertThat(second.deletions()).isEmpty();
        zoho.verify(1, getRequestedFor(urlPathEqualTo("/crm/v8/Deals")));
        zoho.verify(1, getRequestedFor(urlPathEqualTo("/crm/v8/Deals/deleted")).withQueryParam("type", equalTo("all")));
    }

    @Test
    void emptyModuleIsAnswered204AndEndsTheRead() {
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(204)));

        Read read = readAll(connector(), StreamKind.DEALS, null, ReadMode.INCREMENTAL);

        assertThat(read.records()).isEmpty();
        assertThat(read.replaces()).isTrue();
        zoho.verify(1, getRequestedFor(urlPathEqualTo("/crm/v8/Deals")));
    }

    @Test
    void recordSharingTheLastTimestampOfTheRunBeforeIsReadOnceAndTheReReadOneNotAgain() {
        Cursor cursor = firstRun();
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals"))
                .withHeader("If-Modified-Since", equalTo(SINCE))
                .willReturn(json("deals-changed.json")));
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals/deleted"))
                .withHeader("If-Modified-Since", equalTo(SINCE))
                .willReturn(aResponse().withStatus(204)));

        Read second = readAll(connector(), StreamKind.DEALS, cursor, ReadMode.INCREMENTAL);

        // 624029 was read by the first run with this Modified_Time; 624041 arrived later in the same second
        assertThat(second.ids()).containsExactly("4876876000000624041");
    }

    @Test
    void deletedRecordsComeAsTombstonesWithTheSameHeader() {
        Cursor cursor = firstRun();
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals"))
                .withHeader("If-Modified-Since", equalTo(SINCE))
                .willReturn(aResponse().withStatus(304)));
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals/deleted"))
                .withHeader("If-Modified-Since", equalTo(SINCE))
                .withQueryParam("type", equalTo("all"))
                .withQueryParam("page", equalTo("1"))
                .willReturn(json("deals-deleted.json")));

        Read second = readAll(connector(), StreamKind.DEALS, cursor, ReadMode.INCREMENTAL);

        assertThat(second.deletions()).containsExactly(new SourceRef("crm", "4876876000000624033"));
    }

    @Test
    void fullRefreshIgnoresTheCursorAndReplacesTheStream() {
        Cursor cursor = firstRun();
        zoho.resetRequests();

        Read again = readAll(connector(), StreamKind.DEALS, cursor, ReadMode.FULL_REFRESH);

        assertThat(again.replaces()).isTrue();
        assertThat(again.ids()).hasSize(3);
        zoho.verify(0, getRequestedFor(urlPathEqualTo("/crm/v8/Deals/deleted")));
    }

    @Test
    void invalidModuleFailsTheRunNamingTheModuleSetting() {
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Customer_Feedback")).willReturn(json(400, "invalid-module.json")));

        assertThatThrownBy(() -> readAll(connector(), StreamKind.FEEDBACK, null, ReadMode.INCREMENTAL))
                .isInstanceOfSatisfying(
                        ConnectorException.ConfigurationInvalid.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.key()).isEqualTo("modules.feedback");
                            assertThat(p.message()).contains("'Customer_Feedback'", "missing or not API-enabled");
                        }));
        zoho.verify(1, getRequestedFor(urlPathEqualTo("/crm/v8/Customer_Feedback")));
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void moduleUnchangedForMonthsStaysIncrementalButAGapLongerThanSixtyDaysReadsEverything() {
        context.clock().set(java.time.Instant.parse("2026-05-20T00:00:00Z"));
        Cursor cursor = firstRun();
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals"))
                .withHeader("If-Modified-Since", equalTo(SINCE))
                .willReturn(aResponse().withStatus(304)));
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals/deleted"))
                .willReturn(aResponse().withStatus(204)));

        // 71 days after the last modification but 21 days after the last read: Zoho still holds the deletions
        context.clock().set(java.time.Instant.parse("2026-06-10T00:00:00Z"));
        Read soon = readAll(connector(), StreamKind.DEALS, cursor, ReadMode.INCREMENTAL);
        // 66 days after the last read: deletions may be gone from the recycle bin
        context.clock().set(java.time.Instant.parse("2026-08-15T00:00:00Z"));
        Read late = readAll(connector(), StreamKind.DEALS, Objects.requireNonNull(soon.cursor()), ReadMode.INCREMENTAL);

        assertThat(soon.replaces()).isFalse();
        assertThat(soon.records()).isEmpty();
        assertThat(late.replaces()).isTrue();
        assertThat(late.ids()).hasSize(3);
    }
}
