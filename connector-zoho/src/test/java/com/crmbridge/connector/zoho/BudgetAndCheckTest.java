package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-run credit budget, and what check() verifies. */
class BudgetAndCheckTest extends ZohoStubs {
    @Test
    void maxCreditsPerRunStopsCleanlyAndTheNextRunResumesFromTheLastPage() {
        stubToken();
        DealListing.stub(zoho, 2000);
        List<String> delivered = new ArrayList<>();
        Cursor kept;
        try (StreamReader reader =
                connector(Map.of("max-credits-per-run", "3")).open(StreamKind.DEALS, null, ReadMode.INCREMENTAL)) {
            Page page = reader.next().orElseThrow();
            page.records().forEach(r -> delivered.add(r.source().externalId()));
            for (int i = 1; i < 3; i++) {
                page = reader.next().orElseThrow();
                page.records().forEach(r -> delivered.add(r.source().externalId()));
            }
            kept = page.cursor();
            assertThatThrownBy(reader::next)
                    .isInstanceOf(ConnectorException.QuotaExhausted.class)
                    .hasMessageContaining("max-credits-per-run (3)");
        }
        assertThat(context.metrics().get(ConnectorMetrics.CREDITS)).isEqualTo(3);
        zoho.verify(3, getRequestedFor(urlPathEqualTo("/crm/v8/Deals")));

        delivered.addAll(readAll(connector(), StreamKind.DEALS, kept, ReadMode.INCREMENTAL)
                .ids());

        assertThat(delivered).hasSize(2000).doesNotHaveDuplicates();
    }

    private static String fields(String... names) {
        StringBuilder body = new StringBuilder("{\"fields\": [");
        for (int i = 0; i < names.length; i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"api_name\": \"")
                    .append(names[i])
                    .append("\"}");
        }
        return body.append("]}").toString();
    }

    private void stubModule(String module, String... names) {
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/settings/fields"))
                .withQueryParam("module", equalTo(module))
                .willReturn(okJson(fields(names))));
    }

    @Test
    void checkNamesEveryMissingModuleAndField() {
        stubToken();
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/users"))
                .withQueryParam("type", equalTo("CurrentUser"))
                .willReturn(json("users.json")));
        stubModule(
                "Accounts",
                "Account_Name",
                "Owner",
                "Customer_Tier",
                "Created_Time",
                "Churned_On",
                "Last_Activity_Time");
        stubModule("Deals", "Account_Name", "Owner", "Amount", "Closing_Date", "Created_Time");
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/settings/fields"))
                .withQueryParam("module", equalTo("Customer_Feedback"))
                .willReturn(json(400, "invalid-module.json")));
        stubModule("Sales_Targets", "Manager", "Period", "Target_Amount", "Base_Bonus");
        stubModule(
                "Manager_Scorecards",
                "Name",
                "Scorecard_Key",
                "Manager",
                "Period",
                "Won_Revenue",
                "Won_Deals",
                "Lost_Deals",
                "Target",
                "Attainment",
                "Growth",
                "Win_Rate",
                "Responses",
                "CSAT",
                "Avg_Score",
                "Complaints",
                "Complaint_Resolution",
                "Retention",
                "New_Customers",
                "Score",
                "Rating",
                "Team_Rank",
                "Bonus");
        stubModule(
                "Manager_Alerts",
                "Name",
                "Alert_Key",
                "Alert_Type",
                "Severity",
                "Manager",
                "Subject_Type",
                "Subject_Id",
                "Message",
                "Status");

        CheckResult result = connector().check();

        assertThat(result.healthy()).isFalse();
        assertThat(result.problems())
                .containsExactlyInAnyOrder(
                        "fields.deals.stage: field 'Stage' does not exist in module 'Deals' (modules.deals)",
                        "modules.feedback: module 'Customer_Feedback' (modules.feedback) missing or not API-enabled in Zoho"
                                + " CRM");
    }

    @Test
    void checkNamesTheMissingScope() {
        stubToken();
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/users"))
                .willReturn(okJson(
                                "{\"code\": \"OAUTH_SCOPE_MISMATCH\", \"details\": {}, \"message\": \"invalid oauth scope to"
                                        + " access this URL\", \"status\": \"error\"}")
                        .withStatus(401)));

        CheckResult result = connector().check();

        assertThat(result.problems()).singleElement().asString().contains("ZohoCRM.users.READ", "OAUTH_SCOPE_MISMATCH");
    }
}
