package com.crmbridge.connector.zoho;

import com.crmbridge.spi.Secret;
import com.crmbridge.spi.SettingKey;
import com.crmbridge.spi.SettingsSpec;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Every setting of the Zoho CRM connector ({@code crmbridge.connectors.<name>.settings}), with its default. */
public final class ZohoSettings {
    public static final SettingKey<String> DATA_CENTER = SettingKey.text(
                    "data-center",
                    "Zoho data center: " + DataCenter.keys()
                            + "; for others (UK, sandboxes) set accounts-base-url and api-base-url")
            .withDefault("com");
    public static final SettingKey<String> CLIENT_ID = SettingKey.text(
                    "client-id", "OAuth client id of the self client or server app")
            .required();
    public static final SettingKey<Secret> CLIENT_SECRET = SettingKey.secret(
                    "client-secret", "OAuth client secret; never logged")
            .required();
    public static final SettingKey<Secret> REFRESH_TOKEN = SettingKey.secret(
                    "refresh-token",
                    "OAuth refresh token with scopes ZohoCRM.modules.ALL, ZohoCRM.users.READ"
                            + " (and ZohoCRM.bulk.read for Bulk Read); never logged")
            .required();
    public static final SettingKey<URI> ACCOUNTS_BASE_URL = SettingKey.url(
            "accounts-base-url", "Accounts server override; beats data-center (tests point it at WireMock)");
    public static final SettingKey<URI> API_BASE_URL =
            SettingKey.url("api-base-url", "API base override; beats data-center and the token's api_domain");
    public static final SettingKey<Integer> PAGE_SIZE = SettingKey.integer(
                    "page-size", "Records per page (per_page), 1..200")
            .withDefault("200")
            .check(n -> n >= 1 && n <= 200, "must be 1..200");
    public static final SettingKey<Duration> OVERLAP = SettingKey.duration(
                    "overlap",
                    "How far back each incremental read starts before the last Modified_Time read, so that late"
                            + " commits and records sharing the boundary second are read again, not lost")
            .withDefault("5m")
            .check(d -> !d.isNegative(), "must not be negative");
    public static final SettingKey<Long> BULK_READ_THRESHOLD = SettingKey.longInteger(
                    "bulk-read-threshold",
                    "Records; a module whose last full load was larger reloads by a Bulk Read job; unset: never")
            .check(n -> n > 0, "must be positive");
    public static final SettingKey<Long> MAX_CREDITS_PER_RUN = SettingKey.longInteger(
                    "max-credits-per-run",
                    "API credits this connector may spend per run; reaching it stops cleanly and the next run"
                            + " resumes from the kept cursor; unset: no limit but Zoho's own")
            .check(n -> n > 0, "must be positive");
    public static final SettingKey<Integer> CONCURRENCY = SettingKey.integer(
                    "concurrency",
                    "Calls in flight at once (Zoho allows 5 to 25 by edition, 10 for writes of more than 10"
                            + " records); reads page one call at a time, write-back batches use up to this")
            .withDefault("1")
            .check(n -> n >= 1 && n <= 10, "must be 1..10");
    public static final SettingKey<Duration> CONNECT_TIMEOUT =
            SettingKey.duration("connect-timeout", "TCP connect timeout").withDefault("10s");
    public static final SettingKey<Duration> READ_TIMEOUT = SettingKey.duration(
                    "read-timeout", "How long a reply may stall before the call is retried")
            .withDefault("60s");
    public static final SettingKey<Integer> RETRY_ATTEMPTS = SettingKey.integer(
                    "retry-attempts", "Tries per call on 429, 5xx, timeouts and malformed bodies")
            .withDefault("5")
            .check(n -> n >= 1 && n <= 20, "must be 1..20");
    public static final SettingKey<Duration> RETRY_BASE_WAIT = SettingKey.duration(
                    "retry-base-wait", "First backoff bound; doubles each try, full jitter")
            .withDefault("2s");
    public static final SettingKey<Duration> RETRY_MAX_WAIT =
            SettingKey.duration("retry-max-wait", "Cap of one backoff wait").withDefault("60s");
    public static final SettingKey<Map<String, String>> MODULES = SettingKey.prefix(
            "modules.",
            "Zoho module API names: customers (Accounts), deals (Deals), feedback (Customer_Feedback), targets"
                    + " (Sales_Targets), scorecards (Manager_Scorecards), alerts (Manager_Alerts)");
    public static final SettingKey<Map<String, String>> FIELDS = SettingKey.prefix(
            "fields.",
            "Zoho field API names by stream and canonical field, e.g. fields.deals.amount: Amount,"
                    + " fields.deals.ownerId: Owner.id (the first segment is the field, the rest walks the"
                    + " lookup), fields.scorecards.wonRevenue: Won_Revenue");
    public static final SettingKey<Map<String, String>> STAGE_MAP = SettingKey.prefix(
            "stage-map.",
            "Deal stages added to the defaults: stage-map.NEGOTIATION: \"谈判/复审, Verhandlung\" (canonical"
                    + " stage to Zoho values) or stage-map.<Zoho value>: WON");
    public static final SettingKey<List<String>> KEY_CUSTOMER_TIERS = SettingKey.list(
                    "customer-key-tiers", "Values of customers.tier that make a KEY customer")
            .withDefault("Key");
    public static final SettingKey<List<String>> SENIOR_MANAGER_TIERS = SettingKey.list(
                    "manager-senior-tiers", "Values of the user field managers.tier that make a SENIOR manager")
            .withDefault("Senior");
    public static final SettingKey<List<String>> ACTIVE_USER_STATUSES = SettingKey.list(
                    "manager-active-statuses", "User status values that make a manager active")
            .withDefault("active");
    public static final SettingKey<List<String>> SURVEY_VALUES = SettingKey.list(
                    "feedback-kind.survey", "Feedback_Type values of a SURVEY")
            .withDefault("Survey");
    public static final SettingKey<List<String>> COMPLAINT_VALUES = SettingKey.list(
                    "feedback-kind.complaint", "Feedback_Type values of a COMPLAINT")
            .withDefault("Complaint");
    public static final SettingKey<List<String>> PRAISE_VALUES = SettingKey.list(
                    "feedback-kind.praise", "Feedback_Type values of PRAISE")
            .withDefault("Praise");
    public static final SettingKey<List<String>> SUGGESTION_VALUES = SettingKey.list(
                    "feedback-kind.suggestion", "Feedback_Type values of a SUGGESTION")
            .withDefault("Suggestion");

    /** The settings in the order the documentation lists them. */
    public static final SettingsSpec SPEC = SettingsSpec.of(
            DATA_CENTER,
            CLIENT_ID,
            CLIENT_SECRET,
            REFRESH_TOKEN,
            ACCOUNTS_BASE_URL,
            API_BASE_URL,
            PAGE_SIZE,
            OVERLAP,
            BULK_READ_THRESHOLD,
            MAX_CREDITS_PER_RUN,
            CONCURRENCY,
            CONNECT_TIMEOUT,
            READ_TIMEOUT,
            RETRY_ATTEMPTS,
            RETRY_BASE_WAIT,
            RETRY_MAX_WAIT,
            MODULES,
            FIELDS,
            STAGE_MAP,
            KEY_CUSTOMER_TIERS,
            SENIOR_MANAGER_TIERS,
            ACTIVE_USER_STATUSES,
            SURVEY_VALUES,
            COMPLAINT_VALUES,
            PRAISE_VALUES,
            SUGGESTION_VALUES);

    private ZohoSettings() {}
}
