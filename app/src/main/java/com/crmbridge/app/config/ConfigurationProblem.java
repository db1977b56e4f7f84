package com.crmbridge.app.config;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A configuration value that stops the start: names the full property key and what is wrong. The
 * {@link ConfigurationFailureAnalyzer} shows it instead of a stack trace; it never holds a secret's value.
 */
public final class ConfigurationProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String problem;

    public ConfigurationProblem(String key, @Nullable String problem) {
        super(key + ": " + problem);
        this.key = key;
        this.problem = String.valueOf(problem);
    }

    /**
     * Several problems at once, each a full key and what is wrong with it; the first key is {@link #key()}.
     *
     * @param problems at least one, as key → problem pairs
     */
    public static ConfigurationProblem of(List<ConfigurationProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        String all = problems.stream().map(Throwable::getMessage).collect(Collectors.joining("\n  "));
        return new ConfigurationProblem(problems.get(0).key(), problems.size() + " problems:\n  " + all, true);
    }

    private ConfigurationProblem(String key, String message, boolean whole) {
        super(message);
        this.key = key;
        this.problem = message;
        assert whole;
    }

    /** The property key, for example {@code crmbridge.connectors.crm.settings.client-id}. */
    public String key() {
        return key;
    }

    /** What is wrong with it. */
    public String problem() {
        return problem;
    }
}
