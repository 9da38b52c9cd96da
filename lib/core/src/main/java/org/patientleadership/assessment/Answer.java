package org.patientleadership.assessment;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.internal.Checks;

/**
 * Models the answer given for one point of the checklist: a rating on the assessment's scale, or "not
 * applicable", with an optional note of evidence. A point with no answer is unanswered; unanswered, not
 * applicable and the lowest rating are three different things.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param point  the point number, from 1 to 40
 * @param rating  the rating, or empty for "not applicable"
 * @param evidence  a note of the evidence or reason, or empty
 */
public record Answer(int point, OptionalInt rating, Optional<String> evidence) {

    /**
     * Creates an answer, checking its fields.
     *
     * @param point  the point number, from 1 to 40
     * @param rating  the rating, or empty for "not applicable"; not null
     * @param evidence  the evidence note, or empty; not null, and not blank when present
     * @throws NullPointerException if an argument is null
     * @throws AssessmentException if the point number is outside 1 to 40
     * @throws IllegalArgumentException if the evidence is blank
     */
    public Answer {
        if (point < 1 || point > ChecklistPoint.COUNT) {
            throw new AssessmentException("Unknown point number " + point + "; allowed: 1 to "
                    + ChecklistPoint.COUNT, 0, java.util.List.of("1 to " + ChecklistPoint.COUNT));
        }
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(evidence, "evidence");
        evidence = evidence.map(e -> Checks.notBlank(e, "evidence"));
    }

    /**
     * Obtains an answer rating a point.
     *
     * @param point  the point number, from 1 to 40
     * @param rating  the rating on the assessment's scale
     * @return the answer, not null
     * @throws AssessmentException if the point number is outside 1 to 40
     */
    public static Answer rated(int point, int rating) {
        return new Answer(point, OptionalInt.of(rating), Optional.empty());
    }

    /**
     * Obtains an answer marking a point as not applicable.
     *
     * @param point  the point number, from 1 to 40
     * @return the answer, not null
     * @throws AssessmentException if the point number is outside 1 to 40
     */
    public static Answer notApplicable(int point) {
        return new Answer(point, OptionalInt.empty(), Optional.empty());
    }

    /**
     * Returns a copy of this answer with a note of evidence.
     *
     * @param note  the evidence, not blank
     * @return the copy, not null
     * @throws NullPointerException if the note is null
     * @throws IllegalArgumentException if the note is blank
     */
    public Answer withEvidence(String note) {
        return new Answer(point, rating, Optional.of(Checks.notBlank(note, "evidence")));
    }

    /**
     * Checks if this answer marks the point as not applicable.
     *
     * @return true if not applicable, false if rated
     */
    public boolean isNotApplicable() {
        return rating.isEmpty();
    }
}
