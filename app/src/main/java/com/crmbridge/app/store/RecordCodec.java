package com.crmbridge.app.store;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.spi.StreamKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * Canonical records as JSON text: their record components by name, dates and instants in ISO-8601, amounts as
 * exact decimals. A mapper of its own, so that the stored format does not follow {@code spring.jackson.*}.
 */
public final class RecordCodec {
    private final JsonMapper json = JsonMapper.builder().build();

    public String write(CanonicalRecord record) {
        return json.writeValueAsString(record);
    }

    public CanonicalRecord read(StreamKind stream, String payload) {
        return json.readValue(payload, stream.recordType());
    }

    /** The SHA-256 of the payload, in hex, which tells a changed record from an unchanged one. */
    public static String hash(String payload) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
