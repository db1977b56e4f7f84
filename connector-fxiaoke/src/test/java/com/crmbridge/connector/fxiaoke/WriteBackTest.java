package com.crmbridge.connector.fxiaoke;

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
import com.crmbridge.spi.InMemoryPushLedger;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.PushReport.Outcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class WriteBackTest extends TenantTestBase {
    private static final String WANG_ID = "FSUID_F8E5C73533927249281F06800BC975AA";
    private static final String LI_ID = "FSUID_0B7D2E91C3A84F56A1E2D3C4B5A69788";
    private static final ManagerIdentity WANG = new ManagerIdentity(
            "wangwei@lanchuan.cn",
            WANG_ID,
            "王伟",
            "wangwei@lanchuan.cn",
            "华东大客户部",
            ManagerTier.SENIOR,
            true,
            List.of(new SourceRef("crm", WANG_ID)));
    private static final ManagerIdentity LI = new ManagerIdentity(
            "crm:" + LI_ID,
            LI_ID,
            "李娜",
            null,
            "华南渠道部",
            ManagerTier.STANDARD,
            true,
            List.of(new SourceRef("crm", LI_ID)));
    private static final ManagerIdentity ZHANG_FROM_FILES = new ManagerIdentity(
            "zhangmin@lanchuan.cn",
            "M-007",
            "张敏",
            "zhangmin@lanchuan.cn",
            null,
            ManagerTier.STANDARD,
            true,
            List.of(new SourceRef("files", "M-007")));
    private static final Period Q3 = Period.quarter(2026, 3);

    private final InMemoryPushLedger ledger = new InMemoryPushLedger();

    private static Scorecard scorecard(ManagerIdentity manager, String bonus) {
        return new Scorecard(
                manager,
                Q3,
                new BigDecimal("1286500"),
                1,
                1,
                new BigDecimal("1200000"),
                new BigDecimal("1.07208333"),
                null,
                new BigDecimal("0.5"),
                3,
                new BigDecimal("0.666666"),
                new BigDecimal("4.333333"),
                1,
                BigDecimal.ONE,
                BigDecimal.ONE,
                2,
                new BigDecimal("87.5"),
                Rating.B,
                1,
                new BigDecimal(bonus),
                Map.of());
    }

    private static final Alert STALE = new Alert(
            AlertType.STALE_KEY_ACCOUNT,
            Severity.HIGH,
            WANG,
            SubjectType.CUSTOMER,
            new SourceRef("crm", "6508f92086a6c8000190db97"),
            "重要客户「上海澜川科技有限公司」已 45 天未跟进");
    private static final Alert OVERLOAD = new Alert(
            AlertType.OVERLOAD,
            Severity.MEDIUM,
            LI,
            SubjectType.MANAGER,
            new SourceRef("crm", LI_ID),
            "李娜 名下客户 62 个，超过上限 50 个");

    private static KpiResults results(List<Scorecard> scorecards, List<Alert> alerts) {
        return new KpiResults("rules-1", NOW, scorecards, alerts);
    }

    private static KpiResults standard() {
        return results(List.of(scorecard(WANG, "23000"), scorecard(LI, "8000")), List.of(STALE, OVERLOAD));
    }

    private ObjectNode row(String object, String keyField, String key) {
        return tenant.rows(object).stream()
                .filter(r -> r.path(keyField).asString().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + object + " row with " + keyField + " " + key));
    }

    @Test
    void firstPushCreatesEveryRowWithOwnerAndFiguresAsText() {
        PushReport report = connector().push(standard(), ledger);

        assertThat(report.counts()).containsEntry(Outcome.CREATED, 4);
        ObjectNode wang = row("manager_scorecard__c", "scorecard_key__c", WANG_ID + ":2026-Q3");
        assertThat(wang).isNotNull();
        assertThat(wang.path("name").asString()).isEqualTo("王伟 2026-Q3");
        assertThat(wang.path("owner").get(0).asString()).isEqualTo(WANG_ID);
        assertThat(wang.path("manager__c").get(0).asString()).isEqualTo(WANG_ID);
        assertThat(wang.path("period__c").asString()).isEqualTo("2026-Q3");
        assertThat(wang.path("won_revenue__c").asString()).isEqualTo("1286500.00");
        assertThat(wang.path("won_deals__c").asString()).isEqualTo("1");
        assertThat(wang.path("attainment__c").asString()).isEqualTo("1.0721");
        assertThat(wang.path("avg_score__c").asString()).isEqualTo("4.3333");
        assertThat(wang.path("growth__c").isNull()).isTrue();
        assertThat(wang.path("score__c").asString()).isEqualTo("87.50");
        assertThat(wang.path("rating__c").asString()).isEqualTo("B");
        assertThat(wang.path("team_rank__c").asString()).isEqualTo("1");
        assertThat(wang.path("bonus__c").asString()).isEqualTo("23000.00");

        ObjectNode stale = row("manager_alert__c", "alert_key__c", "STALE_KEY_ACCOUNT:6508f92086a6c8000190db97");
        assertThat(stale).isNotNull();
        assertThat(stale.path("status__c").asString()).isEqualTo("open");
        assertThat(stale.path("subject_id__c").asString()).isEqualTo("6508f92086a6c8000190db97");
        assertThat(row("manager_alert__c", "alert_key__c", "OVERLOAD:" + LI_ID)).isNotNull();

        JsonNode create = bodies("/cgi/crm/custom/v2/data/create").get(0);
        assertThat(create.path("triggerWorkFlow").asBoolean(true)).isFalse();
        assertThat(create.path("triggerApprovalFlow").asBoolean(true)).isFalse();
        assertThat(create.path("data")
                        .path("object_data")
                        .path("dataObjectApiName")
                        .asString())
                .isEqualTo("manager_scorecard__c");
    }

    @Test
    void existingKeysAreLookedUpInOneBatchPerObject() {
        connector().push(standard(), ledger);

        List<JsonNode> lookups = bodies(CUSTOM_QUERY);
        assertThat(lookups).hasSize(2);
        JsonNode filter = lookups.get(0)
                .path("data")
                .path("search_query_info")
                .path("filters")
                .get(0);
        assertThat(filter.path("field_name").asString()).isEqualTo("scorecard_key__c");
        assertThat(filter.path("operator").asString()).isEqualTo("IN");
        assertThat(filter.path("field_values")).hasSize(2);
    }

    @Test
    void unchangedSecondPushMakesNoCallAtAll() {
        FxiaokeConnector connector = connector();
        connector.push(standard(), ledger);
        int before = wireMock.getAllServeEvents().size();

        PushReport again = connector().push(standard(), ledger);

        assertThat(again.counts()).containsEntry(Outcome.UNCHANGED, 4);
        assertThat(again.sent()).isZero();
        assertThat(wireMock.getAllServeEvents()).hasSize(before);
    }

    @Test
    void changedScorecardIsUpdatedByIdWithoutTheOwner() {
        connector().push(standard(), ledger);

        PushReport report = connector()
                .push(
                        results(List.of(scorecard(WANG, "25000"), scorecard(LI, "8000")), List.of(STALE, OVERLOAD)),
                        ledger);

        assertThat(report.counts()).containsEntry(Outcome.UPDATED, 1).containsEntry(Outcome.UNCHANGED, 3);
        JsonNode update =
                bodies("/cgi/crm/custom/v2/data/update").get(0).path("data").path("object_data");
        assertThat(update.has("owner")).isFalse();
        assertThat(update.path("_id").asString()).isNotEmpty();
        assertThat(row("manager_scorecard__c", "scorecard_key__c", WANG_ID + ":2026-Q3")
                        .path("bonus__c")
                        .asString())
                .isEqualTo("25000.00");
        assertThat(tenant.rows("manager_scorecard__c")).hasSize(2);
    }

    @Test
    void rowAlreadyInTheTenantIsUpdatedNotDuplicatedWhenTheLedgerIsEmpty() {
        ObjectNode existing = JSON.createObjectNode();
        existing.put("_id", "6712a0c4e1b2d30001a4f2c1");
        existing.put("scorecard_key__c", WANG_ID + ":2026-Q3");
        existing.put("life_status", "normal");
        existing.put("bonus__c", "1.00");
        tenant.put("manager_scorecard__c", existing);

        PushReport report = connector().push(standard(), ledger);

        assertThat(report.outcomes()).anySatisfy(o -> {
            assertThat(o.key()).isEqualTo("wangwei@lanchuan.cn|2026-Q3");
            assertThat(o.outcome()).isEqualTo(Outcome.UPDATED);
        });
        assertThat(tenant.rows("manager_scorecard__c")).hasSize(2);
        assertThat(existing.path("bonus__c").asString()).isEqualTo("23000.00");
    }

    @Test
    void oneRefusedCreateRejectsOnlyThatRowWithCodeAndTraceId() {
        tenant.refuse(
                body -> body.path("data")
                        .path("object_data")
                        .path("scorecard_key__c")
                        .asString()
                        .startsWith(LI_ID),
                "{\"errorCode\":32000,\"errorMessage\":\"字段【目标】校验失败\",\"traceId\":\"E-O.827-reject\"}");

        PushReport report = connector().push(standard(), ledger);

        assertThat(report.counts()).containsEntry(Outcome.CREATED, 3).containsEntry(Outcome.REJECTED, 1);
        PushReport.RowOutcome rejected = report.outcomes().stream()
                .filter(o -> o.outcome() == Outcome.REJECTED)
                .findFirst()
                .orElseThrow();
        assertThat(rejected.key()).isEqualTo("crm:" + LI_ID + "|2026-Q3");
        assertThat(rejected.reason()).contains("32000").contains("字段【目标】校验失败").contains("E-O.827-reject");
        assertThat(ledger.find("crm:" + LI_ID + "|2026-Q3")).isEmpty();
        assertThat(ledger.find("wangwei@lanchuan.cn|2026-Q3")).isPresent();
    }

    @Test
    void alertThatStoppedFiringIsSetToResolved() {
        connector().push(standard(), ledger);

        PushReport report = connector()
                .push(results(List.of(scorecard(WANG, "23000"), scorecard(LI, "8000")), List.of(OVERLOAD)), ledger);

        assertThat(report.counts()).containsEntry(Outcome.RESOLVED, 1).containsEntry(Outcome.UNCHANGED, 3);
        assertThat(row("manager_alert__c", "alert_key__c", "STALE_KEY_ACCOUNT:6508f92086a6c8000190db97")
                        .path("status__c")
                        .asString())
                .isEqualTo("resolved");
        assertThat(ledger.activeKeys(com.crmbridge.spi.ResultRow.Kind.ALERT)).hasSize(1);
    }

    @Test
    void managerWithoutAnEmployeeInThisTenantIsRejected() {
        PushReport report = connector().push(results(List.of(scorecard(ZHANG_FROM_FILES, "0")), List.of()), ledger);

        assertThat(report.counts()).containsEntry(Outcome.REJECTED, 1);
        assertThat(report.outcomes().get(0).reason()).contains("M-007").contains("no employee");
        assertThat(tenant.rows("manager_scorecard__c")).isEmpty();
    }

    @Test
    void createWhoseReplyWasLostIsFoundByKeyInsteadOfCreatedTwice() {
        tenant.loseNextCreateReply();

        PushReport report = connector().push(results(List.of(scorecard(WANG, "23000")), List.of()), ledger);

        assertThat(report.counts()).containsEntry(Outcome.CREATED, 1);
        assertThat(tenant.rows("manager_scorecard__c")).hasSize(1);
        assertThat(calls("/cgi/crm/custom/v2/data/create")).isEqualTo(1);
    }
}
