package com.crmbridge.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.app.config.ConfiguredConnector;
import com.crmbridge.app.config.ConnectorCounters;
import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.Connector;
import com.crmbridge.testkit.MutableClock;
import com.crmbridge.testkit.RecordingContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

class ConnectorChecksTest {
    private final MutableClock clock = MutableClock.at(RecordingContext.DEFAULT_START, RecordingContext.DEFAULT_ZONE);
    private final ConnectorChecks checks = new ConnectorChecks(clock);
    private final AtomicInteger calls = new AtomicInteger();
    private volatile boolean healthy = true;

    private final Connector crm = () -> {
        calls.incrementAndGet();
        return healthy ? CheckResult.ok("token accepted") : CheckResult.failed(List.of("token refused"));
    };

    private ConfiguredConnector configured(String name) {
        return new ConfiguredConnector(
                name,
                "fake",
                true,
                false,
                CronExpression.parse("0 0 * * * *"),
                crm,
                new ConnectorCounters(name, new SimpleMeterRegistry()));
    }

    @Test
    void aCheckIsReusedForAMinuteThenRunAgain() {
        ConfiguredConnector zoho = configured("zoho");

        assertThat(checks.check(zoho).healthy()).isTrue();
        healthy = false;
        clock.advance(ConnectorChecks.FRESH_FOR.minusSeconds(1));
        assertThat(checks.check(zoho).healthy())
                .as("still the check of a minute ago")
                .isTrue();
        assertThat(calls).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(checks.check(zoho).problems()).containsExactly("token refused");
        assertThat(calls).hasValue(2);
    }

    @Test
    void eachConnectorIsCheckedOnItsOwn() {
        checks.check(configured("zoho"));
        checks.check(configured("fxiaoke"));
        checks.check(configured("zoho"));

        assertThat(calls).hasValue(2);
    }

    @Test
    void aClockSetBackChecksAgainRatherThanShowingAResultFromTheFuture() {
        ConfiguredConnector zoho = configured("zoho");
        checks.check(zoho);
        clock.set(RecordingContext.DEFAULT_START.minusSeconds(5));
        checks.check(zoho);

        assertThat(calls).hasValue(2);
    }
}
