package com.crmbridge.connector.zoho.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV (Bulk Read's result) one row at a time: quoted fields, doubled quotes, line breaks inside
 * quotes, CRLF or LF.
 */
public final class CsvRows {
    private final Reader in;
    private int pending = -2;

    public CsvRows(Reader in) {
        this.in = in;
    }

    /** The next row, or {@code null} at the end. */
    public @Nullable List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException("CSV ends inside a quoted field");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        pending = after;
                    }
                }
                row.add(field.toString());
                return row;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        return in.read();
    }
}
