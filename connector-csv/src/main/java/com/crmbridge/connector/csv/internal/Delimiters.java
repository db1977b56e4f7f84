package com.crmbridge.connector.csv.internal;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Detects a CSV file's delimiter: comma, tab or semicolon, whichever occurs most outside quotes in the first
 * lines (a title line above the header has none, so several lines are looked at). Ties and files without any
 * go to the extension's default: tab for {@code .tsv}, comma otherwise.
 */
final class Delimiters {
    private static final int LINES = 10;
    private static final int LOOK_AHEAD = 256 * 1024;
    private static final char[] CANDIDATES = {',', '\t', ';'};

    private Delimiters() {}

    /** Reads ahead in the reader and resets it to where it was. */
    static char detect(BufferedReader reader, String fileName) throws IOException {
        char fallback = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
        reader.mark(LOOK_AHEAD);
        long[] counts = new long[CANDIDATES.length];
        try {
            boolean quoted = false;
            int lines = 0;
            int read = 0;
            int c;
            while (lines < LINES && read < LOOK_AHEAD - 1 && (c = reader.read()) >= 0) {
                read++;
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '\n') {
                    lines++;
                } else if (!quoted) {
                    for (int i = 0; i < CANDIDATES.length; i++) {
                        if (c == CANDIDATES[i]) {
                            counts[i]++;
                        }
                    }
                }
            }
        } finally {
            reader.reset();
        }
        char best = fallback;
        long bestCount = 0;
        for (int i = 0; i < CANDIDATES.length; i++) {
            if (counts[i] > bestCount) {
                best = CANDIDATES[i];
                bestCount = counts[i];
            }
        }
        return best;
    }
}
