package com.crmbridge.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {
    @Test
    void neverShowsItsValue() {
        Secret secret = Secret.of("tok-123456");

        assertThat(secret.toString()).isEqualTo("******");
        assertThat(String.valueOf(secret)).doesNotContain("tok-123456");
        assertThat(java.util.List.of(secret).toString()).doesNotContain("tok-123456");
    }

    @Test
    void revealsItsValueOnlyWhenAsked() {
        assertThat(Secret.of("tok-123456").reveal()).isEqualTo("tok-123456");
    }

    @Test
    void equalsByValue() {
        assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).hasSameHashCodeAs(Secret.of("a"));
        assertThat(Secret.of("a")).isNotEqualTo(Secret.of("b"));
    }
}
