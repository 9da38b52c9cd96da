package org.patientleadership.research;

import java.util.Optional;

import org.patientleadership.OrderedElement;
import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the five items of the GRIPP2 short form (GRIPP2-SF), the checklist for reporting patient and public
 * involvement (PPI) in studies where it is not the main focus: aim, methods, study results, discussion and
 * conclusions, and reflections.
 *
 * <p>Source: Staniszewska et al., "GRIPP2 reporting checklists" (BMJ and Research Involvement and Engagement,
 * 2017), table 2, the short form; section names as given there, descriptions in this project's words. The long
 * form (34 items) is not modelled.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Gripp2Item implements OrderedElement<Gripp2Item> {

    /** Item 1. */
    AIM(1, "Aim", "State what involving patients and the public in the study was meant to achieve."),
    /** Item 2. */
    METHODS(2, "Methods", "Explain how patients and the public were involved: who took part, at which stages "
            + "and in what ways."),
    /** Item 3. */
    STUDY_RESULTS(3, "Study results", "Set out what came of the involvement, the good and the bad alike."),
    /** Item 4. */
    DISCUSSION_AND_CONCLUSIONS(4, "Discussion and conclusions", "Say how far the involvement changed the study "
            + "as a whole, for better and for worse."),
    /** Item 5. */
    REFLECTIONS(5, "Reflections/critical perspective", "Look back critically on what worked and what did not, "
            + "so that other teams can learn from it.");

    private final int number;
    private final String displayName;
    private final String description;

    Gripp2Item(int number, String displayName, String description) {
        this.number = number;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains an item from its number, 1 to 5.
     *
     * @param number  the number, from 1 to 5
     * @return the item, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 5
     */
    public static Gripp2Item of(int number) {
        return Lookup.byNumber(values(), Gripp2Item::number, number, "GRIPP2 short-form item number");
    }

    /**
     * Obtains an item from its stable id, such as {@code gripp2-sf.methods}.
     *
     * @param id  the id, not null
     * @return the item, not null
     * @throws org.patientleadership.UnknownElementException if no item has this id
     */
    public static Gripp2Item of(String id) {
        return Lookup.byKey(values(), Gripp2Item::id, id, "GRIPP2 short-form item id");
    }

    @Override
    public String id() {
        return Ids.of("gripp2-sf", this);
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
        return Source.of(SourceDocument.GRIPP2_2017, "table 2 (GRIPP2 short form), item " + number);
    }

    @Override
    public Optional<Gripp2Item> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<Gripp2Item> previous() {
        return Lookup.previous(values(), this);
    }
}
