package org.patientleadership.analysis;

import java.util.List;
import java.util.OptionalDouble;

import org.patientleadership.internal.Checks;

/**
 * Describes the agreement of two raters on an ordinal scale as Cohen's kappa, unweighted and weighted, as R's
 * {@code psych::cohen.kappa} with {@code levels} set to the scale's levels. Weights are agreement weights over
 * the levels' positions {@code i} and {@code j} among {@code L} levels: linear {@code 1 − |i − j| / (L − 1)},
 * quadratic {@code 1 − (i − j)² / (L − 1)²} (psych's default). Only units both raters rated count.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param units  how many units both raters rated
 * @param unweighted  Cohen's kappa, or empty when chance agreement is 1 (both gave one level throughout)
 * @param linear  weighted kappa with linear weights, or empty likewise
 * @param quadratic  weighted kappa with quadratic weights, or empty likewise
 * @param notes  why a figure is empty
 */
public record Kappa(int units, OptionalDouble unweighted, OptionalDouble linear, OptionalDouble quadratic,
        List<String> notes) {

    /**
     * Creates the figures, copying the notes.
     *
     * @param units  the units
     * @param unweighted  kappa
     * @param linear  linear weighted kappa
     * @param quadratic  quadratic weighted kappa
     * @param notes  the notes
     * @throws NullPointerException if an argument is null
     */
    public Kappa {
        Checks.notNull(unweighted, "unweighted");
        Checks.notNull(linear, "linear");
        Checks.notNull(quadratic, "quadratic");
        notes = List.copyOf(notes);
    }
}
