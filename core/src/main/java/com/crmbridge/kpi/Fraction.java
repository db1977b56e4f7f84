package com.crmbridge.kpi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number. Every ratio of the spec is a quotient of decimals, so the engine keeps it as a
 * fraction: comparisons with thresholds (payout, gate, ratings, satisfaction drop) are exact, and rounding
 * for output rounds the exact value, never an approximation of it.
 */
final class Fraction implements Comparable<Fraction> {
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    static Fraction of(BigDecimal value) {
        if (value.scale() <= 0) {
            return new Fraction(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return reduced(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    static Fraction of(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    static Fraction of(long numerator, long denominator) {
        return reduced(numerator, denominator);
    }

    private static Fraction reduced(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero: " + numerator + "/0");
        }
        if (numerator.bitLength() < 63 && denominator.bitLength() < 63) {
            // the usual case: small values, reduced with a long gcd instead of MutableBigInteger
            return reduced(numerator.longValue(), denominator.longValue());
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Fraction(numerator, denominator);
    }

    private static Fraction reduced(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("division by zero: " + numerator + "/0");
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        long gcd = gcd(Math.abs(numerator), denominator);
        if (gcd > 1) {
            numerator /= gcd;
            denominator /= gcd;
        }
        return new Fraction(
                BigInteger.valueOf(numerator), denominator == 1 ? BigInteger.ONE : BigInteger.valueOf(denominator));
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a == 0 ? 1 : a;
    }

    Fraction add(Fraction other) {
        if (denominator.equals(other.denominator)) {
            return reduced(numerator.add(other.numerator), denominator);
        }
        return reduced(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Fraction subtract(Fraction other) {
        return add(other.negate());
    }

    Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    Fraction multiply(Fraction other) {
        return reduced(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** @throws ArithmeticException when {@code other} is zero */
    Fraction divide(Fraction other) {
        return reduced(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    Fraction min(Fraction other) {
        return compareTo(other) <= 0 ? this : other;
    }

    Fraction max(Fraction other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** {@code min(max(this, low), high)}. */
    Fraction clamp(Fraction low, Fraction high) {
        return max(low).min(high);
    }

    int signum() {
        return numerator.signum();
    }

    boolean isZero() {
        return numerator.signum() == 0;
    }

    /**
     * The value as a decimal: exact when it terminates within 34 digits, otherwise correctly rounded to
     * {@link MathContext#DECIMAL128}; never in exponent notation and without trailing zeros.
     */
    BigDecimal toBigDecimal() {
        BigDecimal value = denominator.equals(BigInteger.ONE)
                ? new BigDecimal(numerator)
                : new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128);
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /** The exact value rounded half-up to {@code scale} decimals. */
    BigDecimal round(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Fraction other) {
        if (numerator.bitLength() < 31
                && denominator.bitLength() < 31
                && other.numerator.bitLength() < 31
                && other.denominator.bitLength() < 31) {
            return Long.compare(
                    numerator.longValue() * other.denominator.longValue(),
                    other.numerator.longValue() * denominator.longValue());
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Fraction fraction && compareTo(fraction) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
