package com.crmbridge.connector.csv.internal;

import java.util.Locale;

/** How headers compare: case-insensitively, ignoring spaces (also full-width), {@code _}, {@code -} and a BOM. */
public final class HeaderNames {
    private HeaderNames() {}

    public static String normalise(String header) {
        StringBuilder key = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == ' ' || c == '_' || c == '-' || c == '\u3000' || c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            key.append(c);
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
