package com.crmbridge.connector.zoho;

import com.crmbridge.connector.zoho.internal.DefaultMapping;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.FeedbackKind;
import com.crmbridge.spi.Secret;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.error.ConnectorException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Zoho connector's configuration, validated as a whole: settings merged over the contract's defaults.
 * Its {@link #toString()} shows secrets masked, as {@link Secret} does.
 *
 * @param accounts the accounts server: the override, else the data center's
 * @param apiOverride the API base override; when {@code null}, the token's {@code api_domain}, else the data center's
 * @param dataCenterApi the data center's API domain, the last fallback
 * @param modules module API name by kind ({@code deals → Deals})
 * @param fields Zoho field path by {@code kind.field} ({@code deals.amount → Amount})
 * @param stages canonical stage by Zoho stage value
 * @param feedbackKinds canonical kind by Zoho {@code Feedback_Type} value
 */
public record ZohoConfig(
        String clientId,
        Secret clientSecret,
        Secret refreshToken,
        URI accounts,
        @Nullable URI apiOverride,
        URI dataCenterApi,
        int pageSize,
        Duration overlap,
        @Nullable Long bulkReadThreshold,
        @Nullable Long maxCreditsPerRun,
        int concurrency,
        Duration connectTimeout,
        Duration readTimeout,
        int retryAttempts,
        Duration retryBaseWait,
        Duration retryMaxWait,
        Map<String, String> modules,
        Map<String, String> fields,
        Map<String, DealStage> stages,
        List<String> keyCustomerTiers,
        List<String> seniorManagerTiers,
        List<String> activeUserStatuses,
        Map<String, FeedbackKind> feedbackKinds) {
    public ZohoConfig {
        modules = Map.copyOf(modules);
        fields = Map.copyOf(fields);
        stages = Map.copyOf(stages);
        keyCustomerTiers = List.copyOf(keyCustomerTiers);
        seniorManagerTiers = List.copyOf(seniorManagerTiers);
        activeUserStatuses = List.copyOf(activeUserStatuses);
        feedbackKinds = Map.copyOf(feedbackKinds);
    }

    /**
     * Builds the configuration from validated settings.
     *
     * @throws ConnectorException.ConfigurationInvalid naming every unknown data center, module, field or stage
     */
    public static ZohoConfig from(Settings settings) {
        List<ConnectorException.Problem> problems = new ArrayList<>();
        URI accountsOverride = settings.find(ZohoSettings.ACCOUNTS_BASE_URL).orElse(null);
        URI apiOverride = settings.find(ZohoSettings.API_BASE_URL).orElse(null);
        String dcKey = settings.get(ZohoSettings.DATA_CENTER);
        DataCenter dataCenter = DataCenter.byKey(dcKey).orElse(null);
        if (dataCenter == null && (accountsOverride == null || apiOverride == null)) {
            problems.add(new ConnectorException.Problem(
                    ZohoSettings.DATA_CENTER.name(),
                    "unknown data center '" + dcKey + "'; use one of " + DataCenter.keys()
                            + ", or set both accounts-base-url and api-base-url"));
        }
        DataCenter fallback = dataCenter == null ? DataCenter.COM : dataCenter;

        Map<String, String> modules = new LinkedHashMap<>(DefaultMapping.MODULES);
        settings.get(ZohoSettings.MODULES).forEach((kind, module) -> {
            if (!modules.containsKey(kind)) {
                problems.add(new ConnectorException.Problem(
                        "modules." + kind, "is not a module setting; known: " + DefaultMapping.MODULES.keySet()));
            } else if (module.isBlank()) {
                problems.add(new ConnectorException.Problem("modules." + kind, "must name a module"));
            } else {
                modules.put(kind, module.strip());
            }
        });
        Map<String, String> fields = new LinkedHashMap<>(DefaultMapping.FIELDS);
        settings.get(ZohoSettings.FIELDS).forEach((key, field) -> {
            if (!fields.containsKey(key)) {
                problems.add(new ConnectorException.Problem(
                        "fields." + key,
                        "is not a field setting; known: fields." + String.join(", fields.", fields.keySet())));
            } else if (field.isBlank() || field.startsWith(".") || field.endsWith(".")) {
                problems.add(new ConnectorException.Problem("fields." + key, "must name a field, was '" + field + "'"));
            } else {
                fields.put(key, field.strip());
            }
        });
        Map<String, DealStage> stages = new LinkedHashMap<>();
        DefaultMapping.STAGES.forEach((value, stage) -> stages.put(value, DealStage.valueOf(stage)));
        settings.get(ZohoSettings.STAGE_MAP).forEach((key, value) -> {
            DealStage byKey = stage(key);
            if (byKey != null) {
                for (String zohoValue : value.split(",")) {
                    if (!zohoValue.isBlank()) {
                        stages.put(zohoValue.strip(), byKey);
                    }
                }
                return;
            }
            DealStage byValue = stage(value);
            if (byValue == null) {
                problems.add(new ConnectorException.Problem(
                        "stage-map." + key,
                        "must map to one of " + java.util.Arrays.toString(DealStage.values()) + ", was '" + value
                                + "'"));
            } else {
                stages.put(key, byValue);
            }
        });
        Map<String, FeedbackKind> kinds = new LinkedHashMap<>();
        Map<FeedbackKind, List<String>> byKind = new EnumMap<>(FeedbackKind.class);
        byKind.put(FeedbackKind.SURVEY, settings.get(ZohoSettings.SURVEY_VALUES));
        byKind.put(FeedbackKind.COMPLAINT, settings.get(ZohoSettings.COMPLAINT_VALUES));
        byKind.put(FeedbackKind.PRAISE, settings.get(ZohoSettings.PRAISE_VALUES));
        byKind.put(FeedbackKind.SUGGESTION, settings.get(ZohoSettings.SUGGESTION_VALUES));
        byKind.forEach((kind, values) -> values.forEach(v -> kinds.put(v, kind)));
        if (!problems.isEmpty()) {
            throw new ConnectorException.ConfigurationInvalid(problems);
        }
        return new ZohoConfig(
                settings.get(ZohoSettings.CLIENT_ID),
                settings.get(ZohoSettings.CLIENT_SECRET),
                settings.get(ZohoSettings.REFRESH_TOKEN),
                accountsOverride != null ? accountsOverride : fallback.accounts(),
                apiOverride,
                fallback.api(),
                settings.get(ZohoSettings.PAGE_SIZE),
                settings.get(ZohoSettings.OVERLAP),
                settings.find(ZohoSettings.BULK_READ_THRESHOLD).orElse(null),
                settings.find(ZohoSettings.MAX_CREDITS_PER_RUN).orElse(null),
                settings.get(ZohoSettings.CONCURRENCY),
                settings.get(ZohoSettings.CONNECT_TIMEOUT),
                settings.get(ZohoSettings.READ_TIMEOUT),
                settings.get(ZohoSettings.RETRY_ATTEMPTS),
                settings.get(ZohoSettings.RETRY_BASE_WAIT),
                settings.get(ZohoSettings.RETRY_MAX_WAIT),
                modules,
                fields,
                stages,
                settings.get(ZohoSettings.KEY_CUSTOMER_TIERS),
                settings.get(ZohoSettings.SENIOR_MANAGER_TIERS),
                settings.get(ZohoSettings.ACTIVE_USER_STATUSES),
                kinds);
    }

    private static @Nullable DealStage stage(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (DealStage stage : DealStage.values()) {
            if (stage.name().equals(wanted)) {
                return stage;
            }
        }
        return null;
    }

    /** The module API name of a kind ({@code deals}). */
    public String module(String kind) {
        String module = modules.get(kind);
        if (module == null) {
            throw new IllegalArgumentException("no module kind " + kind);
        }
        return module;
    }

    /** The Zoho field path of {@code kind.field} ({@code deals.amount}). */
    public String field(String kind, String field) {
        String path = fields.get(kind + "." + field);
        if (path == null) {
            throw new IllegalArgumentException("no field " + kind + "." + field);
        }
        return path;
    }
}
