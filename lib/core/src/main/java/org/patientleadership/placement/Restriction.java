package org.patientleadership.placement;

import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Lists the features of an activity that take power away from patients rather than share it: involvement
 * run for show, and attendance that is required.
 *
 * <p>They tell apart the two lowest rungs of Arnstein's ladder and of the ladder of co-production. In the
 * {@link PlacementRules#standard() standard rules} a restriction blocks only the rows that need no feature, so
 * it matters only when none of the activity's {@link PowerSharing} answers reaches a higher rung (no feature,
 * or co-delivery alone): it then moves the activity from the second rung (therapy, educating) to the first
 * (manipulation, coercion). Once patients are at least informed, restrictions change nothing.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Restriction {

    /** The organisation involves patients mainly to be seen to involve them, or to win their approval. */
    MANAGED_FOR_PR(1, "Managed for PR",
            "The organisation involves patients mainly to be seen to involve them, or to win their approval "
                    + "for what it has already chosen."),
    /** Patients must attend or comply; what happens has been settled beforehand. */
    PATIENTS_REQUIRED_TO_ATTEND(2, "Patients required to attend",
            "Patients must attend or comply, and what happens has been settled beforehand.");

    private final int number;
    private final String displayName;
    private final String description;

    Restriction(int number, String displayName, String description) {
        this.number = number;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a restriction from its stable id, such as {@code restriction.managed-for-pr}.
     *
     * @param id  the id, not null
     * @return the restriction, not null
     * @throws NullPointerException if the id is null
     * @throws org.patientleadership.UnknownElementException if no restriction has this id
     */
    public static Restriction of(String id) {
        return Lookup.byKey(values(), Restriction::id, id, "restriction id");
    }

    /**
     * Gets the stable id, such as {@code restriction.managed-for-pr}.
     *
     * @return the id, not null
     */
    public String id() {
        return Ids.of("restriction", this);
    }

    /**
     * Gets the position of the restriction in the list, from 1.
     *
     * @return the number, 1 or 2
     */
    public int number() {
        return number;
    }

    /**
     * Gets a short name for the restriction.
     *
     * @return the name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Gets what the restriction means, in this project's words.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }
}
