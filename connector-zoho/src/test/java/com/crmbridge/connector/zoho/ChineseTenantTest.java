package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.Customer;
import com.crmbridge.domain.CustomerTier;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.FeedbackKind;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.Target;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A small tenant on zoho.com.cn whose names and picklist values are Chinese, mapped through settings. */
class ChineseTenantTest extends ZohoStubs {
    private ZohoConnector connector;

    @BeforeEach
    void stubTenant() {
        stubToken();
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/users")).willReturn(json("zh-users.json")));
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Accounts")).willReturn(json("zh-accounts.json")));
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals")).willReturn(json("zh-deals.json")));
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Customer_Feedback")).willReturn(json("zh-feedback.json")));
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Sales_Targets")).willReturn(json("zh-targets.json")));
        Map<String, String> tenant = new HashMap<>();
        tenant.put("data-center", "com.cn");
        tenant.put("stage-map.WON", "赢单");
        tenant.put("stage-map.NEEDS_ANALYSIS", "需求分析");
        tenant.put("stage-map.赢单-旧", "WON");
        tenant.put("customer-key-tiers", "重要, 高净值");
        tenant.put("manager-senior-tiers", "高级");
        tenant.put("feedback-kind.survey", "问卷");
        tenant.put("feedback-kind.complaint", "投诉");
        connector = connector(tenant);
    }

    @Test
    void usersBecomeManagersWithChineseNamesTeamsAndTiers() {
        Read read = readAll(connector, StreamKind.MANAGERS, null, ReadMode.INCREMENTAL);

        assertThat(read.replaces()).isTrue();
        assertThat(read.records()).hasSize(2);
        Manager wang = (Manager) read.records().get(0);
        assertThat(wang.name()).isEqualTo("王芳");
        assertThat(wang.team()).isEqualTo("华东大客户部");
        assertThat(wang.tier()).isEqualTo(ManagerTier.SENIOR);
        assertThat(wang.active()).isTrue();
        assertThat(((Manager) read.records().get(1)).tier()).isEqualTo(ManagerTier.STANDARD);
    }

    @Test
    void accountsMapChineseTiersAndDatesInTheConfiguredZone() {
        Read read = readAll(connector, StreamKind.CUSTOMERS, null, ReadMode.INCREMENTAL);

        Customer key = (Customer) read.records().get(0);
        assertThat(key.name()).isEqualTo("上海云杉科技有限公司");
        assertThat(key.tier()).isEqualTo(CustomerTier.KEY);
        assertThat(key.ownerId()).isEqualTo("5500000000000001001");
        // 2025-12-31T18:30+08:00 is 16:00 on the same day in the context's zone (Asia/Kolkata)
        assertThat(key.createdOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(key.lastContactAt()).isEqualTo(Instant.parse("2026-03-20T02:00:00Z"));
        Customer churned = (Customer) read.records().get(1);
        assertThat(churned.tier()).isEqualTo(CustomerTier.NORMAL);
        assertThat(churned.churnedOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(churned.lastContactAt()).isNull();
    }

    @Test
    void chineseStagesMapThroughTheStageMapAndAnUnmappedOneIsRejectedByName() {
        Read read = readAll(connector, StreamKind.DEALS, null, ReadMode.INCREMENTAL);

        assertThat(read.records())
                .extracting(r -> ((Deal) r).stage())
                .containsExactly(DealStage.WON, DealStage.NEEDS_ANALYSIS);
        assertThat(((Deal) read.records().get(0)).amount()).isEqualByComparingTo(new BigDecimal("880000"));
        assertThat(read.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.rawValue()).isEqualTo("初步接洽");
            assertThat(reject.reason()).contains("'初步接洽'", "stage-map");
        });
    }

    @Test
    void feedbackAndTargetsMapChinesePicklistValues() {
        Read feedback = readAll(connector, StreamKind.FEEDBACK, null, ReadMode.INCREMENTAL);
        Read targets = readAll(connector, StreamKind.TARGETS, null, ReadMode.INCREMENTAL);

        Feedback survey = (Feedback) feedback.records().get(0);
        assertThat(survey.kind()).isEqualTo(FeedbackKind.SURVEY);
        assertThat(survey.score()).isEqualByComparingTo(new BigDecimal("5"));
        assertThat(survey.managerId()).isEqualTo("5500000000000001001");
        Feedback complaint = (Feedback) feedback.records().get(1);
        assertThat(complaint.kind()).isEqualTo(FeedbackKind.COMPLAINT);
        assertThat(complaint.managerId()).isNull();
        assertThat(complaint.resolvedAt()).isEqualTo(Instant.parse("2026-03-07T03:00:00Z"));
        Target target = (Target) targets.records().get(0);
        assertThat(target.period()).isEqualTo(Period.quarter(2026, 1));
        assertThat(target.amount()).isEqualByComparingTo(new BigDecimal("1000000"));
        assertThat(target.baseBonus()).isEqualByComparingTo(new BigDecimal("30000"));
    }
}
