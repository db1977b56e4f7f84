package com.crmbridge.connector.csv.internal;

import com.crmbridge.domain.CustomerTier;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.FeedbackKind;
import com.crmbridge.domain.ManagerTier;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of {@code csv.md}'s Values table for booleans, tiers, deal stages and feedback kinds, English and
 * Chinese. Words match case-insensitively after stripping surrounding spaces; canonical names also match with
 * spaces or dashes for underscores ({@code needs analysis}, {@code Needs-Analysis}).
 */
public final class Vocabulary {
    private static final Map<String, Boolean> BOOLEANS = new HashMap<>();
    private static final Map<String, ManagerTier> MANAGER_TIERS = new HashMap<>();
    private static final Map<String, CustomerTier> CUSTOMER_TIERS = new HashMap<>();
    private static final Map<String, DealStage> STAGES = new HashMap<>();
    private static final Map<String, FeedbackKind> KINDS = new HashMap<>();

    static {
        words(BOOLEANS, true, "true", "yes", "y", "1", "是", "在职");
        words(BOOLEANS, false, "false", "no", "n", "0", "否", "离职");
        words(MANAGER_TIERS, ManagerTier.SENIOR, "senior", "高端", "高端客户经理");
        words(MANAGER_TIERS, ManagerTier.STANDARD, "standard", "普通", "标准");
        words(CUSTOMER_TIERS, CustomerTier.KEY, "key", "重要", "重要客户", "vip", "高净值", "a");
        words(CUSTOMER_TIERS, CustomerTier.NORMAL, "normal", "普通", "一般", "b", "c");
        for (DealStage stage : DealStage.values()) {
            words(STAGES, stage, stage.name());
        }
        words(STAGES, DealStage.QUALIFICATION, "初步接洽", "资格审查");
        words(STAGES, DealStage.NEEDS_ANALYSIS, "需求分析", "需求确认");
        words(STAGES, DealStage.PROPOSAL, "方案制定", "方案报价");
        words(STAGES, DealStage.NEGOTIATION, "商务谈判", "谈判审核");
        words(STAGES, DealStage.WON, "赢单", "合同签订", "成交");
        words(STAGES, DealStage.LOST, "输单", "丢单", "失败");
        for (FeedbackKind kind : FeedbackKind.values()) {
            words(KINDS, kind, kind.name());
        }
        words(KINDS, FeedbackKind.SURVEY, "满意度调查", "回访");
        words(KINDS, FeedbackKind.COMPLAINT, "投诉");
        words(KINDS, FeedbackKind.PRAISE, "表扬");
        words(KINDS, FeedbackKind.SUGGESTION, "建议");
    }

    private static final Map<String, Boolean> EXACT_BOOLEANS = exactForms(BOOLEANS);
    private static final Map<String, ManagerTier> EXACT_MANAGER_TIERS = exactForms(MANAGER_TIERS);
    private static final Map<String, CustomerTier> EXACT_CUSTOMER_TIERS = exactForms(CUSTOMER_TIERS);
    private static final Map<String, DealStage> EXACT_STAGES = exactForms(STAGES);
    private static final Map<String, FeedbackKind> EXACT_KINDS = exactForms(KINDS);

    private Vocabulary() {}

    public static boolean bool(String raw) throws ValueException {
        return find(
                BOOLEANS,
                EXACT_BOOLEANS,
                raw,
                "is not a yes/no value such as true, false, yes, no, 1, 0, 是, 否, 在职 or 离职");
    }

    /** Empty is {@link ManagerTier#STANDARD}. */
    public static ManagerTier managerTier(String raw) throws ValueException {
        return raw.isBlank()
                ? ManagerTier.STANDARD
                : find(
                        MANAGER_TIERS,
                        EXACT_MANAGER_TIERS,
                        raw,
                        "is not a manager tier: STANDARD, SENIOR, 高端, 高端客户经理, 普通 or 标准");
    }

    /** Empty is {@link CustomerTier#NORMAL}. */
    public static CustomerTier customerTier(String raw) throws ValueException {
        return raw.isBlank()
                ? CustomerTier.NORMAL
                : find(
                        CUSTOMER_TIERS,
                        EXACT_CUSTOMER_TIERS,
                        raw,
                        "is not a customer tier: KEY, NORMAL, 重要, 重要客户, VIP, 高净值, A, 普通, 一般, B or C");
    }

    public static DealStage stage(String raw) throws ValueException {
        return find(
                STAGES,
                EXACT_STAGES,
                raw,
                "is not a deal stage: QUALIFICATION, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION, WON, LOST or one of "
                        + "初步接洽, 资格审查, 需求分析, 需求确认, 方案制定, 方案报价, 商务谈判, 谈判审核, 赢单, 合同签订, 成交, 输单, 丢单, 失败");
    }

    public static FeedbackKind kind(String raw) throws ValueException {
        return find(
                KINDS,
                EXACT_KINDS,
                raw,
                "is not a feedback kind: SURVEY, COMPLAINT, PRAISE, SUGGESTION, 满意度调查, 回访, 投诉, 表扬 or 建议");
    }

    private static <T> void words(Map<String, T> map, T value, String... words) {
        for (String word : words) {
            map.put(key(word), value);
        }
    }

    /**
     * The words whose key is the word itself or its lower case ({@code 赢单}, {@code won}, {@code WON}), to find
     * without building a key: files mostly hold words in these forms. Holds only forms {@link #key} maps to the
     * same entry, so that a hit gives what the key would.
     */
    private static <T> Map<String, T> exactForms(Map<String, T> map) {
        Map<String, T> exact = new HashMap<>();
        map.forEach((word, value) -> {
            if (key(word).equals(word)) {
                exact.put(word, value);
            }
            String upper = word.toUpperCase(Locale.ROOT);
            if (key(upper).equals(word)) {
                exact.put(upper, value);
            }
        });
        return exact;
    }

    private static <T> T find(Map<String, T> map, Map<String, T> exact, String raw, String reason)
            throws ValueException {
        T value = exact.get(raw);
        if (value == null) {
            value = map.get(key(raw));
        }
        if (value == null) {
            throw new ValueException(reason);
        }
        return value;
    }

    private static String key(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
