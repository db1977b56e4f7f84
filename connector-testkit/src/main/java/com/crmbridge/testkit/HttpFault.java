package com.crmbridge.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Duration;
import java.util.function.Function;

/**
 * One failure a WireMock stub answers with instead of its normal reply, named after what a connector must do
 * about it: wait (429), retry (5xx, timeout, reset, malformed body) or refresh its token (expired token).
 */
public final class HttpFault {
    private final String description;
    private final Function<ResponseDefinition, ResponseDefinitionBuilder> reply;

    private HttpFault(String description, Function<ResponseDefinition, ResponseDefinitionBuilder> reply) {
        this.description = description;
        this.reply = reply;
    }

    /** 429 Too Many Requests with {@code Retry-After} in whole seconds, rounded up. */
    public static HttpFault tooManyRequests(Duration retryAfter) {
        long seconds = retryAfter.plusMillis(999).toSeconds();
        return new HttpFault("429 with Retry-After: " + seconds, normal -> aResponse()
                .withStatus(429)
                .withHeader("Retry-After", Long.toString(seconds))
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"rate limit exceeded\"}"));
    }

    /** 429 Too Many Requests without a {@code Retry-After} header: the connector picks its own wait. */
    public static HttpFault tooManyRequests() {
        return new HttpFault("429 without Retry-After", normal -> aResponse()
                .withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"rate limit exceeded\"}"));
    }

    /** A server error: 500, 502, 503 or 504, with a short HTML body as proxies send. */
    public static HttpFault serverError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("a server error has a 5xx status: " + status);
        }
        return new HttpFault(status + " server error", normal -> aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>" + status + "</h1>upstream unavailable</body></html>"));
    }

    /** The normal reply, sent only after the delay: set it past the connector's read timeout. */
    public static HttpFault delayed(Duration delay) {
        return new HttpFault(
                "normal reply delayed " + delay.toMillis() + " ms",
                normal -> ResponseDefinitionBuilder.like(normal).withFixedDelay(Math.toIntExact(delay.toMillis())));
    }

    /** The server resets the connection instead of replying. */
    public static HttpFault connectionReset() {
        return new HttpFault("connection reset", normal -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    /** The server closes the connection without sending anything. */
    public static HttpFault emptyResponse() {
        return new HttpFault("empty response", normal -> aResponse().withFault(Fault.EMPTY_RESPONSE));
    }

    /** A 200 whose JSON body breaks off halfway: the normal body cut in the middle. */
    public static HttpFault malformedBody() {
        return new HttpFault("200 with a malformed body", normal -> {
            String body = normal.specifiesTextBodyContent() ? normal.getTextBody() : "{\"data\":[{\"id\":";
            String cut = body.length() < 2 ? "{" : body.substring(0, body.length() / 2);
            return aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(cut);
        });
    }

    /** A 200 with a body that is not what the endpoint returns at all (for example an HTML login page). */
    public static HttpFault unexpectedBody(String contentType, String body) {
        return new HttpFault("200 with " + contentType, normal -> aResponse()
                .withStatus(200)
                .withHeader("Content-Type", contentType)
                .withBody(body));
    }

    /**
     * The API's reply to an expired access token, as its documentation shows it: for example Zoho's 401
     * {@code {"code":"INVALID_TOKEN",...}}, or a 200 with an error code for APIs that report errors in the body.
     */
    public static HttpFault expiredToken(int status, String jsonBody) {
        return new HttpFault("expired token (" + status + ")", normal -> aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(jsonBody));
    }

    /** Any other reply, for failures an API documents (a quota error code, a locked record). */
    public static HttpFault reply(String description, ResponseDefinitionBuilder response) {
        ResponseDefinition fixed = response.build();
        return new HttpFault(description, normal -> ResponseDefinitionBuilder.like(fixed));
    }

    /** The reply to send instead of the normal one. */
    ResponseDefinitionBuilder replyInsteadOf(ResponseDefinition normal) {
        return reply.apply(normal);
    }

    @Override
    public String toString() {
        return description;
    }
}
