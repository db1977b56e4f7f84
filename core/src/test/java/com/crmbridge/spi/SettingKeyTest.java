package com.crmbridge.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingKeyTest {
    @Test
    void namesAreLowerCaseKebabCase() {
        assertThatThrownBy(() -> SettingKey.text("baseUrl", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl");
    }

    @Test
    void anInvalidDefaultFailsWhenTheKeyIsDeclared() {
        assertThatThrownBy(() -> SettingKey.integer("page-size", "x").withDefault("many"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be a whole number, was 'many'");
    }

    @ParameterizedTest
    @CsvSource({"250ms, 250, MILLIS", "30s, 30, SECONDS", "5 m, 5, MINUTES", "2h, 2, HOURS", "1d, 1, DAYS"})
    void durationsReadShortUnits(String raw, long amount, ChronoUnit unit) {
        assertThat(SettingKey.duration("timeout", "x").parse(raw)).isEqualTo(Duration.of(amount, unit));
    }

    @Test
    void durationsReadIso8601() {
        assertThat(SettingKey.duration("timeout", "x").parse("pt1m30s")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void booleansReadTheUsualSpellings() {
        SettingKey<Boolean> key = SettingKey.bool("enabled", "x");
        assertThat(key.parse("Yes")).isTrue();
        assertThat(key.parse("off")).isFalse();
        assertThatThrownBy(() -> key.parse("maybe")).hasMessage("must be true or false, was 'maybe'");
    }

    @Test
    void urlsMustBeAbsoluteHttp() {
        SettingKey<java.net.URI> key = SettingKey.url("base-url", "x");
        assertThat(key.parse(" https://a.example.com/v2 ").getHost()).isEqualTo("a.example.com");
        assertThatThrownBy(() -> key.parse("ftp://a.example.com")).hasMessageContaining("http or https");
        assertThatThrownBy(() -> key.parse("/relative")).hasMessageContaining("'/relative'");
    }

    enum Region {
        CN,
        US_EAST
    }

    @Test
    void choicesIgnoreCaseAndReadDashesAsUnderscores() {
        SettingKey<Region> key = SettingKey.choice("region", Region.class, "x");
        assertThat(key.parse("us-east")).isEqualTo(Region.US_EAST);
        assertThat(key.type()).isEqualTo("cn | us_east");
        assertThatThrownBy(() -> key.parse("eu")).hasMessage("must be one of cn, us_east, was 'eu'");
    }

    @Test
    void aPrefixKeyMustEndWithADot() {
        assertThatThrownBy(() -> SettingKey.prefix("fields", "x")).hasMessageContaining("fields");
    }

    @Test
    void aSecretKeyIsFlaggedAndItsValueMasked() {
        SettingKey<Secret> key = SettingKey.secret("password", "x");
        assertThat(key.isSecret()).isTrue();
        assertThat(key.parse("hunter2").toString()).isEqualTo(Secret.MASK);
        assertThat(key.required().isSecret()).isTrue();
        assertThat(key.check(s -> true, "ok").isSecret()).isTrue();
    }

    @Test
    void requiredDropsTheDefaultAndWithDefaultMakesOptional() {
        SettingKey<Integer> key = SettingKey.integer("n", "x").withDefault("3");
        assertThat(key.required().defaultValue()).isNull();
        assertThat(key.required().isRequired()).isTrue();
        assertThat(key.required().withDefault("4").isRequired()).isFalse();
    }
}
