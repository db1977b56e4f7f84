package com.crmbridge.connector.zoho.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One call to the Zoho API, immutable; the {@code with…} methods return a changed copy.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the path below the API base ({@code /crm/v8/Deals}), or an absolute URL (a Bulk Read download)
 * @param query query parameters in order
 * @param headers extra headers ({@code If-Modified-Since})
 * @param jsonBody the JSON body of a POST; {@code null} for none
 * @param credits what Zoho charges for the call
 * @param setting the setting that names what the call reads ({@code modules.deals}), for error messages
 * @param batch whether a 400 carrying {@code data[]} is a per-record answer (upsert) rather than a failure
 */
public record ZohoRequest(
        String method,
        String path,
        Map<String, String> query,
        Map<String, String> headers,
        @Nullable String jsonBody,
        long credits,
        @Nullable String setting,
        boolean batch) {
    public ZohoRequest {
        query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = Map.copyOf(headers);
    }

    public static ZohoRequest get(String path) {
        return new ZohoRequest("GET", path, Map.of(), Map.of(), null, 1, null, false);
    }

    public static ZohoRequest post(String path, String jsonBody) {
        return new ZohoRequest("POST", path, Map.of(), Map.of(), jsonBody, 1, null, false);
    }

    public ZohoRequest withQuery(String name, @Nullable Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(name, value.toString());
        return new ZohoRequest(method, path, more, headers, jsonBody, credits, setting, batch);
    }

    public ZohoRequest withHeader(String name, @Nullable String value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ZohoRequest(method, path, query, more, jsonBody, credits, setting, batch);
    }

    public ZohoRequest withCredits(long cost) {
        return new ZohoRequest(method, path, query, headers, jsonBody, cost, setting, batch);
    }

    public ZohoRequest forSetting(String settingName) {
        return new ZohoRequest(method, path, query, headers, jsonBody, credits, settingName, batch);
    }

    public ZohoRequest asBatch() {
        return new ZohoRequest(method, path, query, headers, jsonBody, credits, setting, true);
    }

    /** {@code GET /crm/v8/Deals}, for messages; never the query (it holds no secret, but tokens are long). */
    public String describe() {
        return method + " " + path;
    }
}
