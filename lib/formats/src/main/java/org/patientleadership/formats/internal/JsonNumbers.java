package org.patientleadership.formats.internal;

import org.patientleadership.internal.Checks;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The rules for numbers read from JSON, in one place for every JSON-based reader of the library (the tree
 * readers of its own formats and of FHIR, and any streaming reader): a reader hands over the number as its
 * parser gives it ({@code JsonNode.numberValue()} or {@code JsonParser.getNumberValue()}) and a sink for the
 * problem, and gets the value back only when it is allowed. Not part of the API.
 *
 * <p>The rules:
 * <ul>
 *   <li>where a whole number is due, a number written with a fraction or an exponent ({@code 2.0},
 *       {@code 2e0}) is refused, as is any whole number outside the allowed range, however many digits it
 *       has;</li>
 *   <li>where a decimal number is due, a number too large for a {@code double} ({@code 1e999}, which parsers
 *       read as infinite) is refused; a number too small for one ({@code 1e-999}) reads as 0; negative zero
 *       reads as 0; then the value must lie in the allowed range;</li>
 *   <li>NaN and infinities are not JSON and never reach these rules (the parser refuses them);</li>
 *   <li>numbers are never converted with methods that throw ({@code decimalValue()} of an infinite double,
 *       {@code intValueExact()}), so no {@link ArithmeticException} or {@link NumberFormatException} escapes.</li>
 * </ul>
 * Problems are sentences without the location; the reader adds its JSON Pointer.
 */
public final class JsonNumbers {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private JsonNumbers() {
    }

    /**
     * Checks if a number was written as a whole number (no fraction, no exponent).
     *
     * @param value  the number as the parser gave it, not null
     * @return true for {@code Integer}, {@code Long}, {@code Short}, {@code Byte} and {@code BigInteger}
     */
    public static boolean isWritten(Number value) {
        return value instanceof Integer || value instanceof Long || value instanceof BigInteger
                || value instanceof Short || value instanceof Byte;
    }

    /**
     * Reads a whole number within a range.
     *
     * @param value  the number as the parser gave it, not null
     * @param min  the smallest allowed value
     * @param max  the largest allowed value
     * @param problem  receives what was wrong, when something was
     * @return the number, or empty if it was refused (and {@code problem} was called once)
     */
    public static OptionalInt whole(Number value, int min, int max, Consumer<String> problem) {
        Checks.notNull(value, "value");
        if (!isWritten(value)) {
            problem.accept("expected a whole number, found the decimal number " + shown(value));
            return OptionalInt.empty();
        }
        BigInteger exact = value instanceof BigInteger b ? b : BigInteger.valueOf(value.longValue());
        if (exact.compareTo(INT_MIN) < 0 || exact.compareTo(INT_MAX) > 0 || exact.intValue() < min
                || exact.intValue() > max) {
            problem.accept("the number is out of range");
            return OptionalInt.empty();
        }
        return OptionalInt.of(exact.intValue());
    }

    /**
     * Reads a finite number within a range, as a {@code double}.
     *
     * @param value  the number as the parser gave it, not null
     * @param min  the smallest allowed value
     * @param max  the largest allowed value
     * @param problem  receives what was wrong, when something was
     * @return the number, never negative zero, or empty if it was refused (and {@code problem} was called once)
     */
    public static OptionalDouble decimal(Number value, double min, double max, Consumer<String> problem) {
        Checks.notNull(value, "value");
        double d = value.doubleValue();
        if (!Double.isFinite(d)) {
            problem.accept("the number is out of range: it is too large to be read");
            return OptionalDouble.empty();
        }
        if (d < min || d > max) {
            problem.accept("the number is out of range");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(d == 0 ? 0.0 : d);
    }

    /**
     * Checks that a number equals a whole number exactly, as an ordinal value must equal its level.
     *
     * @param value  the number as the parser gave it, not null
     * @param expected  the whole number it must equal
     * @return true if it is finite and equal, whether written {@code 2}, {@code 2.0} or {@code 2e0}
     */
    public static boolean isEqual(Number value, int expected) {
        Checks.notNull(value, "value");
        if (isWritten(value)) {
            return (value instanceof BigInteger b ? b : BigInteger.valueOf(value.longValue()))
                    .equals(BigInteger.valueOf(expected));
        }
        if (value instanceof BigDecimal b) {
            return b.compareTo(BigDecimal.valueOf(expected)) == 0;
        }
        return value.doubleValue() == expected;
    }

    private static String shown(Number value) {
        double d = value.doubleValue();
        return Double.isFinite(d) ? value.toString() : "(too large to show)";
    }
}
