package com.crmbridge.testkit;

import com.crmbridge.spi.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects everything a connector showed during a run (log lines, exception messages, toString of what it
 * returned) and fails when any of it holds a secret's value, as written or URL-encoded. The failure names the
 * secret setting and where it appeared, with the value masked, so that the report does not leak it either.
 */
public final class SecretLeakCheck {
    /** Shorter secrets would match by chance; fixtures use distinctive values. */
    public static final int MIN_SECRET_LENGTH = 6;

    private final Map<String, Set<String>> formsByName = new LinkedHashMap<>();
    private final List<Seen> seen = new ArrayList<>();

    private record Seen(String where, String text) {}

    /**
     * A check for the secrets, by the name to report them under (a setting's key).
     *
     * @throws IllegalArgumentException when a secret is shorter than {@link #MIN_SECRET_LENGTH}
     */
    public SecretLeakCheck(Map<String, String> secretsByName) {
        secretsByName.forEach((name, value) -> {
            if (value.length() < MIN_SECRET_LENGTH) {
                throw new IllegalArgumentException("the fixture's secret '" + name + "' is shorter than "
                        + MIN_SECRET_LENGTH + " characters; give it a distinctive value so a leak can be told");
            }
            Set<String> forms = new LinkedHashSet<>();
            forms.add(value);
            forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
            formsByName.put(name, forms);
        });
    }

    /** Notes a text the connector showed, for example a log line or a result's toString. */
    public SecretLeakCheck see(String where, @Nullable Object shown) {
        seen.add(new Seen(where, String.valueOf(shown)));
        return this;
    }

    /** Notes a failure's message and toString, and those of every cause and suppressed exception. */
    public SecretLeakCheck seeFailure(String where, Throwable failure) {
        Set<Throwable> visited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Throwable> queue = new ArrayList<>(List.of(failure));
        while (!queue.isEmpty()) {
            Throwable t = queue.remove(0);
            if (!visited.add(t)) {
                continue;
            }
            see(where + " (" + t.getClass().getSimpleName() + ")", t.toString());
            see(where + " (" + t.getClass().getSimpleName() + " localized)", t.getLocalizedMessage());
            if (t.getCause() != null) {
                queue.add(t.getCause());
            }
            queue.addAll(List.of(t.getSuppressed()));
        }
        return this;
    }

    /** Notes every line of the log. */
    public SecretLeakCheck seeLog(RecordingLog log) {
        List<RecordingLog.Line> lines = log.lines();
        for (int i = 0; i < lines.size(); i++) {
            see(
                    "log line " + (i + 1) + " (" + lines.get(i).level() + ")",
                    lines.get(i).message());
        }
        return this;
    }

    /**
     * Fails when any text seen holds a secret.
     *
     * @throws AssertionError naming each secret and where it appeared, with the value masked
     */
    public void assertNoLeak() {
        List<String> leaks = new ArrayList<>();
        for (Seen text : seen) {
            formsByName.forEach((name, forms) -> {
                for (String form : forms) {
                    if (text.text().contains(form)) {
                        leaks.add("secret '" + name + "' appears in " + text.where() + ": " + mask(text.text()));
                        return;
                    }
                }
            });
        }
        if (!leaks.isEmpty()) {
            throw new AssertionError(leaks.size() + " secret leak(s) in " + seen.size() + " texts seen:\n  "
                    + String.join("\n  ", leaks));
        }
    }

    private String mask(String text) {
        String masked = text;
        for (Set<String> forms : formsByName.values()) {
            for (String form : forms) {
                masked = masked.replace(form, Secret.MASK);
            }
        }
        return masked.length() > 300 ? masked.substring(0, 300) + "…" : masked;
    }
}
