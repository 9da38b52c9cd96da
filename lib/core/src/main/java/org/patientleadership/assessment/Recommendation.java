package org.patientleadership.assessment;

import org.patientleadership.checklist.ChecklistPoint;

/**
 * Models one recommended next step: the guide point it comes from (number, title and actions), its rank and
 * priority, and why it was chosen.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rank  the position in the list, from 1
 * @param point  the guide point the step comes from
 * @param priority  how urgent it is
 * @param rating  the point's current rating
 * @param sectionScore  the score of the point's section, as text (a value and band, or insufficient data)
 * @param reason  why it was chosen, in words naming the scores that triggered it
 */
public record Recommendation(int rank, ChecklistPoint point, Priority priority, int rating, String sectionScore,
        String reason) {

    /**
     * Returns {@code rank. [priority] point N title}.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return rank + ". [" + priority + "] " + point;
    }
}
