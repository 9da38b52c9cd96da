package org.patientleadership.placement;

import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Lists the yes/no features of an engagement activity that share power with patients, ordered roughly from
 * the least power shared to the most. An {@link Activity} holds the features it has; each feature present is
 * a "yes" answer.
 *
 * <p>The features are this project's questions, chosen so that each rung of the ladders in
 * {@link org.patientleadership.ladder.Ladder} can be told apart; {@code docs/placement.md} explains which
 * features lead to which rung. The order is for reading only: placement never depends on it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PowerSharing {

    /** Patients are told about the plans, options or decisions that affect them. */
    PATIENTS_INFORMED(1, "Patients informed",
            "Patients are told about the plans, options or decisions that affect them."),
    /** Patients' views or experiences are sought, for example by a survey, a focus group or comments. */
    PATIENTS_ASKED(2, "Patients asked",
            "Patients' views or experiences are sought, for example by a survey, a focus group or comments."),
    /** Something demonstrably changes because of what patients said, and they are told what. */
    INPUT_ACTED_ON(3, "Input acted on",
            "Something demonstrably changes because of what patients said, and they are told what changed."),
    /** Patients take part where the decisions are made and can sway them, but others have the final say. */
    PATIENTS_INFLUENCE_DECISIONS(4, "Patients influence decisions",
            "Patients take part where the decisions are made and can sway them, but others have the final say."),
    /** Patients help design the service or the work from their own experience and ideas. */
    CO_DESIGNED(5, "Co-designed",
            "Patients help design the service or the work from their own experience and ideas."),
    /** Patients and staff make the decisions together, under rules neither side can change alone. */
    DECISIONS_SHARED(6, "Decisions shared",
            "Patients and staff make the decisions together, under rules neither side can change alone."),
    /** Patients share in delivering and reviewing the work as equals of the staff. */
    CO_DELIVERED(7, "Co-delivered",
            "Patients share in delivering and reviewing the work as equals of the staff."),
    /** Patients hold a budget or formal authority over the work, or a part of it, and decide how it is used. */
    PATIENTS_HOLD_BUDGET(8, "Patients hold budget",
            "Patients hold a budget or formal authority over the work, or a part of it, and decide how it is "
                    + "used."),
    /** Patients run the activity: they set its direction and manage it. */
    PATIENTS_CONTROL(9, "Patients in control",
            "Patients run the activity: they set its direction and manage it, and others join on their terms.");

    private final int number;
    private final String displayName;
    private final String description;

    PowerSharing(int number, String displayName, String description) {
        this.number = number;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a feature from its stable id, such as {@code power-sharing.decisions-shared}.
     *
     * @param id  the id, not null
     * @return the feature, not null
     * @throws NullPointerException if the id is null
     * @throws org.patientleadership.UnknownElementException if no feature has this id
     */
    public static PowerSharing of(String id) {
        return Lookup.byKey(values(), PowerSharing::id, id, "power-sharing feature id");
    }

    /**
     * Gets the stable id, such as {@code power-sharing.patients-asked}.
     *
     * @return the id, not null
     */
    public String id() {
        return Ids.of("power-sharing", this);
    }

    /**
     * Gets the position in the order from least to most power shared, from 1.
     *
     * @return the number, from 1 to 9
     */
    public int number() {
        return number;
    }

    /**
     * Gets a short name for the feature.
     *
     * @return the name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Gets what a "yes" to this feature means, in this project's words.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }
}
