package org.patientleadership.analysis;

import java.util.OptionalDouble;

/**
 * Describes the reliability of a set of items, one row of {@code psych::alpha}'s {@code total} or
 * {@code alpha.drop} table. Each figure keeps psych's name in its description; see {@code docs/statistics.md}
 * for the formulas. A figure is empty where it is undefined (the reason is in the analysis's notes); none is
 * ever NaN.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rawAlpha  {@code raw_alpha}: Cronbach's alpha from the covariances
 * @param stdAlpha  {@code std.alpha}: alpha from the correlations (as if every item were standardised)
 * @param g6  {@code G6(smc)}: Guttman's lambda 6, from the squared multiple correlations
 * @param averageR  {@code average_r}: the mean correlation between two different items
 * @param signalToNoise  {@code S/N}: {@code k × average_r / (1 − average_r)}
 * @param alphaSe  {@code ase} (or {@code alpha se} when an item is dropped): the standard error of raw alpha
 *     (Duhachek and Iacobucci), empty in {@code alpha.drop} when there are no more cases than items, as in psych
 * @param varR  {@code var.r}: the variance of the inter-item correlations
 * @param medianR  {@code med.r} / {@code median_r}: their median
 */
public record Reliability(OptionalDouble rawAlpha, OptionalDouble stdAlpha, OptionalDouble g6,
        OptionalDouble averageR, OptionalDouble signalToNoise, OptionalDouble alphaSe, OptionalDouble varR,
        OptionalDouble medianR) {

    /** Every figure empty. */
    static final Reliability EMPTY = new Reliability(OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty());

    /**
     * Creates the figures, checking none is null.
     *
     * @param rawAlpha  raw alpha
     * @param stdAlpha  standardised alpha
     * @param g6  Guttman's lambda 6
     * @param averageR  the average inter-item correlation
     * @param signalToNoise  signal/noise
     * @param alphaSe  the standard error of alpha
     * @param varR  the variance of the correlations
     * @param medianR  the median correlation
     * @throws NullPointerException if an argument is null
     */
    public Reliability {
        java.util.Objects.requireNonNull(rawAlpha, "rawAlpha");
        java.util.Objects.requireNonNull(stdAlpha, "stdAlpha");
        java.util.Objects.requireNonNull(g6, "g6");
        java.util.Objects.requireNonNull(averageR, "averageR");
        java.util.Objects.requireNonNull(signalToNoise, "signalToNoise");
        java.util.Objects.requireNonNull(alphaSe, "alphaSe");
        java.util.Objects.requireNonNull(varR, "varR");
        java.util.Objects.requireNonNull(medianR, "medianR");
    }
}
