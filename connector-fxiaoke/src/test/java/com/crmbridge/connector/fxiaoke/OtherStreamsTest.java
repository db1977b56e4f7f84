package com.crmbridge.connector.fxiaoke;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.Customer;
import com.crmbridge.domain.CustomerTier;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.FeedbackKind;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.domain.Target;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherStreamsTest extends TenantTestBase {
    private Page onlyPage(StreamKind stream, String path, String object, String fixture) {
        wireMock.stubFor(post(urlPathEqualTo(path))
                .withRequestBody(matchingJsonPath("$.data.dataObjectApiName", equalTo(object)))
                .willReturn(json(fixture)));
        List<Page> pages = drain(connector().open(stream, null, ReadMode.INCREMENTAL));
        assertThat(pages).hasSize(1);
        return pages.get(0);
    }

    @Test
    void customersMapWithKeyTierChurnAndLastContact() {
        Page page = onlyPage(StreamKind.CUSTOMERS, PRESET_QUERY, "AccountObj", "customers-page.json");

        List<Customer> customers =
                page.records().stream().map(Customer.class::cast).toList();
        assertThat(customers).hasSize(2);
        Customer lanchuan = customers.get(0);
        assertThat(lanchuan.name()).isEqualTo("上海澜川科技有限公司");
        assertThat(lanchuan.ownerId()).isEqualTo("FSUID_F8E5C73533927249281F06800BC975AA");
        assertThat(lanchuan.tier()).isEqualTo(CustomerTier.KEY);
        assertThat(lanchuan.createdOn()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(lanchuan.churnedOn()).isNull();
        assertThat(lanchuan.lastContactAt()).isEqualTo(Instant.ofEpochMilli(1788595200000L));
        Customer pengtuo = customers.get(1);
        assertThat(pengtuo.tier()).isEqualTo(CustomerTier.NORMAL);
        assertThat(pengtuo.churnedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void customerWithoutOwnerIsRejectedAndDeletedOneIsATombstone() {
        Page page = onlyPage(StreamKind.CUSTOMERS, PRESET_QUERY, "AccountObj", "customers-page.json");

        assertThat(page.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.recordId()).isEqualTo("6611b0a2c4e5f60001a2b3c5");
            assertThat(reject.column()).isEqualTo("owner");
            assertThat(reject.reason()).contains("owner").contains("required");
        });
        assertThat(page.deletions()).containsExactly(new SourceRef("crm", "6611b0a2c4e5f60001a2b3c6"));
    }

    @Test
    void feedbackMapsFromItsCustomObjectAndBadScoresOrKindsAreRejected() {
        Page page = onlyPage(StreamKind.FEEDBACK, CUSTOM_QUERY, "customer_feedback__c", "feedback-page.json");

        List<Feedback> feedback =
                page.records().stream().map(Feedback.class::cast).toList();
        assertThat(feedback).hasSize(2);
        assertThat(feedback.get(0).kind()).isEqualTo(FeedbackKind.SURVEY);
        assertThat(feedback.get(0).score()).isEqualByComparingTo("4");
        assertThat(feedback.get(0).managerId()).isEqualTo("FSUID_F8E5C73533927249281F06800BC975AA");
        assertThat(feedback.get(1).kind()).isEqualTo(FeedbackKind.COMPLAINT);
        assertThat(feedback.get(1).managerId()).isNull();
        assertThat(feedback.get(1).resolvedAt()).isEqualTo(Instant.ofEpochMilli(1790150400000L));
        assertThat(page.rejects())
                .extracting(r -> r.column() + "=" + r.rawValue())
                .containsExactlyInAnyOrder("score__c=9", "feedback_kind__c=咨询");
    }

    @Test
    void targetsTakeTheFirstManagerOfTheEmployeeFieldAndRejectBadPeriods() {
        Page page = onlyPage(StreamKind.TARGETS, CUSTOM_QUERY, "sales_target__c", "targets-page.json");

        List<Target> targets = page.records().stream().map(Target.class::cast).toList();
        assertThat(targets).hasSize(2);
        assertThat(targets.get(0).managerId()).isEqualTo("FSUID_F8E5C73533927249281F06800BC975AA");
        assertThat(targets.get(0).period()).isEqualTo(Period.quarter(2026, 3));
        assertThat(targets.get(0).amount()).isEqualByComparingTo("1200000.00");
        assertThat(targets.get(0).baseBonus()).isEqualByComparingTo(new BigDecimal("20000"));
        assertThat(targets.get(1).period()).isEqualTo(Period.month(2026, 9));
        assertThat(targets.get(1).baseBonus()).isNull();
        assertThat(page.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.column()).isEqualTo("period__c");
            assertThat(reject.rawValue()).isEqualTo("第三季度");
        });
    }

    @Test
    void managersComeFromTheEmployeeListWithTeamsTiersAndStoppedEmployees() {
        wireMock.stubFor(post(urlPathEqualTo("/cgi/department/list"))
                .withRequestBody(matchingJsonPath("$.corpAccessToken", equalTo(TOKEN)))
                .willReturn(json("department-list.json")));
        wireMock.stubFor(post(urlPathEqualTo("/cgi/user/list"))
                .withRequestBody(matchingJsonPath("$.departmentId", equalTo("999999")))
                .withRequestBody(matchingJsonPath("$.fetchChild", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.showDepartmentIdsDetail", equalTo("true")))
                .willReturn(json("user-list.json")));

        StreamReader reader = connector().open(StreamKind.MANAGERS, null, ReadMode.INCREMENTAL);
        List<Page> pages = drain(reader);

        assertThat(reader.replacesStream()).isTrue();
        List<Manager> managers = pages.stream()
                .flatMap(p -> p.records().stream())
                .map(Manager.class::cast)
                .toList();
        assertThat(managers).hasSize(3);
        Manager wang = managers.get(0);
        assertThat(wang.source()).isEqualTo(new SourceRef("crm", "FSUID_F8E5C73533927249281F06800BC975AA"));
        assertThat(wang.name()).isEqualTo("王伟");
        assertThat(wang.email()).isEqualTo("wangwei@lanchuan.cn");
        assertThat(wang.team()).isEqualTo("华东大客户部");
        assertThat(wang.tier()).isEqualTo(ManagerTier.SENIOR);
        assertThat(wang.active()).isTrue();
        Manager li = managers.get(1);
        assertThat(li.email()).isNull();
        assertThat(li.team()).isEqualTo("华南渠道部");
        assertThat(li.tier()).isEqualTo(ManagerTier.STANDARD);
        assertThat(li.active()).isFalse();
        Manager liu = managers.get(2);
        assertThat(liu.tier()).isEqualTo(ManagerTier.SENIOR);
        assertThat(liu.team()).isNull();
        assertThat(pages.stream().flatMap(p -> p.rejects().stream()))
                .singleElement()
                .satisfies(reject -> {
                    assertThat(reject.recordId()).isEqualTo("FSUID_5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0F");
                    assertThat(reject.reason()).contains("e-mail");
                });
        assertThat(bodies("/cgi/user/list").get(0).has("currentOpenUserId")).isFalse();
    }
}
