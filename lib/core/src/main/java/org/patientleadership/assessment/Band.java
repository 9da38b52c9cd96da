package org.patientleadership.assessment;

import org.patientleadership.internal.Checks;

/**
 * Models one band of a {@link BandScheme}: a name for the scores from its lower bound (inclusive) up to the
 * next band's lower bound.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id  the stable id, such as {@code going-strong}
 * @param name  the name shown to people, not blank
 * @param lowerBound  the lowest score in the band, from 0 to 100
 */
public record Band(String id, String name, double lowerBound) {

    /**
     * Creates a band, checking its fields.
     *
     * @param id  the stable id
     * @param name  the name, not blank
     * @param lowerBound  the lowest score in the band, from 0 to 100
     * @throws NullPointerException if a text is null
     * @throws IllegalArgumentException if a field is malformed or the bound is outside 0 to 100
     */
    public Band {
        Checks.id(id, "id");
        name = Checks.notBlank(name, "name");
        if (!(lowerBound >= 0 && lowerBound <= 100)) {
            throw new IllegalArgumentException("Band '" + id + "' lower bound " + lowerBound
                    + " is outside 0 to 100");
        }
    }
}
