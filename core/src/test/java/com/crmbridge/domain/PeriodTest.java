package com.crmbridge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2026-Q3, 2026-Q3, 2026-07-01, 2026-10-01",
        "2026q4, 2026-Q4, 2026-10-01, 2027-01-01",
        "2026-07, 2026-07, 2026-07-01, 2026-08-01",
        "2026-2, 2026-02, 2026-02-01, 2026-03-01",
        "2026-12, 2026-12, 2026-12-01, 2027-01-01",
        "2026, 2026, 2026-01-01, 2027-01-01"
    })
    void parsesPrintsAndSpansItsHalfOpenRange(String text, String printed, String start, String end) {
        Period period = Period.parse(text);

        assertThat(period).hasToString(printed);
        assertThat(Period.parse(period.toString())).isEqualTo(period);
        assertThat(period.start()).isEqualTo(LocalDate.parse(start));
        assertThat(period.end()).isEqualTo(LocalDate.parse(end));
    }

    @Test
    void previousAndNextCrossTheYear() {
        assertThat(Period.quarter(2026, 1).previous()).isEqualTo(Period.quarter(2025, 4));
        assertThat(Period.quarter(2025, 4).next()).isEqualTo(Period.quarter(2026, 1));
        assertThat(Period.month(2026, 1).previous()).isEqualTo(Period.month(2025, 12));
        assertThat(Period.month(2025, 12).next()).isEqualTo(Period.month(2026, 1));
        assertThat(Period.year(2026).previous()).isEqualTo(Period.year(2025));
    }

    @Test
    void containsTheFirstDayButNotTheEnd() {
        Period q2 = Period.quarter(2026, 2);

        assertThat(q2.contains(LocalDate.parse("2026-04-01"))).isTrue();
        assertThat(q2.contains(LocalDate.parse("2026-06-30"))).isTrue();
        assertThat(q2.contains(LocalDate.parse("2026-07-01"))).isFalse();
        assertThat(q2.contains(LocalDate.parse("2026-03-31"))).isFalse();
        assertThat(Period.of(PeriodKind.QUARTER, LocalDate.parse("2026-03-31"))).isEqualTo(Period.quarter(2026, 1));
        assertThat(Period.of(PeriodKind.MONTH, LocalDate.parse("2026-03-31"))).isEqualTo(Period.month(2026, 3));
    }

    @Test
    void ordersByStart() {
        assertThat(Period.quarter(2025, 4)).isLessThan(Period.quarter(2026, 1));
        assertThat(Period.month(2026, 2)).isGreaterThan(Period.month(2026, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-Q5", "2026-13", "26-Q1", "Q1-2026", "2026-00"})
    void rejectsTextThatIsNoPeriodNamingIt(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Period.parse(text))
                .withMessage("Period must look like 2026-Q3, 2026-07 or 2026: '" + text + "'");
    }

    @Test
    void rejectsAnIndexOutsideTheKindNamingFieldAndValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Period.quarter(2026, 5))
                .withMessage("Period.index must be within 1..4 for a QUARTER: 5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Period.month(0, 1))
                .withMessage("Period.year must be within 1..9999: 0");
    }
}
