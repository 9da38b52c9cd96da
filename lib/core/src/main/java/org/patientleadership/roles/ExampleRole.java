package org.patientleadership.roles;

import org.patientleadership.CatalogueElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Checks;

/**
 * Models one example role that the guide lists under a {@link RoleType} in its patient leadership framework,
 * such as "FT Governor" under formal representatives.
 *
 * <p>Source: the guide, point 6 (the self-assessment chart "How well connected are you to Patient
 * Leaders?").
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id  the stable id, such as {@code example-role.ft-governor}
 * @param displayName  the role as the guide names it, not blank
 * @param description  what the role involves, in our own words, not blank
 * @param source  where the guide lists it, not null
 */
public record ExampleRole(String id, String displayName, String description, Source source)
        implements CatalogueElement {

    /**
     * Creates an example role, checking its fields.
     *
     * @param id  the stable id, not null
     * @param displayName  the name, not blank
     * @param description  the description, not blank
     * @param source  the source, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the id is malformed or a text is blank
     */
    public ExampleRole {
        Checks.id(id, "id");
        displayName = Checks.notBlank(displayName, "displayName");
        description = Checks.notBlank(description, "description");
        Checks.notNull(source, "source");
    }
}
