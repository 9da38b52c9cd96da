package org.patientleadership.ladder;

import java.util.Optional;

import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the eight rungs of Arnstein's ladder of citizen participation, numbered from 1 (bottom,
 * manipulation) to 8 (top, citizen control), each in one of three {@link ArnsteinBand bands}.
 *
 * <p>Source: Arnstein (1969), figure 2 and the section on each rung. The guide (point 2) places patient
 * leadership on a grid adapted from this ladder (see {@link GridCell}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ArnsteinRung implements Rung<ArnsteinRung> {

    /** Rung 1. */
    MANIPULATION(1, "Manipulation", ArnsteinBand.NONPARTICIPATION,
            "People are placed on advisory bodies so that power holders can win their support, using the "
                    + "appearance of participation as public relations."),
    /** Rung 2. */
    THERAPY(2, "Therapy", ArnsteinBand.NONPARTICIPATION,
            "Participants are treated as the thing that needs fixing: activity is aimed at changing them rather "
                    + "than the conditions or services they face."),
    /** Rung 3. */
    INFORMING(3, "Informing", ArnsteinBand.TOKENISM,
            "People are told about their rights, options and plans, mostly in one direction and often too late "
                    + "for them to change anything."),
    /** Rung 4. */
    CONSULTATION(4, "Consultation", ArnsteinBand.TOKENISM,
            "Opinions are gathered through surveys, meetings or hearings, with no guarantee that they will "
                    + "shape what is decided."),
    /** Rung 5. */
    PLACATION(5, "Placation", ArnsteinBand.TOKENISM,
            "A few chosen people are given seats or advisory roles, while power holders keep the right to "
                    + "judge whether to act on their advice."),
    /** Rung 6. */
    PARTNERSHIP(6, "Partnership", ArnsteinBand.CITIZEN_POWER,
            "Power is shared through negotiation: planning and decisions are made in joint structures with "
                    + "agreed ground rules that cannot be changed one-sidedly."),
    /** Rung 7. */
    DELEGATED_POWER(7, "Delegated power", ArnsteinBand.CITIZEN_POWER,
            "Citizens hold most of the seats or formal authority over a plan or programme, and can make sure "
                    + "it answers to them."),
    /** Rung 8. */
    CITIZEN_CONTROL(8, "Citizen control", ArnsteinBand.CITIZEN_POWER,
            "Citizens run a programme or institution themselves, in charge of its policy and management and "
                    + "of negotiating the terms on which others may change it.");

    private final int number;
    private final String displayName;
    private final ArnsteinBand band;
    private final String description;

    ArnsteinRung(int number, String displayName, ArnsteinBand band, String description) {
        this.number = number;
        this.displayName = displayName;
        this.band = band;
        this.description = description;
    }

    /**
     * Obtains a rung from its number, 1 (bottom) to 8 (top).
     *
     * @param number  the rung number, from 1 to 8
     * @return the rung, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 8
     */
    public static ArnsteinRung of(int number) {
        return Lookup.byNumber(values(), ArnsteinRung::number, number, "Arnstein rung number");
    }

    /**
     * Obtains a rung from its stable id, such as {@code arnstein.partnership}.
     *
     * @param id  the id, not null
     * @return the rung, not null
     * @throws org.patientleadership.UnknownElementException if no rung has this id
     */
    public static ArnsteinRung of(String id) {
        return Lookup.byKey(values(), ArnsteinRung::id, id, "Arnstein rung id");
    }

    /**
     * Gets the band this rung belongs to.
     *
     * @return the band, not null
     */
    public ArnsteinBand band() {
        return band;
    }

    @Override
    public String id() {
        return Ids.of("arnstein", this);
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
        return Source.of(SourceDocument.ARNSTEIN_1969, "figure 2; section '" + displayName + "'");
    }

    @Override
    public Optional<ArnsteinRung> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<ArnsteinRung> previous() {
        return Lookup.previous(values(), this);
    }
}
