package org.patientleadership;

/**
 * An element of the catalogue: a rung, stage, role, attribute, checklist point, principle or any other named
 * part of the frameworks this library models.
 *
 * <p>Every element has an id that stays the same across releases (lower case, words joined by {@code -},
 * with a family prefix and a dot, such as {@code arnstein.citizen-control}), a display name, a description in
 * this project's own words, and the {@link Source} it comes from. Ids are unique across the whole
 * {@link org.patientleadership.catalogue.Catalogue}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface CatalogueElement {

    /**
     * Gets the stable id of the element.
     *
     * @return the id, not null
     */
    String id();

    /**
     * Gets the name of the element as the source gives it (or a short name of ours where the source has
     * none, as documented on the type).
     *
     * @return the display name, not null
     */
    String displayName();

    /**
     * Gets a description of the element in this project's own words.
     *
     * @return the description, not null
     */
    String description();

    /**
     * Gets where the element comes from.
     *
     * @return the source, not null
     */
    Source source();
}
