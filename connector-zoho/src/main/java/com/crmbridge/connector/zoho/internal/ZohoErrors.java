package com.crmbridge.connector.zoho.internal;

import com.crmbridge.connector.zoho.ZohoConfig;
import com.crmbridge.spi.error.ConnectorException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a failed Zoho reply once, right after the call, into the SPI's taxonomy (section 5 of the
 * contract), or into {@link TokenRejected} and {@link ListingExpired}, which the client and the readers handle
 * themselves. Messages name the setting to fix and never hold a token.
 */
public final class ZohoErrors {
    private static final List<String> DAILY_LIMIT_WORDS = List.of("24", "day", "daily", "credit");

    private final ZohoConfig config;

    public ZohoErrors(ZohoConfig config) {
        this.config = config;
    }

    /** The exception for a reply that failed. */
    public RuntimeException classify(ZohoRequest request, ZohoFault fault, @Nullable Duration retryAfter) {
        String code = fault.code();
        int status = fault.httpStatus();
        if (status == 401 && code.equals("OAUTH_SCOPE_MISMATCH")) {
            return new ConnectorException.AuthenticationFailed(
                    "Zoho refused " + request.describe() + ": the refresh token lacks a scope (" + fault
                            + "); issue one with ZohoCRM.modules.ALL, ZohoCRM.users.READ and ZohoCRM.bulk.read",
                    null);
        }
        if (status == 401 && code.equals("AUTHENTICATION_FAILURE")) {
            return new ConnectorException.AuthenticationFailed(
                    "Zoho refused " + request.describe() + " as unauthenticated (" + fault + ")", null);
        }
        if (status == 401) {
            return new TokenRejected("Zoho rejected the access token: " + fault);
        }
        if (status == 403 || code.equals("NO_PERMISSION")) {
            return new ConnectorException.AuthenticationFailed(
                    "the Zoho user of the refresh token has no permission for " + request.describe() + " (" + fault
                            + ")",
                    null);
        }
        if (status == 429 || code.equals("TOO_MANY_REQUESTS")) {
            if (namesDailyLimit(fault.message())) {
                return new ConnectorException.QuotaExhausted(
                        "Zoho API credits exhausted for the rolling 24 hours (" + fault + ")", null);
            }
            return new ConnectorException.RateLimited(
                    "Zoho asked to slow down on " + request.describe() + " (" + fault + ")", retryAfter);
        }
        if (code.equals("PAGINATION_LIMIT_EXCEEDED") || code.equals("EXPIRED_VALUE")) {
            return new ListingExpired(request.describe() + ": " + fault);
        }
        if (status >= 500 || code.equals("INTERNAL_ERROR")) {
            return new ConnectorException.Retryable("Zoho failed on " + request.describe() + " (" + fault + ")", null);
        }
        if (code.equals("INVALID_MODULE")) {
            String setting = request.setting() == null ? "modules" : request.setting();
            String kind = setting.startsWith("modules.") ? setting.substring("modules.".length()) : "";
            String module = config.modules().getOrDefault(kind, request.path());
            return invalid(setting, "module '" + module + "' (" + setting + ") missing or not API-enabled in Zoho CRM");
        }
        if (code.equals("INVALID_DATA") && fault.apiName() != null) {
            String apiName = fault.apiName();
            return invalid(
                    fieldSetting(request.setting(), apiName),
                    "Zoho refused field '" + apiName + "' in " + request.describe() + " (" + fault
                            + "); check the field's API name");
        }
        if (status == 404 || code.equals("INVALID_URL_PATTERN")) {
            return invalid(
                    "api-base-url",
                    "Zoho does not know " + request.describe() + " (" + fault
                            + "); check api-base-url and data-center");
        }
        return invalid(
                request.setting() == null ? request.describe() : request.setting(),
                "Zoho refused " + request.describe() + " (" + fault + ")");
    }

    private static boolean namesDailyLimit(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        return DAILY_LIMIT_WORDS.stream().anyMatch(text::contains);
    }

    /** {@code fields.deals.amount} for the field Zoho named, when a setting maps to it. */
    private String fieldSetting(@Nullable String setting, String apiName) {
        String kind = setting != null && setting.startsWith("modules.") ? setting.substring("modules.".length()) : "";
        for (Map.Entry<String, String> field : config.fields().entrySet()) {
            String first = field.getValue().split("\\.", 2)[0];
            if (first.equals(apiName) && field.getKey().startsWith(kind + ".")) {
                return "fields." + field.getKey();
            }
        }
        return setting == null ? "fields" : setting;
    }

    private static ConnectorException.ConfigurationInvalid invalid(String key, String message) {
        return new ConnectorException.ConfigurationInvalid(List.of(new ConnectorException.Problem(key, message)));
    }
}
