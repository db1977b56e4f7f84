package com.crmbridge.connector.fxiaoke.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One data row as the query API returns it: scalars as their text (money and numbers come as strings, dates
 * as ms numbers), employee fields as lists of ids. Nested objects ({@code owner__r}) are skipped: the
 * {@code __r}, {@code __l} and {@code __o} companions are read-only labels and never mapped.
 */
public final class Row {
    private final Map<String, Object> values;

    private Row(Map<String, Object> values) {
        this.values = values;
    }

    /** A row from field values (text or lists of text), for tests and fixtures. */
    public static Row of(Map<String, Object> values) {
        return new Row(new LinkedHashMap<>(values));
    }

    /** Reads one row; the parser stands on its {@code START_OBJECT} and is left on its {@code END_OBJECT}. */
    public static Row read(JsonParser parser) {
        Map<String, Object> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                List<String> items = new ArrayList<>();
                JsonToken item;
                while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (item.isScalarValue() && item != JsonToken.VALUE_NULL) {
                        items.add(parser.getValueAsString(""));
                    } else {
                        parser.skipChildren();
                    }
                }
                values.put(name, Collections.unmodifiableList(items));
            } else if (token == JsonToken.START_OBJECT) {
                parser.skipChildren();
            } else if (token != JsonToken.VALUE_NULL) {
                values.put(name, parser.getValueAsString(""));
            }
        }
        return new Row(values);
    }

    /** The field's text; {@code null} when absent or empty (empty fields are omitted or blank). */
    public @Nullable String text(String field) {
        Object value = values.get(field);
        if (value instanceof String s) {
            return s.isBlank() ? null : s;
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return null;
    }

    /** The first item of an employee or multi-value field; a plain value counts as a one-item list. */
    public @Nullable String first(String field) {
        return text(field);
    }

    /** The field as it came, for messages: a list as {@code [a, b]}. */
    public @Nullable String raw(String field) {
        Object value = values.get(field);
        return value == null ? null : value.toString();
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    /** The row's {@code _id}, or {@code null} when it has none. */
    public @Nullable String id() {
        return text("_id");
    }

    /** {@code last_modified_time} in ms, or {@code -1} when absent or not a number. */
    public long lastModified() {
        String text = text("last_modified_time");
        if (text == null) {
            return -1;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether the row is soft-deleted: {@code life_status} {@code invalid} (作废) or {@code is_deleted} true. */
    public boolean isDeleted() {
        return "invalid".equals(text("life_status")) || "true".equals(text("is_deleted"));
    }
}
