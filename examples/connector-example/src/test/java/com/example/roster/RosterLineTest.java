package com.example.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.spi.error.ConnectorException;
import org.junit.jupiter.api.Test;

class RosterLineTest {
    @Test
    void aLineIsAManagerWithItsCellsStripped() {
        Manager manager = RosterLine.parse("team", "roster.txt", 2, " M1 | 王伟 | Wang.Wei@Example.com | East | Senior ");

        assertThat(manager.source().toString()).isEqualTo("team:M1");
        assertThat(manager.email()).isEqualTo("wang.wei@example.com");
        assertThat(manager.tier()).isEqualTo(ManagerTier.SENIOR);
    }

    @Test
    void aWrongTierIsABadRecordNamingFileLineAndColumn() {
        var error = catchThrowableOfType(
                ConnectorException.BadRecordException.class,
                () -> RosterLine.parse("team", "roster.txt", 7, "M9 | Li | | East | boss"));

        assertThat(error.getMessage())
                .isEqualTo("roster.txt line 7, column tier, value 'boss': must be standard or senior");
    }

    @Test
    void aLineWithTooFewCellsIsABadRecordOfTheWholeLine() {
        var error = catchThrowableOfType(
                ConnectorException.BadRecordException.class,
                () -> RosterLine.parse("team", "roster.txt", 3, "M9 | Li"));

        assertThat(error.record().column()).isNull();
        assertThat(error.record().reason()).contains("this one has 2");
    }
}
