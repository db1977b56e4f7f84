package com.crmbridge.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The exact arithmetic under every ratio, on the long fast path and beyond it. */
class FractionTest {

    @Test
    void reducesAndKeepsTheSignInTheNumerator() {
        assertThat(Fraction.of(6, -8)).hasToString("-3/4");
        assertThat(Fraction.of(new BigDecimal("0.750"))).hasToString("3/4");
        assertThat(Fraction.of(0, 5)).isEqualTo(Fraction.ZERO).hasSameHashCodeAs(Fraction.ZERO);
    }

    @Test
    void equalValuesAreEqualWhateverTheirSize() {
        Fraction huge = Fraction.of(new BigDecimal("123456789012345678901234567890"));

        assertThat(huge.divide(huge)).isEqualTo(Fraction.ONE);
        assertThat(huge.add(Fraction.ONE).compareTo(huge)).isPositive();
        assertThat(Fraction.of(1, 3).compareTo(Fraction.of(new BigDecimal("0.3333333333333333333333"))))
                .isPositive();
    }

    @Test
    void decimalIsExactWhenItTerminatesAndDecimal128Otherwise() {
        assertThat(Fraction.of(3, 4).toBigDecimal()).isEqualTo(new BigDecimal("0.75"));
        assertThat(Fraction.of(200).toBigDecimal()).isEqualTo(new BigDecimal("200"));
        assertThat(Fraction.of(1, 3).toBigDecimal()).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
    }

    @Test
    void roundsTheExactValueHalfUp() {
        assertThat(Fraction.of(1, 8).round(2)).isEqualTo(new BigDecimal("0.13"));
        assertThat(Fraction.of(-1, 8).round(2)).isEqualTo(new BigDecimal("-0.13"));
        assertThat(Fraction.of(2, 3).round(4)).isEqualTo(new BigDecimal("0.6667"));
    }

    @Test
    void aDifferenceOfThirdsMeetsItsThresholdExactly() {
        // 2/3 − 31/60 = 0.15 exactly, where rounded decimals might fall a hair short
        Fraction drop = Fraction.of(2, 3).subtract(Fraction.of(31, 60));

        assertThat(drop.compareTo(Fraction.of(new BigDecimal("0.15")))).isZero();
    }

    @Test
    void divisionByZeroIsRefused() {
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Fraction.ONE.divide(Fraction.ZERO));
    }

    @Test
    void longOverflowContinuesExactlyWithBigIntegersAndComesBack() {
        Fraction max = Fraction.of(Long.MAX_VALUE);
        Fraction beyond = max.add(Fraction.ONE);

        assertThat(beyond).isEqualTo(Fraction.of(new BigDecimal("9223372036854775808")));
        assertThat(beyond.multiply(max).compareTo(max)).isPositive();
        assertThat(beyond.subtract(Fraction.ONE)).isEqualTo(max).hasSameHashCodeAs(max);
        assertThat(Fraction.of(Long.MIN_VALUE, -2)).hasToString("4611686018427387904/1");
        assertThat(Fraction.of(1, 3).add(Fraction.of(1, Long.MAX_VALUE)).compareTo(Fraction.of(1, 3)))
                .isPositive();
    }

    @Test
    void decimalsOfTheFastPathsEqualTheDivisionsTheyReplace() {
        for (long numerator = -1200; numerator <= 1200; numerator += 7) {
            for (long denominator = 1; denominator <= 1000; denominator += 3) {
                Fraction fraction = Fraction.of(numerator, denominator);
                BigDecimal divided = BigDecimal.valueOf(numerator)
                        .divide(BigDecimal.valueOf(denominator), java.math.MathContext.DECIMAL128)
                        .stripTrailingZeros();
                if (divided.scale() < 0) {
                    divided = divided.setScale(0, java.math.RoundingMode.UNNECESSARY);
                }
                assertThat(fraction.toBigDecimal()).isEqualTo(divided);
                assertThat(fraction.compareTo(Fraction.of(numerator + 1, denominator)))
                        .isNegative();
            }
        }
    }
}
