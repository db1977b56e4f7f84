package com.crmbridge.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Core's main code keeps the package rules. */
class CoreArchitectureTest {
    private static JavaClasses core = new ClassFileImporter().importPackages("java.lang");

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.crmbridge");
    }

    static Stream<ArchRule> rules() {
        return CoreArchitectureRules.forRoot("com.crmbridge").all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void coreKeepsTheRule(ArchRule rule) {
        rule.check(core);
    }
}
