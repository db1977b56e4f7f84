package com.crmbridge.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tells setting names that look like they hold a secret, so that the contract can ask for the secret flag. */
final class SecretNames {
    private static final Set<String> SECRET_WORDS =
            Set.of("secret", "token", "password", "passwd", "pwd", "passphrase", "credential", "credentials", "apikey");
    private static final List<String> SECRET_PAIRS = List.of("api-key", "private-key", "access-key", "auth-code");
    /** A last word that makes the setting about a secret, not the secret itself: {@code token-url}. */
    private static final Set<String> ABOUT_WORDS = Set.of(
            "url",
            "uri",
            "endpoint",
            "path",
            "file",
            "dir",
            "directory",
            "ttl",
            "timeout",
            "expiry",
            "lifetime",
            "header",
            "field",
            "column",
            "name",
            "type",
            "scope",
            "scopes");

    private SecretNames() {}

    static boolean looksSecret(String settingName) {
        String name = settingName.toLowerCase(Locale.ROOT);
        List<String> words = List.of(name.split("[.\\-_]"));
        if (words.isEmpty() || ABOUT_WORDS.contains(words.get(words.size() - 1))) {
            return false;
        }
        return words.stream().anyMatch(SECRET_WORDS::contains)
                || SECRET_PAIRS.stream().anyMatch(name::contains);
    }
}
