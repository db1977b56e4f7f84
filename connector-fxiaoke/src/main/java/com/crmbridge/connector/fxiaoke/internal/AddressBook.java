package com.crmbridge.connector.fxiaoke.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The tenant's employees ({@code /cgi/user/list}, whole company) and departments ({@code /cgi/department/list}). */
public final class AddressBook {
    public static final String USERS_PATH = "/cgi/user/list";
    public static final String DEPARTMENTS_PATH = "/cgi/department/list";
    /** The department id of the whole company. */
    public static final int WHOLE_COMPANY = 999999;

    private final FxiaokeApi api;

    public AddressBook(FxiaokeApi api) {
        this.api = api;
    }

    /** Department names by id. */
    public Map<Long, String> departments() {
        List<JsonNode> nodes =
                api.corpCall(DEPARTMENTS_PATH, body -> {}, () -> new ArrayReader(api.json(), "departments"));
        Map<Long, String> names = new HashMap<>();
        for (JsonNode node : nodes) {
            if (node.hasNonNull("id") && node.hasNonNull("name")) {
                names.put(node.get("id").asLong(), node.get("name").asString());
            }
        }
        return names;
    }

    /** Every employee of the company, including the stopped ones ({@code isStop}), each as its JSON object. */
    public List<JsonNode> employees() {
        Consumer<tools.jackson.databind.node.ObjectNode> payload = body -> {
            body.put("departmentId", WHOLE_COMPANY);
            body.put("fetchChild", true);
            body.put("showDepartmentIdsDetail", true);
        };
        return api.corpCall(USERS_PATH, payload, () -> new ArrayReader(api.json(), "userList"));
    }

    /** Reads the elements of one top-level array, one small tree per element. */
    private static final class ArrayReader implements ReplyHandler<List<JsonNode>> {
        private final ObjectMapper json;
        private final String field;
        private final List<JsonNode> items = new ArrayList<>();

        ArrayReader(ObjectMapper json, String field) {
            this.json = json;
            this.field = field;
        }

        @Override
        public void field(String name, JsonParser parser) {
            if (!field.equals(name) || parser.currentToken() != JsonToken.START_ARRAY) {
                parser.skipChildren();
                return;
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                items.add(json.readTree(parser));
            }
        }

        @Override
        public List<JsonNode> result() {
            return items;
        }
    }
}
