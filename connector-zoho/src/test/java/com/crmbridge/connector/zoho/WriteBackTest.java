package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.kpi.Alert;
import com.crmbridge.kpi.AlertType;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.kpi.ManagerIdentity;
import com.crmbridge.kpi.Rating;
import com.crmbridge.kpi.Scorecard;
import com.crmbridge.kpi.Severity;
import com.crmbridge.kpi.SubjectType;
import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.InMemoryPushLedger;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.PushReport.Outcome;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract section 7, scenario 9: upsert outcomes, diff-based re-push, alerts resolved once. */
class WriteBackTest extends ZohoStubs {
    private static final String SCORECARDS = "/crm/v8/Manager_Scorecards/upsert";
    private static final String ALERTS = "/crm/v8/Manager_Alerts/upsert";
    private static final Instant AS_OF = Instant.parse("2026-04-01T04:00:00Z");

    private static final ManagerIdentity PATRICIA =
            manager("p.boyle@zylker.com", "4876876000000225013", "Patricia Boyle");
    private static final ManagerIdentity BRIAN = manager("b.dylan@zylker.com", "4876876000000376008", "Brian Dylan");

    private static ManagerIdentity manager(String email, String userId, String name) {
        return new ManagerIdentity(
                email,
                userId,
                name,
                email,
                "Key Accounts",
                ManagerTier.STANDARD,
                true,
                List.of(new SourceRef("crm", userId)));
    }

    private static Scorecard scorecard(ManagerIdentity manager, String attainment) {
        return new Scorecard(
                manager,
                Period.quarter(2026, 1),
                new BigDecimal("47660.5"),
                2,
                1,
                new BigDecimal("50000"),
                new BigDecimal(attainment),
                null,
                new BigDecimal("0.666666"),
                3,
                new BigDecimal("0.6666667"),
                new BigDecimal("4"),
                1,
                BigDecimal.ONE,
                new BigDecimal("0.95"),
                1,
                new BigDecimal("81.456"),
                Rating.B,
                1,
                new BigDecimal("9532.1"),
                Map.of());
    }

    private static Alert overdue(ManagerIdentity manager, String dealId) {
        return new Alert(
                AlertType.OVERDUE_DEAL,
                Severity.MEDIUM,
                manager,
                SubjectType.DEAL,
                new SourceRef("crm", dealId),
                "Deal " + dealId + " is overdue since 2026-03-15");
    }

    private static String success(String action, String id) {
        return "{\"code\": \"SUCCESS\", \"status\": \"success\", \"message\": \"record " + action
                + "d\", \"action\": \"" + action + "\", \"details\": {\"id\": \"" + id
                + "\", \"Modified_Time\": \"2026-04-01T09:00:02+05:30\"}}";
    }

    @BeforeEach
    void stubZoho() {
        stubToken();
        zoho.stubFor(post(urlPathEqualTo(ALERTS))
                .willReturn(okJson("{\"data\": [" + success("insert", "4876876000001020001") + "]}")));
    }

