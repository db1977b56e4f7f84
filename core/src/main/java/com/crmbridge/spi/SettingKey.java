package com.crmbridge.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One typed setting of a connector: its name, type, default, description, whether it is required or secret,
 * and its checks. Immutable; the {@code with…} methods return a changed copy.
 *
 * <p>A key whose name ends with {@code .} is a prefix: it collects every setting under it into a map, for
 * example {@code headers.} takes {@code headers.deals.amount: 签约金额} as {@code deals.amount → 签约金额}.
 *
 * @param <T> the value's type
 */
public final class SettingKey<T> {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final String name;
    private final String type;
    private final Function<String, T> parser;
    private final @Nullable String defaultValue;
    private final String description;
    private final boolean required;
    private final boolean secret;
    private final List<Check<T>> checks;

    private record Check<T>(Predicate<T> test, String problem) {}

    private SettingKey(
            String name,
            String type,
            Function<String, T> parser,
            @Nullable String defaultValue,
            String description,
            boolean required,
            boolean secret,
            List<Check<T>> checks) {
        this.name = name;
        this.type = type;
        this.parser = parser;
        this.defaultValue = defaultValue;
        this.description = description;
        this.required = required;
        this.secret = secret;
        this.checks = List.copyOf(checks);
    }

    private static <T> SettingKey<T> of(String name, String type, Function<String, T> parser, String description) {
        if (!name.matches("[a-z0-9][a-z0-9.\\-]*")) {
            throw new IllegalArgumentException("setting names are lower-case kebab-case: " + name);
        }
        return new SettingKey<>(name, type, parser, null, description, false, false, List.of());
    }

    /** Text, stripped of surrounding spaces. */
    public static SettingKey<String> text(String name, String description) {
        return of(name, "text", String::strip, description);
    }

    /** A secret: flagged as such, masked everywhere, read with {@link Secret#reveal()}. */
    public static SettingKey<Secret> secret(String name, String description) {
        SettingKey<Secret> key = of(name, "secret", Secret::of, description);
        return new SettingKey<>(key.name, key.type, key.parser, null, description, false, true, List.of());
    }

    public static SettingKey<Integer> integer(String name, String description) {
        return of(name, "integer", SettingKey::parseInteger, description);
    }

    public static SettingKey<Long> longInteger(String name, String description) {
        return of(name, "integer", SettingKey::parseLong, description);
    }

    /** {@code true}/{@code false}, {@code yes}/{@code no}, {@code 1}/{@code 0}. */
    public static SettingKey<Boolean> bool(String name, String description) {
        return of(name, "boolean", SettingKey::parseBoolean, description);
    }

    /** {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}, {@code 250ms} or ISO-8601 {@code PT30S}. */
    public static SettingKey<Duration> duration(String name, String description) {
        return of(name, "duration", SettingKey::parseDuration, description);
    }

    /** An absolute http or https URL. */
    public static SettingKey<URI> url(String name, String description) {
        return of(name, "url", SettingKey::parseUrl, description);
    }

    /** One of an enum's constants, case-insensitively, with {@code -} read as {@code _}. */
    public static <E extends Enum<E>> SettingKey<E> choice(String name, Class<E> type, String description) {
        String choices = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" | "));
        return of(name, choices, raw -> parseEnum(type, raw), description);
    }

    /** A comma-separated list (or a YAML list), each item stripped, empty items dropped. */
    public static SettingKey<List<String>> list(String name, String description) {
        return of(name, "list", SettingKey::parseList, description);
    }

    /** Every setting under a prefix ending with {@code .}, as a map from the rest of the key to the value. */
    public static SettingKey<Map<String, String>> prefix(String name, String description) {
        if (!name.endsWith(".")) {
            throw new IllegalArgumentException("a prefix setting ends with '.': " + name);
        }
        return of(name, "map", raw -> Map.of(), description);
    }

    /** The value used when the setting is absent, as text the parser reads. */
    public SettingKey<T> withDefault(String defaultText) {
        SettingKey<T> key = new SettingKey<>(name, type, parser, defaultText, description, false, secret, checks);
        key.parse(defaultText); // a default must be valid: fail when the connector is written, not when used
        return key;
    }

    /** The setting must be given. */
    public SettingKey<T> required() {
        return new SettingKey<>(name, type, parser, null, description, true, secret, checks);
    }

    /** A check on the parsed value, with the problem it names when it fails (for example {@code must be 1..200}). */
    public SettingKey<T> check(Predicate<T> test, String problem) {
        List<Check<T>> more = new ArrayList<>(checks);
        more.add(new Check<>(test, problem));
        return new SettingKey<>(name, type, parser, defaultValue, description, required, secret, more);
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public @Nullable String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isSecret() {
        return secret;
    }

    public boolean isPrefix() {
        return name.endsWith(".");
    }

    /**
     * Parses and checks a raw value.
     *
     * @throws IllegalArgumentException with the problem, never with a secret's value
     */
    T parse(String raw) {
        T value;
        try {
            value = parser.apply(raw);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(secret ? "is not valid" : e.getMessage(), e);
        }
        return checked(value, raw);
    }

    /**
     * Parses the items of an indexed list ({@code won-stages[0]}, {@code won-stages[1]} …) one by one, so that an
     * item may hold a comma; any other key reads the items joined by commas.
     *
     * @throws IllegalArgumentException with the problem, never with a secret's value
     */
    T parseItems(List<String> items) {
        if (!"list".equals(type)) {
            return parse(String.join(",", items));
        }
        @SuppressWarnings("unchecked") // list() keys parse to List<String>
        T value =
                (T) items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return checked(value, String.join(", ", items));
    }

    private T checked(T value, String raw) {
        for (Check<T> check : checks) {
            if (!check.test().test(value)) {
                throw new IllegalArgumentException(
                        secret ? check.problem() : check.problem() + ", was '" + raw.strip() + "'");
            }
        }
        return value;
    }

    private static Integer parseInteger(String raw) {
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number, was '" + raw.strip() + "'", e);
        }
    }

    private static Long parseLong(String raw) {
        try {
            return Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number, was '" + raw.strip() + "'", e);
        }
    }

    private static Boolean parseBoolean(String raw) {
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "on" -> true;
            case "false", "no", "n", "0", "off" -> false;
            default -> throw new IllegalArgumentException("must be true or false, was '" + raw.strip() + "'");
        };
    }

    private static Duration parseDuration(String raw) {
        String text = raw.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "must be a duration such as 30s, 5m, 2h or PT30S, was '" + raw.strip() + "'", e);
        }
    }

    private static URI parseUrl(String raw) {
        try {
            URI uri = new URI(raw.strip());
            String scheme = uri.getScheme();
            if (scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("must be an http or https URL, was '" + raw.strip() + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("must be an http or https URL, was '" + raw.strip() + "'", e);
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw) {
        String wanted = raw.strip().replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("must be one of "
                + Arrays.stream(type.getEnumConstants())
                        .map(e -> e.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))
                + ", was '" + raw.strip() + "'");
    }

    private static List<String> parseList(String raw) {
        return Arrays.stream(raw.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
