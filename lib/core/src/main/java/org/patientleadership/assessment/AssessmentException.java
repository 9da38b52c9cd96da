package org.patientleadership.assessment;

import java.util.List;
import java.util.OptionalInt;

/**
 * Thrown when an assessment cannot be built from the input given: an unknown point number, a second answer
 * for the same point, or a rating outside the scale. The message names the point and the allowed values.
 *
 * <p>This exception is thread-safe once thrown.
 */
public class AssessmentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The point concerned, or 0 when the problem is not about one point. */
    private final int point;
    /** The allowed values, in words. */
    private final String[] allowed;

    /**
     * Creates an exception.
     *
     * @param message  what was wrong, not null
     * @param point  the point concerned, or 0 if none
     * @param allowed  the allowed values, in words, not null
     */
    public AssessmentException(String message, int point, List<String> allowed) {
        super(message);
        this.point = point;
        this.allowed = allowed.toArray(new String[0]);
    }

    /**
     * Gets the point the problem concerns.
     *
     * @return the point number, or empty if the problem is not about one point
     */
    public OptionalInt point() {
        return point == 0 ? OptionalInt.empty() : OptionalInt.of(point);
    }

    /**
     * Gets the values that would have been accepted.
     *
     * @return the allowed values, in words, unmodifiable, not null
     */
    public List<String> allowed() {
        return List.of(allowed);
    }
}
