package org.patientleadership.assessment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Models one score (for a section or overall): the value from 0 to 100 when there is enough data, its
 * coverage, its band, and the contributions that produced it.
 *
 * <p>The value is {@code 100 × Σ(weight × normalised rating) / Σ weight} over the rated points, unrounded.
 * Coverage is answered ÷ applicable, where applicable points are all points of the scope less those marked
 * not applicable, and answered points are the rated ones. When coverage is below the minimum of the
 * {@link ScoringOptions}, or no point is rated, the score is "insufficient data": {@link #value()} and
 * {@link #band()} are empty.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value  the score, or empty for insufficient data
 * @param band  the band of the score, or empty for insufficient data
 * @param answered  the number of rated points
 * @param applicable  the number of points not marked not applicable
 * @param total  the number of points in scope
 * @param contributions  what each rated point put in, in point order
 */
public record Score(OptionalDouble value, Optional<Band> band, int answered, int applicable, int total,
        List<Contribution> contributions) {

    /**
     * Creates a score, copying the contributions (the scorer's own lazily made lists are kept as they are:
     * they are already unmodifiable).
     *
     * @param value  the value
     * @param band  the band
     * @param answered  the answered count
     * @param applicable  the applicable count
     * @param total  the total count
     * @param contributions  the contributions
     */
    public Score {
        contributions = contributions instanceof Scoring.Contributions ? contributions : List.copyOf(contributions);
    }

    /**
     * Gets the share of applicable points that are answered.
     *
     * @return answered ÷ applicable, from 0 to 1; 0 when no point is applicable
     */
    public double coverage() {
        return applicable == 0 ? 0 : (double) answered / applicable;
    }

    /**
     * Checks if there was enough data for a value.
     *
     * @return true if {@link #value()} is present
     */
    public boolean isSufficient() {
        return value.isPresent();
    }

    /**
     * Returns the value to one decimal and the band, or "insufficient data", with the coverage.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        String v = value.isPresent()
                ? String.format(java.util.Locale.ROOT, "%.1f (%s)", value.getAsDouble(), band.orElseThrow().name())
                : "insufficient data";
        return v + ", " + answeredText();
    }

    /**
     * Says in words how many points were answered, of how many, and how many were marked not applicable, such
     * as {@code 38 of 39 answered; one point marked not applicable}.
     *
     * @return the text, not null
     */
    public String answeredText() {
        int notApplicable = total - applicable;
        String text = answered + " of " + applicable + " answered";
        if (notApplicable == 1) {
            return text + "; one point marked not applicable";
        }
        return notApplicable == 0 ? text : text + "; " + notApplicable + " points marked not applicable";
    }
}
