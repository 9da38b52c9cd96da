package org.patientleadership.assessment;

import java.util.List;

import org.patientleadership.internal.Checks;

/**
 * Describes what one {@link PriorityFactor} put into a {@link PriorityScore}: the factor's value for the point,
 * the policy's weight, and the product of the two, with a few words saying where the value comes from (for
 * example {@code from 3 to 1}, or {@code 27, 33}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param factor  the factor, not null
 * @param value  the factor's value for the point, finite, 0 or more
 * @param weight  the policy's weight for the factor, finite, 0 or more
 * @param detail  where the value comes from, in words, or empty
 */
public record FactorContribution(PriorityFactor factor, double value, double weight, String detail) {

    /**
     * Creates a contribution, checking its fields.
     *
     * @param factor  the factor, not null
     * @param value  the value, finite, 0 or more
     * @param weight  the weight, finite, 0 or more
     * @param detail  the detail, not null, possibly empty
     * @throws NullPointerException if the factor or detail is null
     * @throws PlanningException if the value or weight is negative or not finite
     */
    public FactorContribution {
        Checks.notNull(factor, "factor");
        // The element names are built only for a message: this runs for every candidate of every plan.
        if (!valid(value)) {
            nonNegative(value, "value of " + factor.id());
        }
        if (!valid(weight)) {
            nonNegative(weight, "weight of " + factor.id());
        }
        detail = Checks.notNull(detail, "detail");
        if (!detail.isEmpty()) {
            detail = detail.strip();
        }
    }

    private static boolean valid(double number) {
        return number >= 0 && !Double.isInfinite(number);
    }

    static double nonNegative(double number, String element) {
        if (!valid(number)) {
            throw new PlanningException("Invalid " + element + ": " + number + "; allowed: a finite number, 0 or "
                    + "more", element, List.of("a finite number, 0 or more"));
        }
        return number;
    }

    /**
     * Gets what the factor put into the score: {@code value × weight}.
     *
     * @return the product, 0 or more
     */
    public double contribution() {
        return value * weight;
    }

    /**
     * Returns the factor in words with its value and weight, such as {@code fell back from 3 to 1: 0.5 × 1}.
     * Numbers are rounded to two decimals for reading; the score adds the unrounded products.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return appendTo(new StringBuilder(48)).toString();
    }

    StringBuilder appendTo(StringBuilder b) {
        b.append(factor.label());
        if (!detail.isEmpty()) {
            b.append(' ').append(detail);
        }
        return b.append(": ").append(number(value)).append(" × ").append(number(weight));
    }

    /** Formats a number rounded to two decimals without trailing zeros (0.5, 1, 0.75): fast, no locale. */
    static String number(double x) {
        long hundredths = Math.round(x * 100);
        String sign = hundredths < 0 ? "-" : "";
        hundredths = Math.abs(hundredths);
        long whole = hundredths / 100;
        int fraction = (int) (hundredths % 100);
        if (fraction == 0) {
            return sign + whole;
        }
        return sign + whole + (fraction % 10 == 0 ? "." + fraction / 10 : fraction < 10 ? ".0" + fraction
                : "." + fraction);
    }
}
