package org.patientleadership.coproduction;

import java.util.Optional;

import org.patientleadership.OrderedElement;
import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the six stages of experience-based co-design (EBCD) in their order, from setting up the project to
 * celebrating what was achieved.
 *
 * <p>Source: seed 004, slide "Experience Based Co-Design" (the stages as numbered there). The guide
 * (point 4) points to the related experience-based design approach of the NHS Institute.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CoDesignStage implements OrderedElement<CoDesignStage> {

    /** Stage 1. */
    SET_UP_AND_PLANNING(1, "Set up and planning",
            "Agree the scope, recruit staff and patients, and plan how their experiences will be gathered."),
    /** Stage 2. */
    STAFF_FOCUS_GROUP(2, "Staff and leadership focus group",
            "Staff and leaders describe their experience of the service and where they see problems."),
    /** Stage 3. */
    PATIENT_FOCUS_GROUP(3, "Patient and/or family focus group",
            "Patients, families or both describe their experience of the service and what mattered to them."),
    /** Stage 4. */
    CO_DESIGN_MEETING(4, "Co-design meeting",
            "Staff and patients meet, compare what they found and agree priorities for change."),
    /** Stage 5. */
    CO_DESIGN_WORKGROUP(5, "Co-design workgroup",
            "Small mixed groups of staff and patients work on the agreed priorities and test changes."),
    /** Stage 6. */
    CELEBRATION_EVENT(6, "Celebration Event",
            "Everyone comes back together to mark and share what was changed.");

    private final int number;
    private final String displayName;
    private final String description;

    CoDesignStage(int number, String displayName, String description) {
        this.number = number;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a stage from its number, 1 to 6.
     *
     * @param number  the number, from 1 to 6
     * @return the stage, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 6
     */
    public static CoDesignStage of(int number) {
        return Lookup.byNumber(values(), CoDesignStage::number, number, "co-design stage number");
    }

    /**
     * Obtains a stage from its stable id, such as {@code ebcd.co-design-meeting}.
     *
     * @param id  the id, not null
     * @return the stage, not null
     * @throws org.patientleadership.UnknownElementException if no stage has this id
     */
    public static CoDesignStage of(String id) {
        return Lookup.byKey(values(), CoDesignStage::id, id, "co-design stage id");
    }

    @Override
    public String id() {
        return Ids.of("ebcd", this);
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
        return Source.of(SourceDocument.COPRODUCTION_SLIDES, "slide 'Experience Based Co-Design', stage " + number);
    }

    @Override
    public Optional<CoDesignStage> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<CoDesignStage> previous() {
        return Lookup.previous(values(), this);
    }
}
