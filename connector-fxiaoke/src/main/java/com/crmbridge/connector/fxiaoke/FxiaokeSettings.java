package com.crmbridge.connector.fxiaoke;

import com.crmbridge.domain.DealStage;
import com.crmbridge.spi.Secret;
import com.crmbridge.spi.SettingKey;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.SettingsSpec;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The settings of the Fxiaoke connector ({@code crmbridge.connectors.<name>.settings}), declared once. */
public final class FxiaokeSettings {
    public static final SettingKey<URI> BASE_URL = SettingKey.url(
                    "base-url", "API host of the tenant's cloud (https://open.fxiaoke.com, or WireMock in tests)")
            .withDefault("https://open.fxiaoke.com");
    public static final SettingKey<String> APP_ID = SettingKey.text(
                    "app-id", "the self-built app's id (企业自建应用), FSAID_…")
            .required();
    public static final SettingKey<Secret> APP_SECRET =
            SettingKey.secret("app-secret", "the app's secret").required();
    public static final SettingKey<Secret> PERMANENT_CODE = SettingKey.secret(
                    "permanent-code", "the tenant's permanent code for the app")
            .required();
    public static final SettingKey<String> CURRENT_OPEN_USER_ID = SettingKey.text(
                    "current-open-user-id",
                    "FSUID_… of the employee data calls run as; they see what this employee sees, so use a CRM admin")
            .required();
    public static final SettingKey<Integer> PAGE_SIZE = SettingKey.integer(
                    "page-size", "rows per query call (the API's limit), also keys per write-back lookup")
            .withDefault("100")
            .check(n -> n >= 1 && n <= 100, "must be within 1..100");
    public static final SettingKey<String> ZONE = SettingKey.text(
                    "zone", "zone of date fields (ms at local midnight) and of the daily quota's reset")
            .withDefault("Asia/Shanghai")
            .check(FxiaokeSettings::isZone, "must be a zone id such as Asia/Shanghai");
    public static final SettingKey<Duration> OVERLAP = SettingKey.duration(
                    "overlap",
                    "how far before the last read change an incremental pass starts again, re-reading rows committed"
                            + " late; 0s continues right after the last row read")
            .withDefault("5m")
            .check(d -> !d.isNegative(), "must not be negative");
    public static final SettingKey<Duration> TIMEOUT = SettingKey.duration(
                    "timeout", "how long one HTTP call may take before it is retried")
            .withDefault("30s")
            .check(d -> !d.isNegative() && !d.isZero(), "must be positive");
    public static final SettingKey<Integer> CALLS_PER_WINDOW = SettingKey.integer(
                    "calls-per-window",
                    "calls per interface the connector allows itself per 20 s (the API's limit is 100; kept a little"
                            + " under it so that a sliding window never sees more)")
            .withDefault("95")
            .check(n -> n >= 1 && n <= 100, "must be within 1..100");
    public static final SettingKey<List<String>> STREAMS = SettingKey.list(
                    "streams", "the streams offered: managers, customers, deals, feedback, targets")
            .withDefault("managers,customers,deals,feedback,targets")
            .check(FxiaokeSettings::areStreams, "must name only managers, customers, deals, feedback, targets");
    public static final SettingKey<List<String>> KEY_ACCOUNT_LEVELS = SettingKey.list(
                    "key-account-levels", "account_level option values that make a customer KEY")
            .withDefault("A");
    public static final SettingKey<List<String>> SENIOR_POSITIONS = SettingKey.list(
                    "senior-positions", "employee positions that make a manager SENIOR")
            .withDefault("高级客户经理,高端客户经理");
    public static final SettingKey<List<String>> WON_STATUS_CODES = SettingKey.list(
                    "won-status-codes", "sales_status option values of a won deal")
            .withDefault("2");
    public static final SettingKey<List<String>> LOST_STATUS_CODES = SettingKey.list(
                    "lost-status-codes", "sales_status option values of a lost deal")
            .withDefault("3");
    public static final SettingKey<Map<String, String>> STAGE_MAP = SettingKey.prefix(
            "stage-map.",
            "sales_stage option value → qualification | needs-analysis | proposal | negotiation; when any is given"
                    + " it replaces the default 1→qualification, 2→needs-analysis, 3→proposal, 4→negotiation");

    /** The default stage map of the contract. */
    public static final Map<String, DealStage> DEFAULT_STAGE_MAP = Map.of(
            "1", DealStage.QUALIFICATION,
            "2", DealStage.NEEDS_ANALYSIS,
            "3", DealStage.PROPOSAL,
            "4", DealStage.NEGOTIATION);

