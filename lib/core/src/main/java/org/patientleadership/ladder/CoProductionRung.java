package org.patientleadership.ladder;

import java.util.Optional;

import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the seven rungs of the ladder of co-production, from coercion (1, bottom) to co-production
 * (7, top), each in one of three {@link CoProductionGroup groups}.
 *
 * <p><b>Outside the seeds:</b> the Copenhagen slides (seed 003) show a slide titled "Ladder of Co-production"
 * whose rungs are an image, not text. The rung names, order and grouping here are taken from the published
 * ladder of Think Local Act Personal (TLAP), which that slide reproduces; the descriptions are ours.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CoProductionRung implements Rung<CoProductionRung> {

    /** Rung 1. */
    COERCION(1, "Coercion", CoProductionGroup.DOING_TO,
            "People attend, but the service has already decided and may press them to comply."),
    /** Rung 2. */
    EDUCATING(2, "Educating", CoProductionGroup.DOING_TO,
            "People are helped to understand the service as it is designed, with no chance to change it."),
    /** Rung 3. */
    INFORMING(3, "Informing", CoProductionGroup.DOING_FOR,
            "People are told what is happening and what has been decided, and why."),
    /** Rung 4. */
    CONSULTATION(4, "Consultation", CoProductionGroup.DOING_FOR,
            "People are asked for their views, which may or may not make a difference."),
    /** Rung 5. */
    ENGAGEMENT(5, "Engagement", CoProductionGroup.DOING_FOR,
            "People have more chances to give views and can sway some decisions, but the organisation still "
                    + "decides."),
    /** Rung 6. */
    CO_DESIGN(6, "Co-design", CoProductionGroup.DOING_WITH,
            "People help design services from their experience and ideas, though they may not share in "
                    + "delivering them."),
    /** Rung 7. */
    CO_PRODUCTION(7, "Co-production", CoProductionGroup.DOING_WITH,
            "People who use services and the professionals who run them work as equals, sharing power from "
                    + "design through to delivery and review.");

    private final int number;
    private final String displayName;
    private final CoProductionGroup group;
    private final String description;

    CoProductionRung(int number, String displayName, CoProductionGroup group, String description) {
        this.number = number;
        this.displayName = displayName;
        this.group = group;
        this.description = description;
    }

    /**
     * Obtains a rung from its number, 1 (bottom) to 7 (top).
     *
     * @param number  the rung number, from 1 to 7
     * @return the rung, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 7
     */
    public static CoProductionRung of(int number) {
        return Lookup.byNumber(values(), CoProductionRung::number, number, "co-production rung number");
    }

    /**
     * Obtains a rung from its stable id, such as {@code coproduction.co-design}.
     *
     * @param id  the id, not null
     * @return the rung, not null
     * @throws org.patientleadership.UnknownElementException if no rung has this id
     */
    public static CoProductionRung of(String id) {
        return Lookup.byKey(values(), CoProductionRung::id, id, "co-production rung id");
    }

    /**
     * Gets the group this rung belongs to.
     *
     * @return the group, not null
     */
    public CoProductionGroup group() {
        return group;
    }

    @Override
    public String id() {
        return Ids.of("coproduction", this);
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
        return Source.of(SourceDocument.TLAP_LADDER, "rung " + number);
    }

    @Override
    public Optional<CoProductionRung> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<CoProductionRung> previous() {
        return Lookup.previous(values(), this);
    }
}
