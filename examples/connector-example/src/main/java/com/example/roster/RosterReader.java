package com.example.roster;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.spi.error.ConnectorException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the roster a page at a time, holding one page in memory. Blank lines and lines starting with {@code #}
 * are skipped; a bad line becomes a reject with its line and column, and the read goes on.
 */
final class RosterReader implements StreamReader {
    private final String connector;
    private final Path file;
    private final int pageSize;
    private final String contentHash;
    private final boolean replacesStream;
    private final BufferedReader lines;
    private long line;
    private boolean done;

    RosterReader(String connector, Path file, @Nullable RosterCursor from, int pageSize) {
        this.connector = connector;
        this.file = file;
        this.pageSize = pageSize;
        this.contentHash = hash(file);
        boolean sameContent = from != null && from.contentHash().equals(contentHash);
        // a cursor of the same content goes on after its line; anything else reads the whole file again
        this.replacesStream = !sameContent;
        try {
            this.lines = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            if (from != null && sameContent) {
                while (line < from.line() && lines.readLine() != null) {
                    line++;
                }
                this.done = line < from.line();
            }
        } catch (IOException e) {
            throw new ConnectorException.Retryable("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Page> next() {
        if (done) {
            return Optional.empty();
        }
        List<CanonicalRecord> records = new ArrayList<>();
        List<BadRecord> rejects = new ArrayList<>();
        String name = String.valueOf(file.getFileName());
        try {
            while (records.size() + rejects.size() < pageSize) {
                String text = lines.readLine();
                if (text == null) {
                    done = true;
                    break;
                }
                line++;
                if (text.isBlank() || text.stripLeading().startsWith("#")) {
                    continue;
                }
                try {
                    records.add(RosterLine.parse(connector, name, line, text));
                } catch (ConnectorException.BadRecordException e) {
                    rejects.add(e.record());
                }
            }
        } catch (IOException e) {
            throw new ConnectorException.Retryable("cannot read " + name + " after line " + line, e);
        }
        if (records.isEmpty() && rejects.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Page(records, List.of(), rejects, List.of(), new RosterCursor(contentHash, line).toCursor()));
    }

    @Override
    public boolean replacesStream() {
        return replacesStream;
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }

    private static String hash(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new ConnectorException.Retryable("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
