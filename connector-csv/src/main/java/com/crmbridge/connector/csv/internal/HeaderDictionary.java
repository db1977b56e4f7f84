package com.crmbridge.connector.csv.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header names of a layout: each column's canonical name and default aliases, then the names configured
 * under {@code headers.<record>.<canonical>}, which win over a default that names another column.
 */
public final class HeaderDictionary {
    private HeaderDictionary() {}

    /**
     * @param configured the settings under {@code headers.}: {@code deals.amount → 签约金额, 合同总额}
     * @return normalised header name to canonical column name
     */
    public static Map<String, String> of(Layout layout, Map<String, String> configured) {
        Map<String, String> names = new HashMap<>();
        for (Column column : layout.columns()) {
            names.put(HeaderNames.normalise(column.name()), column.name());
            for (String alias : column.aliases()) {
                names.put(HeaderNames.normalise(alias), column.name());
            }
        }
        String prefix = layout.recordName() + ".";
        configured.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                String canonical = key.substring(prefix.length());
                for (String name : List.of(value.split("[,，]"))) {
                    if (!name.isBlank()) {
                        names.put(HeaderNames.normalise(name), canonical);
                    }
                }
            }
        });
        return names;
    }
}
