package com.crmbridge.connector.fxiaoke;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ObjectCatalogTest extends TenantTestBase {
    private void stubDescribe(String object, String record, Set<String> missing) {
        ObjectNode reply = JSON.createObjectNode().put("errorCode", 0).put("errorMessage", "OK");
        ObjectNode fields = reply.putObject("data")
                .putObject("describe")
                .put("api_name", object)
                .putObject("fields");
        for (ApiField field : ApiField.ALL) {
            if (field.record().equals(record) && !missing.contains(field.defaultApiName())) {
                fields.putObject(field.defaultApiName()).put("api_name", field.defaultApiName());
            }
        }
        wireMock.stubFor(post(urlPathEqualTo("/cgi/crm/v2/object/describe"))
                .withRequestBody(matchingJsonPath("$.data.apiName", equalTo(object)))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(reply.toString())));
    }

    @Test
    void missingCustomObjectFailsTheReadNamingItsSetting() {
        wireMock.stubFor(post(urlPathEqualTo("/cgi/crm/v2/object/list"))
                .atPriority(1)
                .willReturn(json("object-list-without-feedback.json")));

        assertThatThrownBy(() -> connector().open(StreamKind.FEEDBACK, null, ReadMode.INCREMENTAL))
                .isInstanceOfSatisfying(
                        ConnectorException.ConfigurationInvalid.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.key()).isEqualTo("objects.feedback");
                            assertThat(problem.message()).contains("customer_feedback__c");
                        }));
        assertThat(calls(CUSTOM_QUERY)).isZero();
    }

    @Test
    void checkNamesTheMissingObjectAndTheMissingField() {
        wireMock.stubFor(post(urlPathEqualTo("/cgi/crm/v2/object/list"))
                .atPriority(1)
                .willReturn(json("object-list-without-feedback.json")));
        stubDescribe("sales_target__c", "targets", Set.of("base_bonus__c"));
        stubDescribe("manager_scorecard__c", "scorecards", Set.of());
        stubDescribe("manager_alert__c", "alerts", Set.of());

        CheckResult result = connector(Map.of("streams", "feedback,targets")).check();

        assertThat(result.healthy()).isFalse();
        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).startsWith("objects.feedback:"));
        assertThat(result.problems())
                .anySatisfy(p ->
                        assertThat(p).startsWith("fields.targets.base-bonus:").contains("base_bonus__c"));
    }

    @Test
    void checkOfAHealthyTenantReadsOneRowOfEachObject() {
        stubDescribe("customer_feedback__c", "feedback", Set.of());
        stubDescribe("manager_scorecard__c", "scorecards", Set.of());
        stubDescribe("manager_alert__c", "alerts", Set.of());

        CheckResult result = connector(Map.of("streams", "feedback")).check();

        assertThat(result.problems()).isEmpty();
        assertThat(result.details()).anySatisfy(d -> assertThat(d).contains("customer_feedback__c"));
        assertThat(bodies(CUSTOM_QUERY)
                        .get(0)
                        .path("data")
                        .path("search_query_info")
                        .path("limit")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void checkReportsRefusedCredentialsWithoutThrowing() {
        wireMock.stubFor(post(urlPathEqualTo(TOKEN_PATH)).atPriority(1).willReturn(json("bad-app-secret.json")));

        CheckResult result = connector().check();

        assertThat(result.healthy()).isFalse();
        assertThat(result.problems().get(0)).contains("20006").doesNotContain(APP_SECRET);
    }
}
