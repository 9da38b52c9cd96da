package org.patientleadership.coproduction;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.immutables.value.Value;
import org.patientleadership.CatalogueElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Checks;
import org.patientleadership.internal.Lookup;

/**
 * Models a named, published set of co-production values, principles or practices, so that a user can choose
 * the set their organisation works to. The sets in the catalogue are constants of {@link ValueSets}.
 *
 * <p>{@link #isFromSeeds()} tells whether the set comes from the project's seed documents or from a
 * publication outside them.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id  the stable id, such as {@code value-set.nef-2010}
 * @param displayName  the name of the set, not blank
 * @param description  what the set is and where it comes from, in our own words, not blank
 * @param source  the document the set is taken from, not null
 * @param principles  the principles in the source's order, numbered 1 upwards, at least one, ids unique
 */
@Value.Builder
public record ValueSet(String id, String displayName, String description, Source source,
        List<Principle> principles) implements CatalogueElement {

    /**
     * Creates a value set, checking its fields and that its principles are numbered 1, 2, 3… with unique ids.
     *
     * @param id  the stable id, not null
     * @param displayName  the name, not blank
     * @param description  the description, not blank
     * @param source  the source, not null
     * @param principles  the principles, at least one
     * @throws NullPointerException if an argument or a principle is null
     * @throws IllegalArgumentException if a field is blank or malformed, or the principles are empty,
     *     misnumbered or share an id
     */
    public ValueSet {
        Checks.id(id, "id");
        displayName = Checks.notBlank(displayName, "displayName");
        description = Checks.notBlank(description, "description");
        Checks.notNull(source, "source");
        principles = Checks.noNullItems(principles, "principles");
        if (principles.isEmpty()) {
            throw new IllegalArgumentException("Value set '" + id + "' must have at least one principle");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < principles.size(); i++) {
            Principle p = principles.get(i);
            if (p.number() != i + 1) {
                throw new IllegalArgumentException("Value set '" + id + "': principle '" + p.id()
                        + "' is numbered " + p.number() + " at position " + (i + 1) + "; number them 1, 2, 3…");
            }
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("Value set '" + id + "': duplicate principle id '" + p.id() + "'");
            }
        }
    }

    /**
     * Checks if this set comes from one of the project's seed documents.
     *
     * @return true if from the seeds, false if from a publication outside them
     */
    public boolean isFromSeeds() {
        return source.document().isSeed();
    }

    /**
     * Obtains a principle of this set from its number.
     *
     * @param number  the number, from 1 to the size of the set
     * @return the principle, not null
     * @throws org.patientleadership.UnknownElementException if the number is out of range
     */
    public Principle principle(int number) {
        return Lookup.byNumber(principles.toArray(new Principle[0]), Principle::number, number,
                displayName + " principle number");
    }

    /**
     * Finds a principle of this set from its id.
     *
     * @param id  the id, not null
     * @return the principle, or empty if this set has none with the id
     */
    public Optional<Principle> findPrinciple(String id) {
        return Lookup.find(principles, Principle::id, id);
    }
}
