package org.patientleadership.analysis;

/**
 * Models a confidence interval, from {@code lower} to {@code upper}. Intervals are reported as their formulas
 * give them: an interval for alpha can reach above 1 (psych does not cut it either).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param lower  the lower bound, finite
 * @param upper  the upper bound, finite, not below the lower
 */
public record Interval(double lower, double upper) {

    /**
     * Creates an interval, checking its bounds.
     *
     * @param lower  the lower bound
     * @param upper  the upper bound
     * @throws IllegalArgumentException if a bound is not finite or the upper is below the lower
     */
    public Interval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || upper < lower) {
            throw new IllegalArgumentException("An interval needs finite bounds, lower ≤ upper, not " + lower
                    + " to " + upper);
        }
    }
}
