package org.patientleadership.ladder;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.patientleadership.OrderedElement;
import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the three groups of the ladder of co-production: doing to, doing for and doing with people.
 *
 * <p>Source: Think Local Act Personal, "Ladder of co-production" (outside the seeds). The seeds use the same
 * language: a speaker in the panel transcript (seed 002) urges a shift towards doing things with people.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CoProductionGroup implements OrderedElement<CoProductionGroup> {

    /** Rungs 1–2. */
    DOING_TO(1, "Doing to", "The organisation acts on people, who have no say."),
    /** Rungs 3–5. */
    DOING_FOR(2, "Doing for",
            "The organisation acts on people's behalf, telling or asking them, but keeps the decisions."),
    /** Rungs 6–7. */
    DOING_WITH(3, "Doing with", "People and the organisation work as partners and share power.");

    private final int number;
    private final String displayName;
    private final String description;

    CoProductionGroup(int number, String displayName, String description) {
        this.number = number;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a group from its number, 1 (doing to) to 3 (doing with).
     *
     * @param number  the number, from 1 to 3
     * @return the group, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 3
     */
    public static CoProductionGroup of(int number) {
        return Lookup.byNumber(values(), CoProductionGroup::number, number, "co-production group number");
    }

    /**
     * Obtains a group from its stable id, such as {@code coproduction-group.doing-with}.
     *
     * @param id  the id, not null
     * @return the group, not null
     * @throws org.patientleadership.UnknownElementException if no group has this id
     */
    public static CoProductionGroup of(String id) {
        return Lookup.byKey(values(), CoProductionGroup::id, id, "co-production group id");
    }

    /**
     * Obtains the rungs in this group, from the bottom up.
     *
     * @return the rungs, unmodifiable, not null
     */
    public List<CoProductionRung> rungs() {
        return Arrays.stream(CoProductionRung.values()).filter(r -> r.group() == this).toList();
    }

    @Override
    public String id() {
        return Ids.of("coproduction-group", this);
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
        return Source.of(SourceDocument.TLAP_LADDER, "groups of the ladder");
    }

    @Override
    public Optional<CoProductionGroup> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<CoProductionGroup> previous() {
        return Lookup.previous(values(), this);
    }
}
