package com.crmbridge.connector.csv.internal;

import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The ids of the managers or customers file of the same directory, to warn about records that refer to an
 * unknown one. Only the id column is read. Absent when the file is absent, unreadable, or holds more ids than
 * the {@link IdSet} keeps: then references are not checked, which costs warnings, never records.
 *
 * @param file the file the ids come from
 * @param ids the ids
 */
public record KnownIds(String file, IdSet ids) {
    public static @Nullable KnownIds load(SourceOptions options, StreamKind stream) {
        try {
            List<Path> files = new FileLocator(options.directory()).find(options.pattern(stream));
            if (files.isEmpty()) {
                return null;
            }
            Path file = files.get(0);
            RowMapper mapper = options.mapper(stream);
            Column idColumn = mapper.layout().columns().get(0);
            Map<String, String> names = HeaderDictionary.of(mapper.layout(), options.headers());
            IdSet ids = new IdSet();
            try (TableSource table =
                    TableFiles.open(file, options.encoding(), options.sheet(), FileState.newDigest())) {
                HeaderMatch header = HeaderFinder.find(
                        table, mapper.layout(), names, file.getFileName().toString());
                int index = header.index(idColumn);
                for (TableRow row = table.next(); row != null; row = table.next()) {
                    String id = row.cell(index).strip();
                    if (!id.isEmpty()) {
                        ids.add(id);
                    }
                }
            }
            return ids.isFull() ? null : new KnownIds(file.getFileName().toString(), ids);
        } catch (IOException | ConnectorException e) {
            return null;
        }
    }
}
