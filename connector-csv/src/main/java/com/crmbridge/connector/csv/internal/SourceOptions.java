package com.crmbridge.connector.csv.internal;

import com.crmbridge.spi.StreamKind;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What reading needs from the connector's settings.
 *
 * @param directory the input directory
 * @param patterns the file name glob of each record type
 * @param encoding the forced encoding, or {@code null} to detect
 * @param headers the configured header names: {@code deals.amount → 签约金额}
 * @param sheet the xlsx sheet to read, or {@code null} for the first
 * @param scoreMin the low end of the feedback score scale
 * @param scoreMax the high end of the feedback score scale
 * @param pageSize the most rows in one page
 */
public record SourceOptions(
        Path directory,
        Map<StreamKind, String> patterns,
        @Nullable Charset encoding,
        Map<String, String> headers,
        @Nullable String sheet,
        BigDecimal scoreMin,
        BigDecimal scoreMax,
        int pageSize) {
    public SourceOptions {
        patterns = Map.copyOf(patterns);
        headers = Map.copyOf(headers);
    }

    public String pattern(StreamKind stream) {
        return patterns.getOrDefault(stream, stream.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The mapper of a record type's rows. */
    public RowMapper mapper(StreamKind stream) {
        return switch (stream) {
            case MANAGERS -> new ManagerRows();
            case CUSTOMERS -> new CustomerRows();
            case DEALS -> new DealRows();
            case FEEDBACK -> new FeedbackRows(scoreMin, scoreMax);
            case TARGETS -> new TargetRows();
        };
    }
}
