package org.patientleadership.roles;

import org.patientleadership.CatalogueElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the two functions the guide asks of every representative, who comes from the community ("outside")
 * to influence the system ("inside"): facing outwards as a channel to communities, and facing inwards as a
 * critical friend.
 *
 * <p>Source: the guide, point 13.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RepresentativeFunction implements CatalogueElement {

    /** Facing outwards. */
    COMMUNITY_CHANNEL("Community channel",
            "Faces outwards: trusted by and connected with local communities, and bringing their wider views "
                    + "into the organisation."),
    /** Facing inwards. */
    CRITICAL_FRIEND("Critical friend",
            "Faces inwards: keeps the patient view in front of the organisation and offers strategic advice "
                    + "from outside its institutional habits.");

    private final String displayName;
    private final String description;

    RepresentativeFunction(String displayName, String description) {
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a function from its stable id, such as {@code representative-function.critical-friend}.
     *
     * @param id  the id, not null
     * @return the function, not null
     * @throws org.patientleadership.UnknownElementException if no function has this id
     */
    public static RepresentativeFunction of(String id) {
        return Lookup.byKey(values(), RepresentativeFunction::id, id, "representative function id");
    }

    @Override
    public String id() {
        return Ids.of("representative-function", this);
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Source source() {
        return Source.guide("point 13");
    }
}
