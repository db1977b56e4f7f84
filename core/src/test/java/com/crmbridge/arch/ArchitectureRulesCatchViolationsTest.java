package com.crmbridge.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The rules are not vacuous: run on a deliberately wrong fixture, they report its violations. */
class ArchitectureRulesCatchViolationsTest {
    private static final String ROOT = "com.crmbridge.arch.fixture";

    private final JavaClasses fixture = new ClassFileImporter().importPackages(ROOT);
    private final CoreArchitectureRules rules = CoreArchitectureRules.forRoot(ROOT);

    @Test
    void aDomainClassThatDependsOnTheSpiIsReported() {
        EvaluationResult result = rules.domainDependsOnNothingOfOurs().evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains("LeakyRecord")
                .contains("com.crmbridge.arch.fixture.spi.FixtureReader"));
        assertThat(result.getFailureReport().toString()).contains("because the canonical records");
    }

    @Test
    void aPackageCycleIsReported() {
        EvaluationResult result = rules.noPackageCycles().evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Cycle detected");
    }

    @Test
    void aCallToInstantNowIsReported() {
        EvaluationResult result = rules.timeComesFromAClock().evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(
                        line -> assertThat(line).contains("LeakyRecord.readNow").contains("Instant.now()"));
    }

    @Test
    void theSpiFixtureMayUseTheDomainFixture() {
        assertThat(rules.spiDependsOnlyOnDomainKpiAndItsErrors()
                        .evaluate(fixture)
                        .hasViolation())
                .isFalse();
    }
}
