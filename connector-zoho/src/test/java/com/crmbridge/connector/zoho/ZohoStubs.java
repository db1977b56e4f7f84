package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.testkit.MutableClock;
import com.crmbridge.testkit.RecordingContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock Zoho (accounts and API on one server) and a connector pointed at it, for every HTTP test. */
abstract class ZohoStubs {
    static final String CLIENT_SECRET = "9f1c07";
    static final String REFRESH_TOKEN = "1000.3a4b.77c2";
    static final String ACCESS_TOKEN = "1000.6e0f3c5a9d.b2c7e1";

    /** The zone of the contract's examples, India time; the clock of every test starts in it. */
    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    WireMockServer zoho;
    RecordingContext context;
    RecordingSleeper sleeper;

    @BeforeEach
    void startZoho() {
        zoho = new WireMockServer(wireMockOptions());
        zoho.start();
        context = RecordingContext.named("crm", MutableClock.at(Instant.parse("2026-04-01T04:00:00Z"), INDIA));
        sleeper = new RecordingSleeper();
    }

    /** The WireMock server's options; benchmarks add their extensions here. */
    WireMockConfiguration wireMockOptions() {
        return options().dynamicPort();
    }

    @AfterEach
    void stopZoho() {
        zoho.stop();
    }

    Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("client-id", "1000.8Q2X");
        settings.put("client-secret", CLIENT_SECRET);
        settings.put("refresh-token", REFRESH_TOKEN);
        settings.put("accounts-base-url", zoho.baseUrl());
        settings.put("api-base-url", zoho.baseUrl());
        settings.put("read-timeout", "10s");
        return settings;
    }

    ZohoConnector connector() {
        return connector(Map.of());
    }

    ZohoConnector connector(Map<String, String> overrides) {
        Map<String, String> all = settings();
        all.putAll(overrides);
        return new ZohoConnector(
                context, ZohoConfig.from(ZohoSettings.SPEC.validate(all)), sleeper, new SplittableRandom(7));
    }

    void stubToken() {
        zoho.stubFor(post(urlPathEqualTo("/oauth/v2/token")).willReturn(json("token.json")));
    }

    static ResponseDefinitionBuilder json(String fixture) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(fixture(fixture));
    }

    static ResponseDefinitionBuilder json(int status, String fixture) {
        return json(fixture).withStatus(status);
    }

    static String fixture(String name) {
        try (InputStream in = ZohoStubs.class.getResourceAsStream("/zoho/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything one read returned, page by page. */
    record Read(List<Page> pages, boolean replaces) {
        List<CanonicalRecord> records() {
            List<CanonicalRecord> all = new ArrayList<>();
            pages.forEach(p -> all.addAll(p.records()));
            return all;
        }

        List<String> ids() {
            return records().stream().map(r -> r.source().externalId()).toList();
        }

        List<SourceRef> deletions() {
            List<SourceRef> all = new ArrayList<>();
            pages.forEach(p -> all.addAll(p.deletions()));
            return all;
        }

        List<BadRecord> rejects() {
            List<BadRecord> all = new ArrayList<>();
            pages.forEach(p -> all.addAll(p.rejects()));
            return all;
        }

        @Nullable
        Cursor cursor() {
            return pages.isEmpty() ? null : pages.get(pages.size() - 1).cursor();
        }
    }

    static Read readAll(ZohoConnector connector, StreamKind stream, @Nullable Cursor cursor, ReadMode mode) {
        List<Page> pages = new ArrayList<>();
        try (StreamReader reader = connector.open(stream, cursor, mode)) {
            Optional<Page> page = reader.next();
            while (page.isPresent()) {
                pages.add(page.get());
                page = reader.next();
            }
            return new Read(pages, reader.replacesStream());
        }
    }
}
