package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The Deals listing of section 3.1 for benchmarks, generated per call from one stub instead of one stub per page:
 * records {@code 0..size-1} of {@link DealListing} (five per {@code Modified_Time} second), sorted by
 * {@code Modified_Time} ascending, {@code If-Modified-Since} inclusive, page 1 by number and later pages by
 * {@code page_token} only. It answers the contract's errors for {@code page} and {@code page_token} together
 * ({@code AMBIGUITY_DURING_PROCESSING}), a token that does not belong to the header
 * ({@code TOKEN_BOUND_DATA_MISMATCH}) and a listing past 100,000 records ({@code PAGINATION_LIMIT_EXCEEDED}); 304
 * when nothing was modified since, 204 when the module is empty. No page is held: a million-record module costs
 * WireMock nothing but the page it is writing.
 */
final class GeneratedDeals implements ResponseDefinitionTransformerV2 {
    static final String NAME = "generated-deals";

    /** Zoho ends a listing after this many records. */
    static final int LISTING_LIMIT = 100_000;

    private volatile int size;
    final AtomicLong refused = new AtomicLong();

    /** The module now holds records {@code 0..size-1}; later records are the changed ones. */
    void size(int records) {
        this.size = records;
    }

    static void stub(WireMockServer zoho) {
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals")).willReturn(aResponse().withTransformers(NAME)));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String perPage = first(request.queryParameter("per_page"));
        if (perPage == null
                || !"Modified_Time".equals(first(request.queryParameter("sort_by")))
                || !"asc".equals(first(request.queryParameter("sort_order")))
                || first(request.queryParameter("fields")) == null) {
            return refuse("REQUIRED_PARAM_MISSING", "per_page, fields, sort_by=Modified_Time, sort_order=asc");
        }
        int pageSize = Integer.parseInt(perPage);
        HttpHeader since = request.header("If-Modified-Since");
        int start;
        try {
            start = since.isPresent() ? firstAtOrAfter(since.firstValue()) : 0;
        } catch (DateTimeParseException e) {
            return refuse("INVALID_DATA", "If-Modified-Since");
        }
        String token = first(request.queryParameter("page_token"));
        String page = first(request.queryParameter("page"));
        int offset;
        int pageNumber;
        if (token != null) {
            if (page != null) {
                return refuse("AMBIGUITY_DURING_PROCESSING", "page and page_token together");
            }
            String[] parts = token.split("\\.", -1);
            if (parts.length != 3 || !parts[0].equals("g" + start)) {
                return refuse("TOKEN_BOUND_DATA_MISMATCH", "the page_token belongs to other parameters");
            }
            offset = Integer.parseInt(parts[1]);
            pageNumber = Integer.parseInt(parts[2]);
        } else {
            if (!"1".equals(page)) {
                return refuse("INVALID_DATA", "the benchmark listing hands out page tokens from page 1 on");
            }
            offset = 0;
            pageNumber = 1;
        }
        if (offset >= LISTING_LIMIT) {
            return refuse("PAGINATION_LIMIT_EXCEEDED", "100,000 records per listing");
        }
        int end = size;
        int from = start + offset;
        if (from >= end) {
            return new ResponseDefinitionBuilder()
                    .withStatus(since.isPresent() ? 304 : 204)
                    .build();
        }
        int to = Math.min(end, from + pageSize);
        boolean more = to < end;
        String next = "g" + start + "." + (offset + pageSize) + "." + (pageNumber + 1);
        byte[] body = DealListing.page(from, to, pageNumber, more, next).getBytes(StandardCharsets.UTF_8);
        return new ResponseDefinitionBuilder()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body)
                .build();
    }

    /** The first record modified at or after a time: records are five a second from {@link DealListing}. */
    private static int firstAtOrAfter(String since) {
        long seconds = Duration.between(DealListing.FIRST_MODIFIED, OffsetDateTime.parse(since))
                .toSeconds();
        return (int) Math.max(0, seconds * 5);
    }

    private ResponseDefinition refuse(String code, String message) {
        refused.incrementAndGet();
        return new ResponseDefinitionBuilder()
                .withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": \"" + code + "\", \"details\": {}, \"message\": \"" + message
                        + "\", \"status\": \"error\"}")
                .build();
    }

    private static @Nullable String first(QueryParameter parameter) {
        return parameter.isPresent() ? parameter.firstValue() : null;
    }
}
