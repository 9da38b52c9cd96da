package org.patientleadership.assessment;

import java.util.List;

import org.patientleadership.UnknownElementException;

/**
 * Models the factors that raise a point's priority in a {@link RecommendationPolicy}: each gives a value for a
 * candidate point, which the policy multiplies by the factor's weight; the priority score is the sum of these
 * products ({@link PriorityScore}). The formula and the standard weights are in {@code docs/recommendations.md}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PriorityFactor {

    /** How far the rating is below the top of the scale: {@code 1 - normalised rating}, from above 0 to 1. */
    GAP("gap", "gap to the top rating", "1 minus the normalised rating: 1 for the lowest level, near 0 just below the top."),
    /**
     * How much weaker the point's section scores than the mean of the other sections with enough data:
     * {@code max(0, mean of the others - own) / 100}, from 0 to 1; 0 when the section has too little data.
     */
    SECTION_WEAKNESS("section-weakness", "weaker section", "How far the section scores below the mean of the other sections with enough data, divided by 100; 0 if not below or too little data."),
    /**
     * How many unfinished points rest on this one in the policy's prerequisites: a count, 0 or more. A point is
     * unfinished when it is unanswered or rated below the top, and not skipped.
     */
    PREREQUISITE("prerequisite", "prerequisite of", "The number of unfinished points (unanswered or below the top, not skipped) that rest on this one."),
    /**
     * How far the rating fell since the earlier assessment:
     * {@code normalised earlier rating - normalised rating} when positive, else 0.
     */
    FELL_BACK("fell-back", "fell back", "The normalised earlier rating minus the normalised rating, when the rating fell since the earlier assessment; else 0."),
    /** Whether the rating was given without a note of evidence: 1 if none, else 0. */
    NO_EVIDENCE("no-evidence", "rated without evidence", "1 when the rating has no note of evidence, else 0."),
    /** Whether the organisation chose the point as a focus for the year: 1 if so, else 0. */
    FOCUS("focus", "chosen as a focus", "1 when the organisation chose the point as a focus this year, else 0.");

    private final String id;
    private final String label;
    private final String description;

    PriorityFactor(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
    }

    /**
     * Gets how the factor's value is worked out, in words.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Obtains a factor from its stable id, such as {@code fell-back}.
     *
     * @param id  the id, not null
     * @return the factor, not null
     * @throws UnknownElementException if no factor has this id
     */
    public static PriorityFactor of(String id) {
        for (PriorityFactor f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new UnknownElementException("priority factor id", String.valueOf(id),
                List.of(values()).stream().map(PriorityFactor::id).toList());
    }

    /**
     * Gets the stable id, lower-case words joined by hyphens.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Gets the short label used when a score is explained, such as {@code weaker section}.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }
}
