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
 *
 * <p>Held as two {@code long}s, reduced, with the sign in the numerator; only when a numerator or
 * denominator does not fit (which the engine's figures practically never reach) as two {@link BigInteger}s.
 * Each value has exactly one form, so equal values have equal fields. Overflow of the long arithmetic is
 * detected without exceptions ({@link Math#multiplyHigh}) and the operation is repeated with
 * {@code BigInteger}s; comparisons compare 128-bit cross products and never need {@code BigInteger}.
 */
final class Fraction implements Comparable<Fraction> {
    static final Fraction ZERO = new Fraction(0, 1);
    static final Fraction ONE = new Fraction(1, 1);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final long[] POWERS_OF_TEN = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L,
        10_000_000_000_000L,
        100_000_000_000_000L,
        1_000_000_000_000_000L,
        10_000_000_000_000_000L,
        100_000_000_000_000_000L,
        1_000_000_000_000_000_000L
    };

    /** The long form; meaningless when {@link #bigNumerator} is set. */
    private final long numerator;

    private final long denominator;
    private final @Nullable BigInteger bigNumerator;
    private final @Nullable BigInteger bigDenominator;

    private Fraction(long numerator, long denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.bigNumerator = null;
        this.bigDenominator = null;
    }

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = 0;
        this.denominator = 1;
        this.bigNumerator = numerator;
        this.bigDenominator = denominator;
    }

    static Fraction of(BigDecimal value) {
        int scale = value.scale();
        if (scale >= 0 && scale < POWERS_OF_TEN.length && value.precision() < 19) {
            // the usual case: a compact decimal, whose unscaled value and 10^scale are longs
            return reduced(value.scaleByPowerOfTen(scale).longValueExact(), POWERS_OF_TEN[scale]);
        }
        if (scale <= 0) {
            return reduced(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return reduced(value.unscaledValue(), BigInteger.TEN.pow(scale));
    }

    static Fraction of(long value) {
        return reduced(value, 1);
    }

    static Fraction of(long numerator, long denominator) {
        return reduced(numerator, denominator);
    }

    private static Fraction reduced(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero: " + numerator + "/0");
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
        if (numerator.signum() == 0) {
            return ZERO;
        }
        if (fitsLong(numerator) && fitsLong(denominator)) {
            return new Fraction(numerator.longValue(), denominator.longValue());
        }
        return new Fraction(numerator, denominator);
    }

    /** Within (Long.MIN_VALUE, Long.MAX_VALUE]: negating a long-form numerator can never overflow. */
    private static boolean fitsLong(BigInteger value) {
        return value.compareTo(LONG_MIN) > 0 && value.compareTo(LONG_MAX) <= 0;
    }

    private static Fraction reduced(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("division by zero: " + numerator + "/0");
        }
        if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
            return reduced(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }
        if (numerator == 0) {
            return ZERO;
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
        return new Fraction(numerator, denominator);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a == 0 ? 1 : a;
    }

    private boolean isLong() {
        return bigNumerator == null;
    }

    private BigInteger bigNumerator() {
        BigInteger big = bigNumerator;
        return big != null ? big : BigInteger.valueOf(numerator);
    }

    private BigInteger bigDenominator() {
        BigInteger big = bigDenominator;
        return big != null ? big : BigInteger.valueOf(denominator);
    }

    Fraction add(Fraction other) {
        if (isLong() && other.isLong()) {
            if (denominator == other.denominator) {
                long sum = numerator + other.numerator;
                if (!addOverflows(numerator, other.numerator, sum)) {
                    return reduced(sum, denominator);
                }
            } else if (productFits(numerator, other.denominator)
                    && productFits(other.numerator, denominator)
                    && productFits(denominator, other.denominator)) {
                long left = numerator * other.denominator;
                long right = other.numerator * denominator;
                long sum = left + right;
                if (!addOverflows(left, right, sum)) {
                    return reduced(sum, denominator * other.denominator);
                }
            }
            // beyond long: the same sum with BigIntegers below
        }
        BigInteger otherDenominator = other.bigDenominator();
        BigInteger ownDenominator = bigDenominator();
        return reduced(
                bigNumerator()
                        .multiply(otherDenominator)
                        .add(other.bigNumerator().multiply(ownDenominator)),
                ownDenominator.multiply(otherDenominator));
    }

    private static boolean productFits(long a, long b) {
        return Math.multiplyHigh(a, b) == (a * b) >> 63;
    }

    private static boolean addOverflows(long a, long b, long sum) {
        return ((a ^ sum) & (b ^ sum)) < 0;
    }

    /** The sign of {@code a × b − c × d}, exact over 128 bits. */
    private static int compareProducts(long a, long b, long c, long d) {
        long high = Math.multiplyHigh(a, b);
        long otherHigh = Math.multiplyHigh(c, d);
        return high != otherHigh ? Long.compare(high, otherHigh) : Long.compareUnsigned(a * b, c * d);
    }

    Fraction subtract(Fraction other) {
        return add(other.negate());
    }

    Fraction negate() {
        BigInteger big = bigNumerator;
        if (big == null) {
            return numerator == 0 ? this : new Fraction(-numerator, denominator);
        }
        return reduced(big.negate(), bigDenominator());
    }

    Fraction multiply(Fraction other) {
        if (isLong()
                && other.isLong()
                && productFits(numerator, other.numerator)
                && productFits(denominator, other.denominator)) {
            return reduced(numerator * other.numerator, denominator * other.denominator);
        }
        return reduced(
                bigNumerator().multiply(other.bigNumerator()), bigDenominator().multiply(other.bigDenominator()));
    }

    /** @throws ArithmeticException when {@code other} is zero */
    Fraction divide(Fraction other) {
        if (isLong() && other.isLong()) {
            if (other.numerator == 0) {
                throw new ArithmeticException("division by zero: " + this + " / 0");
            }
            if (productFits(numerator, other.denominator) && productFits(denominator, other.numerator)) {
                return reduced(numerator * other.denominator, denominator * other.numerator);
            }
        }
        return reduced(
                bigNumerator().multiply(other.bigDenominator()),
                bigDenominator().multiply(other.bigNumerator()));
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
        BigInteger big = bigNumerator;
        return big == null ? Long.signum(numerator) : big.signum();
    }

    boolean isZero() {
        return signum() == 0;
    }

    /**
     * The value as a decimal: exact when it terminates within 34 digits, otherwise correctly rounded to
     * {@link MathContext#DECIMAL128}; never in exponent notation and without trailing zeros.
     */
    BigDecimal toBigDecimal() {
        BigDecimal value;
        if (isLong()) {
            if (denominator == 1) {
                return BigDecimal.valueOf(numerator);
            }
            BigDecimal terminating = terminatingDecimal();
            if (terminating != null) {
                return terminating;
            }
            value = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
            if (value.unscaledValue().testBit(0)) {
                // an odd last digit is not a trailing zero: stripping (a BigInteger division) would change nothing
                return value;
            }
        } else {
            BigInteger ownDenominator = bigDenominator();
            value = ownDenominator.equals(BigInteger.ONE)
                    ? new BigDecimal(bigNumerator())
                    : new BigDecimal(bigNumerator()).divide(new BigDecimal(ownDenominator), MathContext.DECIMAL128);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /**
     * The exact decimal when the denominator is {@code 2^a × 5^b} and the digits fit in a long, else null.
     * With {@code k = max(a, b)} the value is {@code numerator × (10^k / denominator)} at scale k; as the
     * fraction is reduced, that unscaled value is not divisible by 10 (an odd numerator when {@code a = k},
     * one not divisible by 5 when {@code b = k}), so it has no trailing zeros, as {@link #toBigDecimal()}
     * promises.
     */
    private @Nullable BigDecimal terminatingDecimal() {
        int twos = Long.numberOfTrailingZeros(denominator);
        long rest = denominator >> twos;
        int fives = 0;
        while (rest % 5 == 0) {
            rest /= 5;
            fives++;
        }
        if (rest != 1) {
            return null;
        }
        int scale = Math.max(twos, fives);
        if (scale >= POWERS_OF_TEN.length) {
            return null;
        }
        long multiplier = POWERS_OF_TEN[scale] / denominator;
        if (!productFits(numerator, multiplier)) {
            return null;
        }
        return BigDecimal.valueOf(numerator * multiplier, scale);
    }

    /** The exact value rounded half-up to {@code scale} decimals. */
    BigDecimal round(int scale) {
        if (isLong()) {
            return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
        }
        return new BigDecimal(bigNumerator()).divide(new BigDecimal(bigDenominator()), scale, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Fraction other) {
        if (isLong() && other.isLong()) {
            return denominator == other.denominator
                    ? Long.compare(numerator, other.numerator)
                    : compareProducts(numerator, other.denominator, other.numerator, denominator);
        }
        return bigNumerator()
                .multiply(other.bigDenominator())
                .compareTo(other.bigNumerator().multiply(bigDenominator()));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Fraction fraction && compareTo(fraction) == 0;
    }

    @Override
    public int hashCode() {
        // one form per value (see the class comment), so the fields of equal values are equal
        return isLong()
                ? 31 * Long.hashCode(numerator) + Long.hashCode(denominator)
                : 31 * bigNumerator().hashCode() + bigDenominator().hashCode();
    }

    @Override
    public String toString() {
        return isLong() ? numerator + "/" + denominator : bigNumerator() + "/" + bigDenominator();
    }
}
