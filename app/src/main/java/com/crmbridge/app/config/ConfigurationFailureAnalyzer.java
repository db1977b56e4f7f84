package com.crmbridge.app.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a bad {@code crmbridge.*} value as a message with the key and the fix, without a stack trace. */
public final class ConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<ConfigurationProblem> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConfigurationProblem cause) {
        return new FailureAnalysis(
                "CRM Bridge configuration is invalid:\n" + cause.getMessage(),
                "Fix " + cause.key() + " in your configuration (application.yml, the environment or"
                        + " --" + cause.key().split(" ")[0] + "=… on the command line) and start again."
                        + " docs/configuration.md lists every key.",
                cause);
    }
}
