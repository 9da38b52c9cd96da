package org.patientleadership.ladder;

import java.util.Optional;

import org.patientleadership.OrderedElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the two levels of patient and public engagement, the rows of the guide's grid adapted from
 * Arnstein's ladder: decisions about a person's own care, and decisions about services for everyone.
 *
 * <p>Source: the guide, point 2 (table "Level of patient and public engagement").
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EngagementLevel implements OrderedElement<EngagementLevel> {

    /** Row 1: a say in decisions about one's own care. */
    INDIVIDUAL(1, "Individual level",
            "A person taking part in choices about their own care and treatment."),
    /** Row 2: a say in decisions about services. */
    COLLECTIVE(2, "Collective level",
            "Patients and the public taking part in how services are planned, designed and delivered for all.");

    private final int number;
    private final String displayName;
    private final String description;

    EngagementLevel(int number, String displayName, String description) {
        this.number = number;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a level from its number, 1 (individual) or 2 (collective).
     *
     * @param number  the number, 1 or 2
     * @return the level, not null
     * @throws org.patientleadership.UnknownElementException if the number is not 1 or 2
     */
    public static EngagementLevel of(int number) {
        return Lookup.byNumber(values(), EngagementLevel::number, number, "engagement level number");
    }

    /**
     * Obtains a level from its stable id, such as {@code engagement-level.collective}.
     *
     * @param id  the id, not null
     * @return the level, not null
     * @throws org.patientleadership.UnknownElementException if no level has this id
     */
    public static EngagementLevel of(String id) {
        return Lookup.byKey(values(), EngagementLevel::id, id, "engagement level id");
    }

    @Override
    public String id() {
        return Ids.of("engagement-level", this);
    }

    @Override
    public int number() {
        return number;
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
        return Source.guide("point 2, engagement grid rows");
    }

    @Override
    public Optional<EngagementLevel> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<EngagementLevel> previous() {
        return Lookup.previous(values(), this);
    }
}
