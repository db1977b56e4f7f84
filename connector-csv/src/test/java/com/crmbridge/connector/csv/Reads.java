package com.crmbridge.connector.csv;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.testkit.RecordingContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads streams to their end through the SPI, as the runtime does, and keeps everything the pages held. */
final class Reads {
    final List<CanonicalRecord> records = new ArrayList<>();
    final List<BadRecord> rejects = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<Cursor> cursors = new ArrayList<>();
    int pages;
    boolean replaces;

    static Source source(Path directory) {
        return source(Map.of("directory", directory.toString()));
    }

    static Source source(Map<String, String> settings) {
        ConnectorProvider provider = new CsvConnectorProvider();
        return (Source) provider.create(
                RecordingContext.named("files"), provider.settingsSpec().validate(settings));
    }

    static Map<String, String> settings(Path directory, String... more) {
        Map<String, String> settings = new HashMap<>();
        settings.put("directory", directory.toString());
        for (int i = 0; i < more.length; i += 2) {
            settings.put(more[i], more[i + 1]);
        }
        return settings;
    }

    static Reads all(Source source, StreamKind stream) {
        return all(source, stream, null, ReadMode.INCREMENTAL);
    }

    static Reads all(Source source, StreamKind stream, @Nullable Cursor cursor, ReadMode mode) {
        Reads reads = new Reads();
        try (StreamReader reader = source.open(stream, cursor, mode)) {
            reads.replaces = reader.replacesStream();
            for (Optional<Page> page = reader.next(); page.isPresent(); page = reader.next()) {
                reads.add(page.get());
            }
        }
        return reads;
    }

    void add(Page page) {
        pages++;
        records.addAll(page.records());
        rejects.addAll(page.rejects());
        warnings.addAll(page.warnings());
        cursors.add(page.cursor());
    }

    @Nullable
    Cursor lastCursor() {
        return cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
    }

    List<String> rejectTexts() {
        return rejects.stream().map(BadRecord::toString).toList();
    }

    @SuppressWarnings("unchecked")
    <T extends CanonicalRecord> List<T> of(Class<T> type) {
        return (List<T>) records.stream().filter(type::isInstance).toList();
    }
}
