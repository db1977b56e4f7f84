package com.crmbridge.connector.zoho.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends one batch of at most 100 rows to {@code POST /crm/v8/{module}/upsert} (section 4) and reads one outcome
 * per row, in order, from a 200, 207 or 400 reply alike. Workflows are not triggered ({@code "trigger": []}).
 */
public final class Upserts {
    /** Zoho takes at most this many rows per upsert. */
    public static final int BATCH = 100;

    private final ZohoHttp http;
    private final ObjectMapper json;

    public Upserts(ZohoHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    /**
     * Upserts a batch.
     *
     * @param setting {@code modules.scorecards}, for error messages
     * @return one outcome per row, in the rows' order
     */
    public List<UpsertOutcome> upsert(String module, String setting, String keyField, List<ObjectNode> rows) {
        if (rows.isEmpty() || rows.size() > BATCH) {
            throw new IllegalArgumentException("an upsert takes 1.." + BATCH + " rows: " + rows.size());
        }
        ObjectNode body = json.createObjectNode();
        ArrayNode data = body.putArray("data");
        rows.forEach(data::add);
        body.putArray("duplicate_check_fields").add(keyField);
        body.putArray("trigger");
        ZohoRequest request = ZohoRequest.post("/crm/v8/" + module + "/upsert", json.writeValueAsString(body))
                .withCredits((rows.size() + 9) / 10)
                .forSetting(setting)
                .asBatch();
        JsonNode reply = http.call(request, r -> json.readTree(java.util.Objects.requireNonNull(r.body())));
        JsonNode results = reply.path("data");
        List<UpsertOutcome> outcomes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            outcomes.add(outcome(results.path(i)));
        }
        return outcomes;
    }

    private static UpsertOutcome outcome(JsonNode result) {
        if (result.isMissingNode()) {
            return new UpsertOutcome(null, false, "Zoho returned no result for this row");
        }
        String status = result.path("status").asString("");
        if (status.equals("success")) {
            return new UpsertOutcome(
                    result.path("details").path("id").asString(""),
                    result.path("action").asString("").equals("insert"),
                    null);
        }
        StringBuilder reason = new StringBuilder(result.path("code").asString("ERROR"));
        String apiName = result.path("details").path("api_name").asString("");
        if (!apiName.isEmpty()) {
            reason.append(' ').append(apiName);
        }
        String message = result.path("message").asString("");
        if (!message.isEmpty()) {
            reason.append(": ").append(message);
        }
        JsonNode expected = result.path("details").path("expected_data_type");
        if (expected.isString()) {
            reason.append(" (expected ").append(expected.asString()).append(')');
        }
        return new UpsertOutcome(null, false, reason.toString());
    }
}
