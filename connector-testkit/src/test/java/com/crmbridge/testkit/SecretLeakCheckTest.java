package com.crmbridge.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretLeakCheckTest {
    private static final String SECRET = "s3cr3t/value+42";

    private final SecretLeakCheck check = new SecretLeakCheck(Map.of("client-secret", SECRET));

    @Test
    void cleanTextsPass() {
        check.see("page", "Deal[D1, 120000]").see("settings", "client-secret=******");

        assertThatCode(check::assertNoLeak).doesNotThrowAnyException();
    }

    @Test
    void aSecretInALogLineIsNamedWithWhereItAppearedAndMasked() {
        RecordingLog log = new RecordingLog();
        log.info("starting");
        log.warn("token request with secret " + SECRET + " refused");
        check.seeLog(log);

        assertThatThrownBy(check::assertNoLeak)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("secret 'client-secret' appears in log line 2 (WARN): token request with secret"
                        + " ****** refused")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aUrlEncodedSecretIsALeakToo() {
        check.see("request line", "POST /oauth/v2/token?client_secret=s3cr3t%2Fvalue%2B42");

        assertThatThrownBy(check::assertNoLeak).hasMessageContaining("appears in request line");
    }

    @Test
    void aSecretInTheCauseOfAFailureIsFound() {
        RuntimeException failure =
                new IllegalStateException("token refused", new IllegalArgumentException("bad secret " + SECRET));
        check.seeFailure("read of DEALS", failure);

        assertThatThrownBy(check::assertNoLeak)
                .hasMessageContaining("appears in read of DEALS (IllegalArgumentException)")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aShortSecretIsRefusedSinceItWouldMatchByChance() {
        assertThatThrownBy(() -> new SecretLeakCheck(Map.of("pin", "1234")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pin' is shorter than 6 characters");
    }
}
