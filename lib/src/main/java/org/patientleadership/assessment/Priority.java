package org.patientleadership.assessment;

/**
 * Models how urgent a {@link Recommendation} is, from the gap between a point's rating and the top of the
 * scale: {@link #HIGH} when the gap is at least three quarters of the scale (on the maturity scale: not
 * started or planned), {@link #MEDIUM} when at least half (in progress), {@link #LOW} otherwise
 * (established).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Priority {

    /** The point is barely begun. */
    HIGH,
    /** The point is under way. */
    MEDIUM,
    /** The point is in place but not yet embedded. */
    LOW;

    /**
     * Obtains the priority for a gap.
     *
     * @param gap  the gap to the top of the scale, normalised to 0–1, above 0
     * @return the priority, not null
     */
    static Priority forGap(double gap) {
        return gap >= 0.75 ? HIGH : gap >= 0.5 ? MEDIUM : LOW;
    }
}
