package com.crmbridge.connector.fxiaoke.internal;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The tenant's objects ({@code /cgi/crm/v2/object/list}) and an object's fields ({@code /cgi/crm/v2/object/describe}). */
public final class ObjectCatalog {
    public static final String LIST_PATH = "/cgi/crm/v2/object/list";
    public static final String DESCRIBE_PATH = "/cgi/crm/v2/object/describe";

    private final FxiaokeApi api;

    public ObjectCatalog(FxiaokeApi api) {
        this.api = api;
    }

    /** The api names of every object the configured user can see. */
    public Set<String> objectApiNames() {
        JsonNode data = api.dataCall(LIST_PATH, body -> body.putObject("data"), () -> new DataReader(api.json()), true);
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode object : data.path("objects")) {
            String name = object.path("describeApiName").asString("");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The api names of an object's fields ({@code data.describe.fields}, keyed by name or listed with {@code api_name}). */
    public Set<String> fieldApiNames(String objectApiName) {
        JsonNode data = api.dataCall(
                DESCRIBE_PATH,
                body -> body.putObject("data").put("apiName", objectApiName),
                () -> new DataReader(api.json()),
                true);
        JsonNode fields = data.path("describe").path("fields");
        Set<String> names = new LinkedHashSet<>();
        if (fields.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = fields.properties().iterator(); it.hasNext(); ) {
                names.add(it.next().getKey());
            }
        } else {
            for (JsonNode field : fields) {
                String name = field.path("api_name").asString("");
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Reads the {@code data} object of a reply as a tree (catalog replies are small). */
    private static final class DataReader implements ReplyHandler<JsonNode> {
        private final ObjectMapper json;
        private @Nullable JsonNode data;

        DataReader(ObjectMapper json) {
            this.json = json;
        }

        @Override
        public void field(String name, JsonParser parser) {
            if ("data".equals(name)) {
                data = json.readTree(parser);
            } else {
                parser.skipChildren();
            }
        }

        @Override
        public JsonNode result() {
            JsonNode read = data;
            return read == null ? json.createObjectNode() : read;
        }
    }
}
