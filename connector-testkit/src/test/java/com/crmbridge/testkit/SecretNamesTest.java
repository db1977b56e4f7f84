package com.crmbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "client-secret",
                "app-secret",
                "refresh-token",
                "password",
                "db.password",
                "api-key",
                "apikey",
                "private-key",
                "credentials"
            })
    void namesThatHoldASecretLookSecret(String name) {
        assertThat(SecretNames.looksSecret(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"token-url", "accounts-url", "client-id", "page-size", "token-ttl", "keyword", "tokenizer"})
    void namesAboutASecretOrUnrelatedDoNot(String name) {
        assertThat(SecretNames.looksSecret(name)).isFalse();
    }
}
