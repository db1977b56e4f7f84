package com.crmbridge.connector.fxiaoke.internal;

import java.util.List;

/**
 * One filter of {@code search_query_info}; filters combine with AND only.
 *
 * @param field the field's api name ({@code field_name})
 * @param operator {@code EQ}, {@code GT}, {@code GTE}, {@code IN} … (not equal is {@code N})
 * @param values the values as text ({@code field_values}; times as ms strings)
 */
public record QueryFilter(String field, String operator, List<String> values) {
    public QueryFilter {
        values = List.copyOf(values);
    }

    public static QueryFilter of(String field, String operator, String value) {
        return new QueryFilter(field, operator, List.of(value));
    }
}
