package com.crmbridge.connector.zoho.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a listing reply with Jackson's streaming parser: each element of the rows array becomes its own small
 * tree and everything else is skipped, so a page never exists twice in memory. A reply carrying Zoho's error
 * envelope instead of rows raises {@link ReplyFault}; a reply that is not JSON raises a Jackson exception, which
 * the client retries.
 */
public final class PageParser implements BodyReader<RecordPage> {
    private final ObjectMapper json;
    private final String rowsKey;

    /**
     * @param rowsKey {@code data} for modules, {@code users} for users
     */
    public PageParser(ObjectMapper json, String rowsKey) {
        this.json = json;
        this.rowsKey = rowsKey;
    }

    @Override
    public RecordPage read(Reply reply) {
        InputStream body = reply.body();
        if (body == null) {
            return RecordPage.empty();
        }
        List<JsonNode> rows = new ArrayList<>();
        PageInfo info = PageInfo.NONE;
        String code = "";
        String status = "";
        String message = "";
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ReplyFault(
                        new ZohoFault(reply.status(), "MALFORMED", "the reply is not a JSON object", null));
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(rowsKey) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        rows.add(json.readTree(parser));
                    }
                } else if (name.equals("info") && value == JsonToken.START_OBJECT) {
                    info = info(json.readTree(parser));
                } else if (value.isScalarValue()) {
                    switch (name) {
                        case "code" -> code = parser.getString();
                        case "status" -> status = parser.getString();
                        case "message" -> message = parser.getString();
                        default -> {
                            // other top-level scalars carry nothing a reader needs
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (status.equals("error")) {
            throw new ReplyFault(new ZohoFault(reply.status(), code, message, null));
        }
        return new RecordPage(rows, info);
    }

    private static PageInfo info(JsonNode info) {
        JsonNode token = info.path("next_page_token");
        return new PageInfo(
                info.path("more_records").asBoolean(false),
                token.isString() && !token.asString().isBlank() ? token.asString() : null,
                info.path("count").asInt(0));
    }
}
