package com.crmbridge.connector.csv.internal;

import java.util.List;

/**
 * A canonical column of an input file.
 *
 * @param ordinal its position in its {@link Layout}, used to index a row's columns
 * @param name the canonical header, for example {@code owner_id}
 * @param required whether a file without the column cannot be read
 * @param aliases the other headers that name it by default, the Chinese ones of {@code csv.md}
 */
public record Column(int ordinal, String name, boolean required, List<String> aliases) {
    public Column {
        aliases = List.copyOf(aliases);
    }

    public static Column required(int ordinal, String name, String... aliases) {
        return new Column(ordinal, name, true, List.of(aliases));
    }

    public static Column optional(int ordinal, String name, String... aliases) {
        return new Column(ordinal, name, false, List.of(aliases));
    }
}
