package org.patientleadership.assessment;

import java.util.List;

/**
 * Thrown when a {@link RecommendationPolicy} or a {@link PlanRequest} cannot be built from the input given: an
 * unknown point in a prerequisite, a cycle of prerequisites, a negative weight, an earlier assessment dated
 * after the later one, or a focus or skipped point that does not exist. The message names the element and
 * what is allowed; nothing is built.
 *
 * <p>This exception is thread-safe once thrown.
 */
public class PlanningException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The element that was wrong, such as {@code prerequisite 33 on 25}. */
    private final String element;
    /** The allowed values, in words. */
    private final String[] allowed;

    /**
     * Creates an exception.
     *
     * @param message  what was wrong, not null
     * @param element  the element that was wrong, not null
     * @param allowed  what would have been accepted, in words, not null
     */
    public PlanningException(String message, String element, List<String> allowed) {
        super(message);
        this.element = element;
        this.allowed = allowed.toArray(new String[0]);
    }

    /**
     * Gets the element the problem is about, such as {@code weight of fell-back} or {@code focus point 41}.
     *
     * @return the element, not null
     */
    public String element() {
        return element;
    }

    /**
     * Gets what would have been accepted.
     *
     * @return the allowed values, in words, unmodifiable, not null
     */
    public List<String> allowed() {
        return List.of(allowed);
    }
}
