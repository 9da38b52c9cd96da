package org.patientleadership.coproduction;

import org.immutables.value.Value;
import org.patientleadership.CatalogueElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Checks;

/**
 * Models one principle, value or practice in a {@link ValueSet}, numbered in the order its source gives.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id  the stable id, such as {@code nef-2010.blur-roles}
 * @param number  the position in its set, from 1
 * @param displayName  the name as the source gives it (or a short name of ours where the source has a
 *     sentence, as noted on the set), not blank
 * @param description  what it means, in our own words, not blank
 * @param source  where it is given, not null
 */
@Value.Builder
public record Principle(String id, int number, String displayName, String description, Source source)
        implements CatalogueElement {

    /**
     * Creates a principle, checking its fields.
     *
     * @param id  the stable id, not null
     * @param number  the position, at least 1
     * @param displayName  the name, not blank
     * @param description  the description, not blank
     * @param source  the source, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the id is malformed, the number below 1 or a text blank
     */
    public Principle {
        Checks.id(id, "id");
        Checks.inRange(number, 1, Integer.MAX_VALUE, "principle number");
        displayName = Checks.notBlank(displayName, "displayName");
        description = Checks.notBlank(description, "description");
        Checks.notNull(source, "source");
    }
}
