package com.crmbridge.connector.fxiaoke.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PathPacerTest {
    @Test
    void ninetyFiveCallsPerTwentySecondsSpacesCallsAbove200Millis() {
        PathPacer pacer = new PathPacer(95, Duration.ofSeconds(20));

        assertThat(pacer.spacing()).isEqualTo(Duration.ofMillis(210).plusNanos(526315));
        // at one call per spacing no sliding 20 s window can hold more than 100 calls
        assertThat(Duration.ofSeconds(20).dividedBy(pacer.spacing()) + 1).isLessThanOrEqualTo(100);
    }

    @Test
    void aTinyWindowLetsTestsRunWithoutWaiting() {
        PathPacer pacer = new PathPacer(100, Duration.ofNanos(100));

        for (int i = 0; i < 1_000; i++) {
            pacer.acquire("/cgi/crm/v2/data/query");
        }
        assertThat(pacer.spacing()).isEqualTo(Duration.ofNanos(1));
    }
}
