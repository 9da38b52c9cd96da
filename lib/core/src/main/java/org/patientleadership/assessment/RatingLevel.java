package org.patientleadership.assessment;

import org.patientleadership.internal.Checks;

/**
 * Models one level of a {@link RatingScale}: its value, a stable id and a label.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value  the level's value on the scale; higher is further along
 * @param id  the stable id, such as {@code established}
 * @param label  a short label, not blank
 * @param description  what a rating at this level means, not blank
 */
public record RatingLevel(int value, String id, String label, String description) {

    /**
     * Creates a level, checking its fields.
     *
     * @param value  the value
     * @param id  the stable id, lower-case words joined by hyphens
     * @param label  the label, not blank
     * @param description  the description, not blank
     * @throws NullPointerException if a text is null
     * @throws IllegalArgumentException if the id is malformed or a text blank
     */
    public RatingLevel {
        Checks.id(id, "id");
        label = Checks.notBlank(label, "label");
        description = Checks.notBlank(description, "description");
    }

    /**
     * Returns {@code value label}, such as {@code 3 established}.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return value + " " + label;
    }
}
