package com.crmbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {
    private static final Instant START = Instant.parse("2026-11-15T04:00:00Z");

    @Test
    void standsStillUntilMoved() {
        MutableClock clock = MutableClock.at(START, ZoneOffset.UTC);

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.advance(Duration.ofMinutes(90))).isEqualTo(START.plusSeconds(5400));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(5400));
        clock.set(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    }

    @Test
    void aZoneViewMovesWithItsClock() {
        MutableClock clock = MutableClock.at(START, ZoneOffset.UTC);
        MutableClock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));

        clock.advance(Duration.ofHours(1));

        assertThat(shanghai.instant()).isEqualTo(START.plusSeconds(3600));
        assertThat(java.time.LocalTime.now(shanghai)).isEqualTo(java.time.LocalTime.of(13, 0));
    }

    @Test
    void aRecordingContextsClockIsTheDefaultStartInShanghai() {
        RecordingContext context = RecordingContext.named("crm");

        assertThat(context.clock().instant()).isEqualTo(RecordingContext.DEFAULT_START);
        assertThat(context.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        context.log().info("hello");
        context.metrics().increment("api.calls");
        assertThat(context.log().messages(RecordingLog.Level.INFO)).containsExactly("hello");
        assertThat(context.metrics().get("api.calls")).isEqualTo(1);
    }
}
