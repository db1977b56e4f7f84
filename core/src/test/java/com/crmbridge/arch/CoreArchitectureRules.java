package com.crmbridge.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.List;

/**
 * The package rules of core, for a root package: {@code com.crmbridge} for the product, a fixture root for
 * the test that proves the rules catch a violation. Each rule says why it exists.
 */
final class CoreArchitectureRules {
    private final String root;

    private CoreArchitectureRules(String root) {
        this.root = root;
    }

    static CoreArchitectureRules forRoot(String root) {
        return new CoreArchitectureRules(root);
    }

    List<ArchRule> all() {
        return List.of(
                domainDependsOnNothingOfOurs(),
                kpiDependsOnlyOnDomain(),
                spiDependsOnlyOnDomainKpiAndItsErrors(),
                spiErrorDependsOnlyOnTheJdk(),
                pluginDependsOnlyOnSpi(),
                noPackageCycles(),
                timeComesFromAClock(),
                noSpringOrHttpClient());
    }

    private DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> oursExcept(String... allowed) {
        return resideInAPackage(root + "..").and(not(resideInAnyPackage(allowed)));
    }

    ArchRule domainDependsOnNothingOfOurs() {
        return noClasses()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .dependOnClassesThat(oursExcept(root + ".domain.."))
                .because("the canonical records are what every other part shares; they must not change when"
                        + " the SPI, the engine or a connector does");
    }

    ArchRule kpiDependsOnlyOnDomain() {
        return noClasses()
                .that()
                .resideInAPackage(root + ".kpi..")
                .should()
                .dependOnClassesThat(oursExcept(root + ".kpi..", root + ".domain.."))
                .because("the KPI engine computes from canonical records alone, whichever connector read them");
    }

    ArchRule spiDependsOnlyOnDomainKpiAndItsErrors() {
        return noClasses()
                .that()
                .resideInAPackage(root + ".spi..")
                .should()
                .dependOnClassesThat(oursExcept(root + ".spi..", root + ".domain..", root + ".kpi.."))
                .because("plugins compile against the SPI, the records and the results only, and are loaded"
                        + " parent-first for exactly those packages");
    }

    ArchRule spiErrorDependsOnlyOnTheJdk() {
        return classes()
                .that()
                .resideInAPackage(root + ".spi.error..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify..", root + ".spi.error..")
                .because("every connector and the runtime classify failures with the taxonomy, so it must be"
                        + " usable without anything else");
    }

    ArchRule pluginDependsOnlyOnSpi() {
        return noClasses()
                .that()
                .resideInAPackage(root + ".plugin..")
                .should()
                .dependOnClassesThat(oursExcept(root + ".plugin..", root + ".spi.."))
                .because("plugin loading only finds and checks providers; what they do is the runtime's business");
    }

    ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)")
                .should()
                .beFreeOfCycles()
                .because("a cycle makes two packages one, so neither can change or be understood alone");
    }

    ArchRule timeComesFromAClock() {
        DescribedPredicate<JavaMethodCall> systemTime =
                DescribedPredicate.describe("read the system time instead of an injected Clock", call -> {
                    var target = call.getTarget();
                    boolean javaTimeNow = target.getOwner().getPackageName().equals("java.time")
                            && target.getName().equals("now")
                            && !target.getRawParameterTypes().stream()
                                    .map(type -> type.getName())
                                    .toList()
                                    .equals(List.of(Clock.class.getName()));
                    boolean systemMillis = target.getOwner().getName().equals(System.class.getName())
                            && target.getName().equals("currentTimeMillis");
                    return javaTimeNow || systemMillis;
                });
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .callMethodWhere(systemTime)
                .because("time comes from the injected Clock, so that tests fix it and runs are reproducible");
    }

    ArchRule noSpringOrHttpClient() {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "okhttp3..", "org.apache.hc..", "org.apache.http..", "retrofit2..")
                .because("core is plain Java: connectors bring their HTTP client and only app sees Spring");
    }
}
