package com.crmbridge.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckResultTest {
    @Test
    void okIsHealthyAndKeepsWhatWasVerified() {
        CheckResult result = CheckResult.ok("token valid", "3 streams");

        assertThat(result.healthy()).isTrue();
        assertThat(result.details()).containsExactly("token valid", "3 streams");
    }

    @Test
    void failedIsNotHealthy() {
        CheckResult result = CheckResult.failed(List.of("client-secret: refused by the server"));

        assertThat(result.healthy()).isFalse();
        assertThat(result.problems()).containsExactly("client-secret: refused by the server");
    }

    @Test
    void aFailedCheckMustNameAProblem() {
        assertThatThrownBy(() -> CheckResult.failed(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copiesItsLists() {
        List<String> problems = new ArrayList<>(List.of("a"));
        CheckResult result = CheckResult.failed(problems);
        problems.clear();

        assertThat(result.problems()).containsExactly("a");
    }
}