    @Test
    void mixedUpsertReportsEachRowAndKeepsOnlyTheAcceptedOneInTheLedger() {
        zoho.stubFor(post(urlPathEqualTo(SCORECARDS)).willReturn(json(207, "upsert-207.json")));
        InMemoryPushLedger ledger = new InMemoryPushLedger();
        KpiResults results = new KpiResults(
                "rules", AS_OF, List.of(scorecard(PATRICIA, "0.953249"), scorecard(BRIAN, "0.5")), List.of());

        PushReport report = connector().push(results, ledger);

        assertThat(report.outcomes())
                .extracting(PushReport.RowOutcome::outcome)
                .containsExactly(Outcome.UPDATED, Outcome.REJECTED);
        assertThat(report.outcomes().get(1).reason()).contains("INVALID_DATA", "Attainment", "invalid data");
        assertThat(ledger.find("p.boyle@zylker.com|2026-Q1"))
                .hasValueSatisfying(entry -> assertThat(entry.destinationId()).isEqualTo("4876876000001017003"));
        assertThat(ledger.find("b.dylan@zylker.com|2026-Q1")).isEmpty();
        String body = zoho.findAll(postRequestedFor(urlPathEqualTo(SCORECARDS)))
                .get(0)
                .getBodyAsString();
        // figures keep the contract's scale: money and score 2 decimals, ratios 4, counts whole, undefined null
        assertThat(body)
                .startsWith("{\"data\":[{\"Name\":\"Patricia Boyle 2026-Q1\","
                        + "\"Scorecard_Key\":\"4876876000000225013:2026-Q1\","
                        + "\"Manager\":{\"id\":\"4876876000000225013\"},\"Period\":\"2026-Q1\","
                        + "\"Won_Revenue\":47660.50,\"Won_Deals\":2,\"Lost_Deals\":1,\"Target\":50000.00,"
                        + "\"Attainment\":0.9532,\"Growth\":null,\"Win_Rate\":0.6667,\"Responses\":3,"
                        + "\"CSAT\":0.6667,\"Avg_Score\":4.0000,\"Complaints\":1,\"Complaint_Resolution\":1.0000,"
                        + "\"Retention\":0.9500,\"New_Customers\":1,\"Score\":81.46,\"Rating\":\"B\","
                        + "\"Team_Rank\":1,\"Bonus\":9532.10}")
                .endsWith("],\"duplicate_check_fields\":[\"Scorecard_Key\"],\"trigger\":[]}");
        assertThat(context.metrics().get(ConnectorMetrics.CREDITS)).isEqualTo(1);
    }

    @Test
    void instantRePushOfUnchangedResultsSendsNothing() {
        zoho.stubFor(post(urlPathEqualTo(SCORECARDS))
                .willReturn(okJson("{\"data\": [" + success("insert", "4876876000001017003") + "]}")));
        InMemoryPushLedger ledger = new InMemoryPushLedger();
        KpiResults results = new KpiResults(
                "rules",
                AS_OF,
                List.of(scorecard(PATRICIA, "0.953249")),
                List.of(overdue(PATRICIA, "4876876000000624001")));
        connector().push(results, ledger);
        zoho.resetRequests();
        context.metrics().clear();

        PushReport again = connector().push(results, ledger);

        assertThat(again.outcomes())
                .extracting(PushReport.RowOutcome::outcome)
                .containsExactly(Outcome.UNCHANGED, Outcome.UNCHANGED);
        assertThat(again.sent()).isZero();
        assertThat(zoho.getAllServeEvents()).isEmpty();
        assertThat(context.metrics().get(ConnectorMetrics.API_CALLS)).isZero();
    }

