package com.crmbridge.connector.csv.internal;

import com.crmbridge.spi.ResultRow;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes one result file: UTF-8 with a byte order mark (so that Excel shows Chinese), CRLF line ends as RFC
 * 4180 has them, a header row with the spec's columns, each text cell through the {@link FormulaGuard}. The
 * file is written to a temporary file in the same directory and moved over the old one atomically, so that a
 * reader sees the old file or the new one, never half of one; when the new content equals the old file's, the
 * old file is left untouched (its modification time too).
 */
public final class ResultFileWriter {
    private static final CsvMapper MAPPER = CsvMapper.builder().build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final Path directory;

    public ResultFileWriter(Path directory) {
        this.directory = directory;
    }

    /**
     * Writes the rows' values in the columns' order.
     *
     * @return whether the file was replaced; {@code false} when its content was already this
     */
    public boolean write(String fileName, List<String> columns, List<ResultRow> rows) throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(fileName);
        Path temporary = Files.createTempFile(directory, "." + fileName + ".", ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writer.write('\uFEFF');
                try (JsonGenerator csv = MAPPER.writer(SCHEMA).createGenerator(writer)) {
                    csv.writeStartArray();
                    for (String column : columns) {
                        csv.writeString(column);
                    }
                    csv.writeEndArray();
                    for (ResultRow row : rows) {
                        csv.writeStartArray();
                        for (String column : columns) {
                            csv.writeString(FormulaGuard.cell(row.get(column)));
                        }
                        csv.writeEndArray();
                    }
                }
            }
            if (Files.exists(target) && Files.mismatch(target, temporary) == -1) {
                return false;
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