    private static final Map<String, SettingKey<String>> OBJECT_KEYS = objectKeys();
    private static final Map<String, SettingKey<String>> FIELD_KEYS = fieldKeys();

    private FxiaokeSettings() {}

    /** Every setting, for the provider. */
    public static SettingsSpec spec() {
        List<SettingKey<?>> keys = new ArrayList<>(List.of(
                BASE_URL,
                APP_ID,
                APP_SECRET,
                PERMANENT_CODE,
                CURRENT_OPEN_USER_ID,
                PAGE_SIZE,
                ZONE,
                OVERLAP,
                TIMEOUT,
                CALLS_PER_WINDOW,
                STREAMS,
                KEY_ACCOUNT_LEVELS,
                SENIOR_POSITIONS,
                WON_STATUS_CODES,
                LOST_STATUS_CODES,
                STAGE_MAP));
        keys.addAll(OBJECT_KEYS.values());
        keys.addAll(FIELD_KEYS.values());
        return SettingsSpec.of(keys);
    }

    /**
     * Reads validated settings into the connector's configuration.
     *
     * @throws ConnectorException.ConfigurationInvalid when the stage map names an unknown stage
     */
    public static FxiaokeConfig config(Settings settings) {
        Map<String, String> objects = new LinkedHashMap<>();
        OBJECT_KEYS.forEach((record, key) -> objects.put(record, settings.get(key)));
        Map<String, String> fields = new LinkedHashMap<>();
        FIELD_KEYS.forEach((setting, key) -> fields.put(setting, settings.get(key)));
        Set<StreamKind> streams = EnumSet.noneOf(StreamKind.class);
        settings.get(STREAMS).forEach(s -> streams.add(StreamKind.valueOf(s.toUpperCase(Locale.ROOT))));
        return new FxiaokeConfig(
                settings.get(BASE_URL),
                settings.get(APP_ID),
                settings.get(APP_SECRET),
                settings.get(PERMANENT_CODE),
                settings.get(CURRENT_OPEN_USER_ID),
                settings.get(PAGE_SIZE),
                ZoneId.of(settings.get(ZONE)),
                settings.get(OVERLAP),
                settings.get(TIMEOUT),
                settings.get(CALLS_PER_WINDOW),
                streams,
                settings.get(KEY_ACCOUNT_LEVELS),
                settings.get(SENIOR_POSITIONS),
                settings.get(WON_STATUS_CODES),
                settings.get(LOST_STATUS_CODES),
                stageMap(settings.find(STAGE_MAP).orElse(Map.of())),
                objects,
                fields);
    }

    private static Map<String, DealStage> stageMap(Map<String, String> given) {
        if (given.isEmpty()) {
            return DEFAULT_STAGE_MAP;
        }
        Map<String, DealStage> map = new LinkedHashMap<>();
        List<ConnectorException.Problem> problems = new ArrayList<>();
        given.forEach((code, stage) -> {
            String wanted = stage.strip().replace('-', '_').toUpperCase(Locale.ROOT);
            try {
                DealStage parsed = DealStage.valueOf(wanted);
                if (!parsed.isOpen()) {
                    problems.add(new ConnectorException.Problem(
                            "stage-map." + code, "maps to an open stage only; won and lost come from sales_status"));
                }
                map.put(code, parsed);
            } catch (IllegalArgumentException e) {
                problems.add(new ConnectorException.Problem(
                        "stage-map." + code,
                        "must be qualification, needs-analysis, proposal or negotiation, was '" + stage + "'"));
            }
        });
        if (!problems.isEmpty()) {
            throw new ConnectorException.ConfigurationInvalid(problems);
        }
        return Map.copyOf(map);
    }

    private static Map<String, SettingKey<String>> objectKeys() {
        Map<String, SettingKey<String>> keys = new LinkedHashMap<>();
        for (ApiObject object : ApiObject.ALL) {
            keys.put(
                    object.record(),
                    SettingKey.text(object.settingKey(), "api name of the " + object.record() + " object")
                            .withDefault(object.defaultApiName()));
        }
        return keys;
    }

    private static Map<String, SettingKey<String>> fieldKeys() {
        Map<String, SettingKey<String>> keys = new LinkedHashMap<>();
        for (ApiField field : ApiField.ALL) {
            keys.put(
                    field.record() + "." + field.field(),
                    SettingKey.text(field.settingKey(), "api name of " + field.record() + ": " + field.meaning())
                            .withDefault(field.defaultApiName()));
        }
        return keys;
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean areStreams(List<String> streams) {
        for (String stream : streams) {
            try {
                StreamKind.valueOf(stream.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }
}