    @Test
    void alertThatStoppedFiringIsSentOnceAsResolved() {
        zoho.stubFor(post(urlPathEqualTo(SCORECARDS))
                .willReturn(okJson("{\"data\": [" + success("insert", "4876876000001017003") + "]}")));
        InMemoryPushLedger ledger = new InMemoryPushLedger();
        Alert alert = overdue(PATRICIA, "4876876000000624001");
        connector().push(new KpiResults("rules", AS_OF, List.of(), List.of(alert)), ledger);
        zoho.verify(
                postRequestedFor(urlPathEqualTo(ALERTS))
                        .withRequestBody(
                                matchingJsonPath(
                                        "$.data[0]",
                                        equalToJson(
                                                """
                {"Name": "Deal 4876876000000624001 is overdue since 2026-03-15",
                 "Alert_Key": "OVERDUE_DEAL:4876876000000624001", "Alert_Type": "OVERDUE_DEAL", "Severity": "MEDIUM",
                 "Manager": {"id": "4876876000000225013"}, "Subject_Type": "DEAL",
                 "Subject_Id": "4876876000000624001", "Message": "Deal 4876876000000624001 is overdue since 2026-03-15",
                 "Status": "Open"}"""))));
        zoho.resetRequests();
        zoho.stubFor(post(urlPathEqualTo(ALERTS))
                .willReturn(okJson("{\"data\": [" + success("update", "4876876000001020001") + "]}")));

        PushReport stopped = connector().push(new KpiResults("rules", AS_OF, List.of(), List.of()), ledger);
        PushReport later = connector().push(new KpiResults("rules", AS_OF, List.of(), List.of()), ledger);

        assertThat(stopped.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.RESOLVED);
            assertThat(o.key()).isEqualTo(alert.key());
        });
        assertThat(later.outcomes()).isEmpty();
        List<LoggedRequest> sent = zoho.findAll(postRequestedFor(urlPathEqualTo(ALERTS)));
        assertThat(sent).singleElement().satisfies(request -> assertThat(request.getBodyAsString())
                .contains("\"data\":[{\"Alert_Key\":\"OVERDUE_DEAL:4876876000000624001\",\"Status\":\"Resolved\"}]")
                .contains("\"duplicate_check_fields\":[\"Alert_Key\"]"));
    }

    @Test
    void moreThanAHundredRowsGoInBatchesOfAHundred() {
        zoho.stubFor(post(urlPathEqualTo(SCORECARDS))
                .willReturn(okJson(batchReply(100)))
                .atPriority(2));
        zoho.stubFor(post(urlPathEqualTo(SCORECARDS))
                .withRequestBody(matchingJsonPath(
                        "$.data.length()", com.github.tomakehurst.wiremock.client.WireMock.equalTo("50")))
                .willReturn(okJson(batchReply(50)))
                .atPriority(1));
        List<Scorecard> scorecards = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            scorecards.add(scorecard(
                    manager("m" + i + "@zylker.com", "48768760000009" + String.format("%05d", i), "M " + i), "0.9"));
        }

        PushReport report = connector(Map.of("concurrency", "2"))
                .push(new KpiResults("rules", AS_OF, scorecards, List.of()), new InMemoryPushLedger());

        assertThat(report.counts().get(Outcome.CREATED)).isEqualTo(150);
        zoho.verify(2, postRequestedFor(urlPathEqualTo(SCORECARDS)));
        assertThat(context.metrics().get(ConnectorMetrics.CREDITS)).isEqualTo(10 + 5);
    }

    @Test
    void allRowsRefusedWithA400AreEachRejectedAndTheRunGoesOn() {
        zoho.stubFor(post(urlPathEqualTo(SCORECARDS))
                .willReturn(okJson(
                                """
                {"data": [{"code": "DUPLICATE_DATA", "status": "error", "message": "duplicate data",
                  "details": {"api_name": "Scorecard_Key", "json_path": "$.data[0].Scorecard_Key"}},
                 {"code": "MANDATORY_NOT_FOUND", "status": "error", "message": "required field not found",
                  "details": {"api_name": "Manager", "json_path": "$.data[1].Manager"}}]}""")
                        .withStatus(400)));

        PushReport report = connector()
                .push(
                        new KpiResults(
                                "rules",
                                AS_OF,
                                List.of(scorecard(PATRICIA, "0.9"), scorecard(BRIAN, "0.8")),
                                List.of()),
                        new InMemoryPushLedger());

        assertThat(report.outcomes())
                .extracting(PushReport.RowOutcome::reason)
                .containsExactly(
                        "DUPLICATE_DATA Scorecard_Key: duplicate data",
                        "MANDATORY_NOT_FOUND Manager: required field not found");
        assertThat(sleeper.waits).isEmpty();
    }

    private static String batchReply(int rows) {
        StringBuilder body = new StringBuilder("{\"data\": [");
        for (int i = 0; i < rows; i++) {
            body.append(i == 0 ? "" : ",").append(success("insert", "48768760000100" + i));
        }
        return body.append("]}").toString();
    }
}
