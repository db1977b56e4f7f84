package com.crmbridge.connector.csv.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV, TSV or TXT file read with Jackson's streaming CSV parser (RFC 4180: quoted delimiters, doubled quotes
 * and line breaks inside quotes; CRLF or LF), decoded strictly so that a byte that is not of the file's encoding
 * stops the read with its line instead of turning into a replacement character.
 */
public final class CsvTable implements TableSource {
    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    private final String fileName;
    private final Encoding encoding;
    private final JsonParser parser;
    private String[] cells = new String[16];
    private long nextLine = 1;

    /**
     * @param in the file's bytes after the byte order mark; closed with this table
     */
    public CsvTable(String fileName, InputStream in, Encoding encoding) {
        this.fileName = fileName;
        this.encoding = encoding;
        BufferedInputStream buffered = new BufferedInputStream(in, Delimiters.LOOK_AHEAD);
        char delimiter;
        try {
            buffered.mark(Delimiters.LOOK_AHEAD);
            byte[] head = buffered.readNBytes(Delimiters.LOOK_AHEAD - 1);
            buffered.reset();
            delimiter = Delimiters.detect(head, encoding.charset(), fileName);
        } catch (IOException e) {
            closeQuietly(buffered);
            throw Unreadable.file(fileName, 0, "cannot be read: " + e.getMessage());
        }
        Reader reader = new StrictReader(buffered, encoding.charset());
        CsvSchema schema =
                CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"');
        this.parser = MAPPER.reader(schema).createParser(reader);
    }

    @Override
    public @Nullable TableRow next() {
        while (true) {
            TableRow row = nextRow();
            if (row == null || !row.isBlank()) {
                return row;
            }
        }
    }

    private @Nullable TableRow nextRow() {
        long line = nextLine;
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                // the decoder read the input to its end, so a digest over it has seen every byte
                return null;
            }
            int count = 0;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                if (count == cells.length) {
                    cells = Arrays.copyOf(cells, count * 2);
                }
                cells[count++] = parser.getString();
            }
            nextLine = parser.currentLocation().getLineNr();
            return TableRow.ofCells(line, cells, count);
        } catch (JacksonException e) {
            throw failure(e, line);
        }
    }

    private RuntimeException failure(JacksonException e, long recordLine) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return undecodable(Math.max(recordLine, parser.currentLocation().getLineNr()));
            }
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("Missing closing quote")) {
            return Unreadable.file(
                    fileName,
                    recordLine,
                    "a quoted value that starts on this line is never closed: the file ends inside quotes; "
                            + "a quote inside a quoted value must be doubled (\"\")");
        }
        return Unreadable.file(fileName, recordLine, "is not valid CSV here: " + message);
    }

    private RuntimeException undecodable(long line) {
        String charset = encoding.charset().name();
        String hint = encoding.reason().equals("the setting encoding")
                ? "remove the setting encoding to detect the encoding, or set the file's real one"
                : "the file may be cut off or mix encodings; save it again as UTF-8, or set the setting encoding";
        return Unreadable.file(
                fileName, line, "is not valid " + charset + " here (encoding from " + encoding.reason() + "); " + hint);
    }

    @Override
    public void close() {
        parser.close();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the read already failed; that failure is the one reported
        }
    }
}
