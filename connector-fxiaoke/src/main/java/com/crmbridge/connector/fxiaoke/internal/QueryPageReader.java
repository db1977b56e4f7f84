package com.crmbridge.connector.fxiaoke.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Streams {@code data.dataList} of a query reply into rows, one row at a time, without a tree of the page;
 * {@code total} is ignored (it may be 0).
 */
public final class QueryPageReader implements ReplyHandler<List<Row>> {
    private final List<Row> rows = new ArrayList<>();

    @Override
    public void field(String name, JsonParser parser) {
        if (!"data".equals(name) || parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String inner = parser.currentName();
            JsonToken token = parser.nextToken();
            if ("dataList".equals(inner) && token == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    rows.add(Row.read(parser));
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    @Override
    public List<Row> result() {
        return rows;
    }
}
