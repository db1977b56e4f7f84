package com.crmbridge.testkit.memory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The contract is not vacuous: run against the in-memory connector with one flaw each, the clause that flaw
 * breaks fails, and the secret-leak failure names the secret and where it leaked without quoting it.
 */
class ContractNoticesFlawsTest {
    private static FlawedInMemoryContract withFlaw(Flaw flaw) {
        return new FlawedInMemoryContract(flaw);
    }

    @Test
    void secretLeakCheckFailsWhenAConnectorLogsItsSecret() {
        assertThatThrownBy(withFlaw(Flaw.LOGS_TOKEN)::noSecretLeaksDuringAWholeRun)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("secret 'api-token' appears in log line 1 (DEBUG): connecting with token ******")
                .hasMessageNotContaining(InMemoryFixture.TOKEN);
    }

    @Test
    void secretLeakCheckFailsWhenAnErrorQuotesTheSecret() {
        assertThatThrownBy(withFlaw(Flaw.TOKEN_IN_ERROR_MESSAGE)::noSecretLeaksDuringAWholeRun)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("secret 'api-token (wrong credentials)' appears in wrong credentials: read of"
                        + " MANAGERS (AuthenticationFailed)")
                .hasMessageNotContaining(InMemoryFixture.WRONG_TOKEN);
    }

    @Test
    void secretLeakCheckFailsWhenToStringShowsTheSecret() {
        assertThatThrownBy(withFlaw(Flaw.TOKEN_IN_TO_STRING)::noSecretLeaksDuringAWholeRun)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("secret 'api-token' appears in fixture: connector toString");
    }

    @Test
    void resumeCheckFailsWhenAResumedReadRepeatsARecord() {
        assertThatThrownBy(withFlaw(Flaw.INCLUSIVE_CURSOR)::aReadResumedAfterACrashAtAnyPageLosesAndDuplicatesNothing)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("read resumed after a crash after page 1")
                .hasMessageContaining("came 2 times");
    }

    @Test
    void incrementalCheckFailsWhenTheReadRepeatsWhatDidNotChange() {
        assertThatThrownBy(withFlaw(Flaw.INCLUSIVE_CURSOR)::anIncrementalReadAfterACheckpointReturnsOnlyWhatChanged)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("incremental read of DEALS after a checkpoint")
                .hasMessageContaining("fixture:D5 was not expected");
    }

    @Test
    void pushCheckFailsWhenASinkResendsUnchangedRows() {
        assertThatThrownBy(withFlaw(Flaw.RESENDS_UNCHANGED)::pushingTheSameResultsTwiceSendsNothingTheSecondTime)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rows sent by the second push");
    }

    @Test
    void checkCheckFailsWhenTheProblemIsAnExceptionName() {
        assertThatThrownBy(withFlaw(Flaw.UNCLEAR_CHECK)::checkFailsClearlyOnWrongCredentials)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a problem is a sentence, not a stack trace");
    }
}
