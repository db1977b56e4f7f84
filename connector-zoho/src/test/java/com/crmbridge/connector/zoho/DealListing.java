package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A generated Deals module of n records listed by page token, shaped like the contract's Deals example: five
 * records share each {@code Modified_Time} second, so ties straddle page boundaries.
 */
final class DealListing {
    static final OffsetDateTime FIRST_MODIFIED =
            OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));
    private static final DateTimeFormatter ZOHO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private DealListing() {}

    static String id(int i) {
        return String.format(Locale.ROOT, "4876876001%09d", i);
    }

    static String modified(int i) {
        return ZOHO.format(FIRST_MODIFIED.plusSeconds(i / 5));
    }

    static String deal(int i) {
        return "{\"id\": \"" + id(i) + "\", \"Amount\": " + (1000 + i) + ".5, \"Stage\": \""
                + (i % 3 == 0 ? "Closed Won" : "Qualification") + "\", \"Closing_Date\": \"2026-04-15\","
                + " \"Account_Name\": {\"id\": \"4876876000000333001\", \"name\": \"Zylker\"},"
                + " \"Owner\": {\"id\": \"4876876000000225013\", \"name\": \"Patricia Boyle\"},"
                + " \"Created_Time\": \"2026-02-10T09:12:44+05:30\", \"Modified_Time\": \"" + modified(i) + "\"}";
    }

    /** Records from..to (exclusive) as one page, with the token of the next page or none. */
    static String page(int from, int to, int pageNumber, boolean more, String nextToken) {
        StringBuilder body = new StringBuilder("{\"data\": [");
        for (int i = from; i < to; i++) {
            body.append(i == from ? "" : ",").append(deal(i));
        }
        body.append("], \"info\": {\"per_page\": ")
                .append(to - from)
                .append(", \"count\": ")
                .append(to - from)
                .append(", \"page\": ")
                .append(pageNumber)
                .append(", \"more_records\": ")
                .append(more)
                .append(", \"next_page_token\": ")
                .append(more ? "\"" + nextToken + "\"" : "null")
                .append(", \"page_token_expiry\": \"2026-04-01T23:40:00+05:30\"}}");
        return body.toString();
    }

    static String token(String prefix, int pageNumber) {
        return prefix + pageNumber + "x9e7c7";
    }

    /** Stubs a full listing of n records, 200 a page: page 1 by number, then by token. */
    static void stub(WireMockServer zoho, int records) {
        stub(zoho, 0, records, null, "tok");
    }

    /**
     * Stubs a listing of records from..to (exclusive), 200 a page: page 1 by number, then by tokens with the
     * prefix; every call carries the same If-Modified-Since (or none).
     */
    static void stub(WireMockServer zoho, int first, int end, @Nullable String ifModifiedSince, String tokenPrefix) {
        int pages = (end - first + 199) / 200;
        for (int p = 1; p <= pages; p++) {
            int from = first + (p - 1) * 200;
            int to = Math.min(end, from + 200);
            String body = page(from, to, p, p < pages, token(tokenPrefix, p + 1));
            var request = get(urlPathEqualTo("/crm/v8/Deals"))
                    .withHeader("If-Modified-Since", ifModifiedSince == null ? absent() : equalTo(ifModifiedSince))
                    .withQueryParam("per_page", equalTo("200"))
                    .withQueryParam("sort_by", equalTo("Modified_Time"))
                    .withQueryParam("sort_order", equalTo("asc"));
            request = p == 1
                    ? request.withQueryParam("page", equalTo("1")).withQueryParam("page_token", absent())
                    : request.withQueryParam("page_token", equalTo(token(tokenPrefix, p)))
                            .withQueryParam("page", absent());
            zoho.stubFor(request.willReturn(aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
        }
    }
}
