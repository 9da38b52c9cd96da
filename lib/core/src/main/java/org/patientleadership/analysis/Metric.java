package org.patientleadership.analysis;

/**
 * Names the difference functions of Krippendorff's alpha (Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability", 2011), for values {@code c} and {@code k} with {@code n_g} the number of pairable values
 * equal to {@code g}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Metric {

    /** Nominal: 0 when {@code c = k}, else 1. */
    NOMINAL,
    /** Ordinal: {@code (Σ_{g=c..k} n_g − (n_c + n_k)/2)²}; depends on ranks only. */
    ORDINAL,
    /** Interval: {@code (c − k)²}. */
    INTERVAL,
    /** Ratio: {@code ((c − k)/(c + k))²}, 0 when both are 0. */
    RATIO
}
