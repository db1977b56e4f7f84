package com.crmbridge.connector.zoho.internal;

import com.crmbridge.connector.zoho.ZohoConfig;
import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What {@code check()} verifies: a token can be had, it carries the scopes (reading the current user needs
 * {@code ZohoCRM.users.READ}, reading field metadata needs {@code ZohoCRM.settings} or {@code modules.ALL}),
 * and every configured module and field exists. Each problem names the setting to fix.
 */
public final class SchemaCheck {
    private static final List<String> MODULE_KINDS =
            List.of("customers", "deals", "feedback", "targets", "scorecards", "alerts");

    private final ZohoConfig config;
    private final ZohoHttp http;

    public SchemaCheck(ZohoConfig config, ZohoHttp http) {
        this.config = config;
        this.http = http;
    }

    public CheckResult run() {
        List<String> problems = new ArrayList<>();
        List<String> details = new ArrayList<>();
        try {
            AccessToken token = http.tokens().token();
            details.add("token valid until " + token.expiresAt());
            http.call(
                    ZohoRequest.get("/crm/v8/users").withQuery("type", "CurrentUser"),
                    new PageParser(http.json(), "users"));
            details.add("scope ZohoCRM.users.READ granted");
        } catch (ConnectorException e) {
            problems.addAll(describe(e));
            return CheckResult.failed(problems);
        }
        for (String kind : MODULE_KINDS) {
            String module = config.module(kind);
            String setting = "modules." + kind;
            Set<String> fields;
            try {
                fields = fields(module, setting);
            } catch (ConnectorException e) {
                problems.addAll(describe(e));
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (var entry : config.fields().entrySet()) {
                if (!entry.getKey().startsWith(kind + ".")) {
                    continue;
                }
                String field = entry.getValue().split("\\.", 2)[0];
                if (!fields.contains(field)) {
                    missing.add("fields." + entry.getKey() + ": field '" + field + "' does not exist in module '"
                            + module + "' (" + setting + ")");
                }
            }
            problems.addAll(missing);
            if (missing.isEmpty()) {
                details.add(setting + " '" + module + "' has every mapped field");
            }
        }
        return problems.isEmpty() ? new CheckResult(List.of(), details) : CheckResult.failed(problems);
    }

    private Set<String> fields(String module, String setting) {
        JsonNode reply = http.call(
                ZohoRequest.get("/crm/v8/settings/fields")
                        .withQuery("module", module)
                        .forSetting(setting),
                r -> r.body() == null
                        ? http.json().missingNode()
                        : http.json().readTree(Objects.requireNonNull(r.body())));
        Set<String> names = new HashSet<>();
        for (JsonNode field : reply.path("fields")) {
            names.add(field.path("api_name").asString(""));
        }
        return names;
    }

    private static List<String> describe(ConnectorException failure) {
        if (failure instanceof ConnectorException.ConfigurationInvalid invalid) {
            return invalid.problems().stream()
                    .map(ConnectorException.Problem::toString)
                    .toList();
        }
        return List.of(String.valueOf(failure.getMessage()));
    }
}
