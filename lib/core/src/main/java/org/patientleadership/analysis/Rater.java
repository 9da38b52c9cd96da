package org.patientleadership.analysis;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.internal.Checks;

/**
 * Models one rater of a {@link RatingRound}: a name (or code), the perspective they rate from and their own
 * assessment of the organisation.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name  the rater's name or code, not blank; unique within a round
 * @param perspective  the perspective, not null
 * @param assessment  the rater's assessment, not null
 */
public record Rater(String name, Perspective perspective, Assessment assessment) {

    /**
     * Creates a rater, checking the fields.
     *
     * @param name  the name, not blank
     * @param perspective  the perspective, not null
     * @param assessment  the assessment, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Rater {
        name = Checks.notBlank(name, "name");
        Checks.notNull(perspective, "perspective");
        Checks.notNull(assessment, "assessment");
    }
}
