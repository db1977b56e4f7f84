package com.crmbridge.spi;

import java.util.List;

/**
 * The outcome of {@link Connector#check()}.
 *
 * @param problems what is wrong, each naming the setting, object or field and what to do; empty when healthy
 * @param details what was verified, for example {@code token valid, scopes ZohoCRM.modules.ALL}
 */
public record CheckResult(List<String> problems, List<String> details) {
    public CheckResult {
        problems = List.copyOf(problems);
        details = List.copyOf(details);
    }

    public static CheckResult ok(String... details) {
        return new CheckResult(List.of(), List.of(details));
    }

    public static CheckResult failed(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failed check must name at least one problem");
        }
        return new CheckResult(problems, List.of());
    }

    public boolean healthy() {
        return problems.isEmpty();
    }
}
