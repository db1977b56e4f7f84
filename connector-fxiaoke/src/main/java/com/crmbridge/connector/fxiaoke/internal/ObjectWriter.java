package com.crmbridge.connector.fxiaoke.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one object by its key field: finds existing rows by key in batches, creates one record per call and
 * updates by {@code _id}, with workflows and approvals off. There is no upsert, so the key lookup decides.
 */
public final class ObjectWriter {
    private final FxiaokeApi api;
    private final String objectApiName;
    private final String keyField;
    private final int batchSize;

    public ObjectWriter(FxiaokeApi api, String objectApiName, String keyField, int batchSize) {
        this.api = api;
        this.objectApiName = objectApiName;
        this.keyField = keyField;
        this.batchSize = batchSize;
    }

    private boolean custom() {
        return objectApiName.endsWith("__c");
    }

    public String createPath() {
        return custom() ? "/cgi/crm/custom/v2/data/create" : "/cgi/crm/v2/data/create";
    }

    public String updatePath() {
        return custom() ? "/cgi/crm/custom/v2/data/update" : "/cgi/crm/v2/data/update";
    }

    /**
     * The {@code _id} by key of the rows that exist and are not invalid ({@code 作废}), {@code page-size} keys
     * per call.
     */
    public Map<String, String> findIds(List<String> keys) {
        Map<String, String> ids = new HashMap<>();
        ObjectQuery query = new ObjectQuery(api, objectApiName, List.of("_id", keyField, "life_status"));
        for (int from = 0; from < keys.size(); from += batchSize) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + batchSize));
            List<Row> rows = query.page(List.of(new QueryFilter(keyField, "IN", batch)), List.of("_id"), batchSize, 0);
            for (Row row : rows) {
                String key = row.text(keyField);
                String id = row.id();
                if (key != null && id != null && !row.isDeleted()) {
                    ids.put(key, id);
                }
            }
        }
        return ids;
    }

    /**
     * Creates a record owned by {@code ownerId}; not retried after a fault (it may have happened).
     *
     * @return the new record's id when the reply carries one
     * @throws CallFailure when Fxiaoke refuses the row
     */
    public Optional<String> create(String ownerId, ObjectNode fields) {
        return api.dataCall(
                createPath(),
                body -> {
                    ObjectNode data = flowsOff(body).putObject("data").putObject("object_data");
                    data.put("dataObjectApiName", objectApiName);
                    data.setAll(fields);
                    data.putArray("owner").add(ownerId);
                },
                CreatedIdReader::new,
                false);
    }

    /** Updates a record by {@code _id}; the owner is never sent (an update cannot change it). */
    public void update(String id, ObjectNode fields) {
        api.dataCall(
                updatePath(),
                body -> {
                    ObjectNode data = flowsOff(body).putObject("data").putObject("object_data");
                    data.put("dataObjectApiName", objectApiName);
                    data.put("_id", id);
                    data.setAll(fields);
                    data.remove("owner");
                },
                CreatedIdReader::new,
                true);
    }

    private static ObjectNode flowsOff(ObjectNode body) {
        body.put("triggerWorkFlow", false);
        body.put("triggerApprovalFlow", false);
        return body;
    }

    /** Finds a new record's id, as {@code dataId} or {@code _id}, at the top level or in {@code data}. */
    private static final class CreatedIdReader implements ReplyHandler<Optional<String>> {
        private final List<String> found = new ArrayList<>(1);

        @Override
        public void field(String name, JsonParser parser) {
            JsonToken token = parser.currentToken();
            if (("dataId".equals(name) || "_id".equals(name)) && token == JsonToken.VALUE_STRING) {
                found.add(parser.getValueAsString(""));
            } else if ("data".equals(name) && token == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String inner = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (("dataId".equals(inner) || "_id".equals(inner)) && value == JsonToken.VALUE_STRING) {
                        found.add(parser.getValueAsString(""));
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }

        @Override
        public Optional<String> result() {
            @Nullable String id = found.isEmpty() ? null : found.get(0);
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(id);
        }
    }
}
