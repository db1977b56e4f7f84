package com.crmbridge.connector.zoho.internal;

import okhttp3.OkHttpClient;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one OkHttp client of the JVM's Zoho connectors (instances derive theirs with their timeouts through
 * {@code newBuilder()}, sharing its connection pool and dispatcher) and the one JSON mapper.
 */
public final class HttpClients {
    private static final OkHttpClient SHARED =
            new OkHttpClient.Builder().retryOnConnectionFailure(true).build();

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // pages are read element by element from one stream: the tokens after an element are the next ones
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private HttpClients() {}

    public static OkHttpClient shared() {
        return SHARED;
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
