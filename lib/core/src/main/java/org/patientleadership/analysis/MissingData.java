package org.patientleadership.analysis;

/**
 * Says how an {@link ItemAnalysis} treats missing ratings.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MissingData {

    /**
     * Uses every rating given, as {@code psych::alpha} does by default ({@code use = "pairwise"}): each
     * covariance over the cases that rated both items, each item's mean and sd over the cases that rated it,
     * and each case's total as the mean of the items it rated. The number of cases is all cases.
     */
    PAIRWISE,

    /**
     * Uses only the cases that rated every item (R's {@code na.omit} before {@code psych::alpha}); the number of
     * cases is the number of complete cases.
     */
    COMPLETE_CASES
}
