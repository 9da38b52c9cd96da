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
 * Models the three bands into which Arnstein groups the eight rungs of her ladder of citizen participation,
 * numbered from the bottom.
 *
 * <p>Source: Arnstein (1969), figure 2; the guide (point 2) adapts the ladder to patient engagement.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ArnsteinBand implements OrderedElement<ArnsteinBand> {

    /** Rungs 1–2: participation used to manage people rather than to involve them. */
    NONPARTICIPATION(1, "Nonparticipation",
            "Rungs where the aim is to cure or educate participants, not to let them plan or run anything."),
    /** Rungs 3–5: people may hear and be heard, but cannot make sure their views count. */
    TOKENISM(2, "Tokenism",
            "Rungs where people are informed or asked, but power holders keep the decision and need not heed "
                    + "what they hear."),
    /** Rungs 6–8: people share or hold decision-making power. */
    CITIZEN_POWER(3, "Citizen power",
            "Rungs where citizens bargain as partners or hold a majority of the decision-making seats and powers.");

    private final int number;
    private final String displayName;
    private final String description;

    ArnsteinBand(int number, String displayName, String description) {
        this.number = number;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a band from its number, 1 (bottom) to 3 (top).
     *
     * @param number  the number, from 1 to 3
     * @return the band, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 3
     */
    public static ArnsteinBand of(int number) {
        return Lookup.byNumber(values(), ArnsteinBand::number, number, "Arnstein band number");
    }

    /**
     * Obtains a band from its stable id, such as {@code arnstein-band.tokenism}.
     *
     * @param id  the id, not null
     * @return the band, not null
     * @throws org.patientleadership.UnknownElementException if no band has this id
     */
    public static ArnsteinBand of(String id) {
        return Lookup.byKey(values(), ArnsteinBand::id, id, "Arnstein band id");
    }

    /**
     * Obtains the rungs in this band, from the bottom up.
     *
     * @return the rungs, unmodifiable, not null
     */
    public List<ArnsteinRung> rungs() {
        return Arrays.stream(ArnsteinRung.values()).filter(r -> r.band() == this).toList();
    }

    @Override
    public String id() {
        return Ids.of("arnstein-band", this);
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
        return Source.of(SourceDocument.ARNSTEIN_1969, "figure 2");
    }

    @Override
    public Optional<ArnsteinBand> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<ArnsteinBand> previous() {
        return Lookup.previous(values(), this);
    }
}
