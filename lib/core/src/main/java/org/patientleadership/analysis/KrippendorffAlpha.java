package org.patientleadership.analysis;

import java.util.List;
import java.util.OptionalDouble;

import org.patientleadership.internal.Checks;

/**
 * Describes the agreement of any number of raters as Krippendorff's alpha, {@code 1 − D_o / D_e}, from the
 * coincidence matrix of the pairable values (units rated by at least two raters); missing ratings are allowed.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param metric  the difference function
 * @param pairable  {@code n}: the number of pairable values
 * @param value  alpha, or empty when there are fewer than two pairable values or no expected disagreement
 * @param notes  why the value is empty
 */
public record KrippendorffAlpha(Metric metric, int pairable, OptionalDouble value, List<String> notes) {

    /**
     * Creates the figures, copying the notes.
     *
     * @param metric  the metric, not null
     * @param pairable  the pairable values
     * @param value  alpha
     * @param notes  the notes
     * @throws NullPointerException if an argument is null
     */
    public KrippendorffAlpha {
        Checks.notNull(metric, "metric");
        Checks.notNull(value, "value");
        notes = List.copyOf(notes);
    }
}
