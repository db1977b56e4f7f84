package com.crmbridge.connector.csv.internal;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * Detects a CSV file's delimiter: comma, tab or semicolon, whichever occurs most outside quotes in the first
 * lines (a title line above the header has none, so several lines are looked at). Ties and files without any
 * go to the extension's default: tab for {@code .tsv}, comma otherwise. It looks at the file's first bytes
 * decoded leniently, so that an undecodable byte is left for the strict parser to report with its line.
 */
final class Delimiters {
    /** How many bytes of the file's start are looked at. */
    static final int LOOK_AHEAD = 64 * 1024;

    private static final int LINES = 10;
    private static final char[] CANDIDATES = {',', '\t', ';'};

    private Delimiters() {}

    static char detect(byte[] head, Charset charset, String fileName) {
        char fallback = fileName.toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(head))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return fallback;
        }
        long[] counts = new long[CANDIDATES.length];
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < text.length() && lines < LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                lines++;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        char best = fallback;
        long bestCount = 0;
        for (int k = 0; k < CANDIDATES.length; k++) {
            if (counts[k] > bestCount) {
                best = CANDIDATES[k];
                bestCount = counts[k];
            }
        }
        return best;
    }
}
