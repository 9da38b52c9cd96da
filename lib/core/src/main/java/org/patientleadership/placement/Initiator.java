package org.patientleadership.placement;

import java.util.Objects;

import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Lists who started an engagement activity, ordered from the organisation alone (1) to patients (3).
 *
 * <p>A {@link Rule} may ask for a minimum initiator: the activity matches if it was started by that party or
 * one higher in this order. In the {@link PlacementRules#standard() standard rules} only the top rung of the
 * ladder of co-production asks for one, because co-production is shared from the start.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Initiator {

    /** The organisation or its staff started the activity. */
    ORGANISATION(1, "Organisation", "The organisation or its staff started the activity."),
    /** Patients and the organisation started the activity together. */
    JOINT(2, "Joint", "Patients and the organisation started the activity together."),
    /** Patients started the activity. */
    PATIENTS(3, "Patients", "Patients started the activity.");

    private final int number;
    private final String displayName;
    private final String description;

    Initiator(int number, String displayName, String description) {
        this.number = number;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains an initiator from its number, 1 (organisation) to 3 (patients).
     *
     * @param number  the number, from 1 to 3
     * @return the initiator, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 3
     */
    public static Initiator of(int number) {
        return Lookup.byNumber(values(), Initiator::number, number, "initiator number");
    }

    /**
     * Obtains an initiator from its stable id, such as {@code initiator.joint}.
     *
     * @param id  the id, not null
     * @return the initiator, not null
     * @throws NullPointerException if the id is null
     * @throws org.patientleadership.UnknownElementException if no initiator has this id
     */
    public static Initiator of(String id) {
        return Lookup.byKey(values(), Initiator::id, id, "initiator id");
    }

    /**
     * Gets the stable id, such as {@code initiator.patients}.
     *
     * @return the id, not null
     */
    public String id() {
        return Ids.of("initiator", this);
    }

    /**
     * Gets the position from the organisation alone (1) to patients (3).
     *
     * @return the number, from 1 to 3
     */
    public int number() {
        return number;
    }

    /**
     * Gets a short name for the initiator.
     *
     * @return the name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Gets who started the activity, in this project's words.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Checks if this initiator is the same as another or comes higher in the order (more patient-led).
     *
     * @param other  the initiator to compare to, not null
     * @return true if this initiator's number is at least the other's
     * @throws NullPointerException if the other initiator is null
     */
    public boolean isAtLeast(Initiator other) {
        return number >= Objects.requireNonNull(other, "other").number;
    }
}
