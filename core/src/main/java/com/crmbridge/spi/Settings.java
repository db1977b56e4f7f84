package com.crmbridge.spi;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Validated settings, read by typed key. Its {@link #toString()} masks secrets. */
public final class Settings {
    private final Map<String, Object> values;

    Settings(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * The value of a key that is required or has a default.
     *
     * @throws IllegalStateException when the key is optional and was not given; use {@link #find} for those
     */
    public <T> T get(SettingKey<T> key) {
        return find(key)
                .orElseThrow(() -> new IllegalStateException(
                        "setting '" + key.name() + "' has no value and no default; read it with find()"));
    }

    /** The value of a key, or empty when it was not given and has no default. */
    @SuppressWarnings("unchecked") // values are stored by the key that parsed them
    public <T> Optional<T> find(SettingKey<T> key) {
        return Optional.ofNullable((T) values.get(key.name()));
    }

    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .sorted()
                .collect(Collectors.joining(", ", "Settings{", "}"));
    }
}
