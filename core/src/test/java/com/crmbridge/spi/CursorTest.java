package com.crmbridge.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CursorTest {
    @Test
    void holdsUpToTheMaximumLength() {
        String longest = "x".repeat(Cursor.MAX_LENGTH);

        assertThat(new Cursor(longest).value()).hasSize(4000);
    }

    @Test
    void refusesMoreThanTheMaximumNamingTheLength() {
        assertThatThrownBy(() -> new Cursor("x".repeat(Cursor.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cursor must be at most 4000 characters: 4001");
    }

    @Test
    void equalsByValueSoThatAStoredCursorComesBackEqual() {
        assertThat(new Cursor("{\"since\":\"2026-07-01\"}")).isEqualTo(new Cursor("{\"since\":\"2026-07-01\"}"));
    }
}
