package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Contract section 3.5: a module whose last full load passed bulk-read-threshold reloads by a Bulk Read job. */
class BulkReadTest extends ZohoStubs {
    private static final String JOB = "554023000000568002";

    private static byte[] zippedCsv(String csv) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(JOB + ".csv"));
            zip.write(csv.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void fullRefreshOfALargeModuleRunsABulkReadJobAndStreamsItsCsv() throws IOException {
        stubToken();
        DealListing.stub(zoho, 3);
        Cursor afterFirstLoad =
                Objects.requireNonNull(readAll(connector(), StreamKind.DEALS, null, ReadMode.INCREMENTAL)
                        .cursor());
        zoho.stubFor(post(urlPathEqualTo("/crm/bulk/v8/read"))
                .willReturn(okJson(
                                """
                {"data": [{"status": "success", "code": "ADDED", "message": "Added successfully.",
                  "details": {"id": "554023000000568002", "operation": "read", "state": "ADDED",
                  "created_time": "2026-04-01T09:00:00+05:30"}}],
                 "info": {}}""")
                        .withStatus(201)));
        zoho.stubFor(get(urlPathEqualTo("/crm/bulk/v8/read/" + JOB))
                .inScenario("job")
                .whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"data\": [{\"id\": \"" + JOB + "\", \"state\": \"IN PROGRESS\"}]}"))
                .willSetStateTo("done"));
        zoho.stubFor(get(urlPathEqualTo("/crm/bulk/v8/read/" + JOB))
                .inScenario("job")
                .whenScenarioStateIs("done")
                .willReturn(okJson("{\"data\": [{\"id\": \"" + JOB + "\", \"state\": \"COMPLETED\", \"result\":"
                        + " {\"page\": 1, \"count\": 3, \"download_url\": \"/crm/bulk/v8/read/" + JOB + "/result\","
                        + " \"per_page\": 200000, \"more_records\": false}}]}")));
        String csv = "id,Account_Name,Owner,Amount,Stage,Closing_Date,Created_Time,Modified_Time\r\n"
                + "4876876000000624001,4876876000000333001,4876876000000225013,48000.0,Negotiation/Review,"
                + "2026-04-15,2026-02-10T09:12:44+05:30,2026-03-31T23:30:00+05:30\r\n"
                + "4876876000000624017,4876876000000333011,4876876000000376008,12500.5,Closed Won,"
                + "2026-03-30,2026-01-05T14:03:10+05:30,2026-03-31T23:30:00+05:30\r\n"
                + "4876876000000624029,,4876876000000376008,,\"Closed Lost\",2026-03-12,"
                + "2026-02-20T08:00:00Z,2026-03-31T23:31:05+05:30\r\n";
        zoho.stubFor(get(urlPathEqualTo("/crm/bulk/v8/read/" + JOB + "/result"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/zip")
                        .withBody(zippedCsv(csv))));
        zoho.resetRequests();
        context.metrics().clear();

        Read read = readAll(
                connector(Map.of("bulk-read-threshold", "2")), StreamKind.DEALS, afterFirstLoad, ReadMode.FULL_REFRESH);

        assertThat(read.replaces()).isTrue();
        assertThat(read.ids()).containsExactly("4876876000000624001", "4876876000000624017", "4876876000000624029");
        Deal won = (Deal) read.records().get(1);
        assertThat(won.stage()).isEqualTo(DealStage.WON);
        assertThat(won.customerId()).isEqualTo("4876876000000333011");
        assertThat(won.ownerId()).isEqualTo("4876876000000376008");
        assertThat(won.amount()).isEqualByComparingTo(new BigDecimal("12500.5"));
        assertThat(((Deal) read.records().get(2)).customerId()).isNull();
        zoho.verify(postRequestedFor(urlPathEqualTo("/crm/bulk/v8/read"))
                .withRequestBody(matchingJsonPath("$.query.module.api_name", equalTo("Deals")))
                .withRequestBody(matchingJsonPath("$.query.page", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.file_type", equalTo("csv"))));
        zoho.verify(0, getRequestedFor(urlPathEqualTo("/crm/v8/Deals")).withHeader("If-Modified-Since", absent()));
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(5));
        assertThat(context.metrics().get(ConnectorMetrics.CREDITS)).isEqualTo(50 + 2 + 1);
    }
}
