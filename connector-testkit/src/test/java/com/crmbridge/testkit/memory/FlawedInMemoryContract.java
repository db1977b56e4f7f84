package com.crmbridge.testkit.memory;

import org.junit.jupiter.api.Disabled;

/**
 * The contract against the in-memory connector with a flaw. Not a test class of its own (its name does not end
 * in {@code Test}): {@link ContractNoticesFlawsTest} calls single clauses of it and expects them to fail.
 */
@Disabled("run clause by clause, expecting failures, from ContractNoticesFlawsTest")
final class FlawedInMemoryContract extends InMemoryConnectorContractTest {
    private final Flaw flaw;

    FlawedInMemoryContract(Flaw flaw) {
        this.flaw = flaw;
    }

    @Override
    Flaw flaw() {
        return flaw;
    }
}
