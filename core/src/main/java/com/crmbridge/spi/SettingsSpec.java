package com.crmbridge.spi;

import com.crmbridge.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every setting a connector understands. It validates a flat map of settings ({@code directory},
 * {@code fields.deals.amount}, {@code stages[0]}) into {@link Settings}, naming each bad key and what is wrong,
 * and renders the documentation of the settings.
 */
public final class SettingsSpec {
    private static final Pattern LIST_ITEM = Pattern.compile("(.+)\\[(\\d+)]");

    private final List<SettingKey<?>> keys;

    private SettingsSpec(List<SettingKey<?>> keys) {
        this.keys = List.copyOf(keys);
        Map<String, SettingKey<?>> seen = new HashMap<>();
        for (SettingKey<?> key : keys) {
            if (seen.put(key.name(), key) != null) {
                throw new IllegalArgumentException("setting declared twice: " + key.name());
            }
        }
    }

    public static SettingsSpec of(SettingKey<?>... keys) {
        return new SettingsSpec(List.of(keys));
    }

    public static SettingsSpec of(List<SettingKey<?>> keys) {
        return new SettingsSpec(keys);
    }

    public List<SettingKey<?>> keys() {
        return keys;
    }

    /**
     * Validates raw settings.
     *
     * @throws com.crmbridge.spi.error.ConnectorException.ConfigurationInvalid naming every unknown, missing or bad key
     */
    public Settings validate(Map<String, String> raw) {
        Map<String, String> flat = joinLists(raw);
        Map<String, List<String>> indexed = indexedItems(raw);
        List<ConnectorException.Problem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String given : flat.keySet()) {
            if (keys.stream()
                    .noneMatch(k ->
                            k.isPrefix() ? given.startsWith(k.name()) : k.name().equals(given))) {
                problems.add(new ConnectorException.Problem(
                        given, "is not a setting of this connector; known settings: " + names()));
            }
        }
        for (SettingKey<?> key : keys) {
            if (key.isPrefix()) {
                Map<String, String> under = new TreeMap<>();
                flat.forEach((k, v) -> {
                    if (k.startsWith(key.name())) {
                        under.put(k.substring(key.name().length()), v.strip());
                    }
                });
                values.put(key.name(), Map.copyOf(under));
                continue;
            }
            List<String> items = indexed.get(key.name());
            if (items != null && items.stream().anyMatch(item -> !item.isBlank())) {
                try {
                    values.put(key.name(), key.parseItems(items));
                } catch (IllegalArgumentException e) {
                    problems.add(new ConnectorException.Problem(key.name(), String.valueOf(e.getMessage())));
                }
                continue;
            }
            String text = flat.get(key.name());
            if (text == null || text.isBlank()) {
                text = key.defaultValue();
            }
            if (text == null) {
                if (key.isRequired()) {
                    problems.add(new ConnectorException.Problem(key.name(), "is required: " + key.description()));
                }
                continue;
            }
            try {
                values.put(key.name(), key.parse(text));
            } catch (IllegalArgumentException e) {
                problems.add(new ConnectorException.Problem(key.name(), String.valueOf(e.getMessage())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConnectorException.ConfigurationInvalid(problems);
        }
        return new Settings(values);
    }

    private static Map<String, String> joinLists(Map<String, String> raw) {
        Map<String, String> flat = new TreeMap<>();
        Map<String, TreeMap<Integer, String>> lists = new TreeMap<>();
        raw.forEach((k, v) -> {
            Matcher m = LIST_ITEM.matcher(k);
            if (m.matches()) {
                lists.computeIfAbsent(m.group(1), x -> new TreeMap<>()).put(Integer.parseInt(m.group(2)), v);
            } else {
                flat.put(k, v);
            }
        });
        lists.forEach((k, items) -> flat.put(k, String.join(",", items.values())));
        return flat;
    }

    /** The items of indexed keys ({@code won-stages[0]} …) by key, in index order, each kept whole. */
    private static Map<String, List<String>> indexedItems(Map<String, String> raw) {
        Map<String, TreeMap<Integer, String>> lists = new TreeMap<>();
        raw.forEach((k, v) -> {
            Matcher m = LIST_ITEM.matcher(k);
            if (m.matches()) {
                lists.computeIfAbsent(m.group(1), x -> new TreeMap<>()).put(Integer.parseInt(m.group(2)), v);
            }
        });
        Map<String, List<String>> items = new TreeMap<>();
        lists.forEach((k, byIndex) -> items.put(k, List.copyOf(byIndex.values())));
        return items;
    }

    private String names() {
        return String.join(", ", keys.stream().map(SettingKey::name).toList());
    }

    /** A Markdown table of the settings: key, type, default, required, secret and description. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder("| key | type | default | required | secret | description |\n");
        md.append("| --- | --- | --- | --- | --- | --- |\n");
        for (SettingKey<?> key : keys) {
            String defaultValue = key.defaultValue();
            String shown = defaultValue == null ? "" : "`" + (key.isSecret() ? Secret.MASK : defaultValue) + "`";
            md.append("| `")
                    .append(key.isPrefix() ? key.name() + "*" : key.name())
                    .append("` | ")
                    .append(key.type())
                    .append(" | ")
                    .append(shown)
                    .append(" | ")
                    .append(key.isRequired() ? "yes" : "")
                    .append(" | ")
                    .append(key.isSecret() ? "yes" : "")
                    .append(" | ")
                    .append(key.description().replace("|", "\\|"))
                    .append(" |\n");
        }
        return md.toString();
    }
}
