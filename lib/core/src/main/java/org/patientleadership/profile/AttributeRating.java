package org.patientleadership.profile;

import java.util.Optional;

import org.patientleadership.internal.Lookup;

/**
 * Models the scale on which a patient leader rates themselves on each of the eight
 * {@link org.patientleadership.roles.LeadershipAttribute leadership attributes}, from 0 (not yet) to 4 (strong).
 *
 * <p>Source: this project. The guide lists the attributes (point 8, repeated in point 34) but gives no scale to
 * rate them on; this five-step scale mirrors the 0–4 range of the guide's connection scale (point 6), so that
 * both halves of a profile read alike.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AttributeRating {

    /** 0. */
    NOT_YET(0, "Not yet", "I have not yet had the chance to use or build this."),
    /** 1. */
    BEGINNING(1, "Beginning", "I have started to use this, with help."),
    /** 2. */
    DEVELOPING(2, "Developing", "I use this at times and am still building it."),
    /** 3. */
    CONFIDENT(3, "Confident", "I use this well in most situations."),
    /** 4. */
    STRONG(4, "Strong", "I use this well even when it is hard, and can help others with it.");

    private final int value;
    private final String displayName;
    private final String description;

    AttributeRating(int value, String displayName, String description) {
        this.value = value;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a rating from its value on the scale.
     *
     * @param value  the value, from 0 to 4
     * @return the rating, not null
     * @throws org.patientleadership.UnknownElementException if the value is outside 0 to 4
     */
    public static AttributeRating of(int value) {
        return Lookup.byNumber(values(), AttributeRating::value, value, "attribute rating");
    }

    /**
     * Gets the value on the scale.
     *
     * @return the value, from 0 to 4
     */
    public int value() {
        return value;
    }

    /**
     * Gets the name of the step, such as "Confident".
     *
     * @return the name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Gets what the step means, in the first person as a respondent would read it.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Obtains the next step up.
     *
     * @return the next rating, or empty for {@link #STRONG}
     */
    public Optional<AttributeRating> next() {
        return Lookup.next(values(), this);
    }

    /**
     * Gets the name and value, such as {@code Confident (3 of 4)}, as reasons print it.
     *
     * @return a short label, not null
     */
    public String label() {
        return displayName + " (" + value + " of 4)";
    }
}
