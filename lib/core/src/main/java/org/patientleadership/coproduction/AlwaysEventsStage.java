package org.patientleadership.coproduction;

import java.util.Optional;

import org.patientleadership.OrderedElement;
import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the stages of the Always Events® method, in their order: getting ready, finding out what matters,
 * co-designing the Always Event, testing and measuring it, and spreading and sustaining it.
 *
 * <p>An Always Event is something in the experience of care so important to patients and families that it
 * should happen for every person, every time. The method is named in seed 002 (a panel speaker from a mental
 * health trust describes it: finding out what matters, change ideas, testing, measuring, evaluating, with patients
 * and staff as equals throughout) and seed 004 (slide "Creating a culture of co-production – top tips": adopt
 * approaches such as Always Events and experience-based co-design). The stages follow the framework of the
 * Always Events® Toolkit written by the Institute for Healthcare Improvement for NHS England (December 2016);
 * the stage names are this project's short labels and the descriptions are ours (see {@code docs/readings.md}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AlwaysEventsStage implements OrderedElement<AlwaysEventsStage> {

    /** Stage 1. */
    GETTING_READY(1, "Getting ready",
            "Win senior backing and form a team of point-of-care staff together with people who use the "
                    + "service and their families or carers."),
    /** Stage 2. */
    FINDING_OUT_WHAT_MATTERS(2, "Finding out what matters",
            "Ask the people who use the service what matters to them, rather than only what is wrong, and "
                    + "listen before proposing anything."),
    /** Stage 3. */
    CO_DESIGNING(3, "Co-designing the Always Event",
            "Together, pick one thing that should happen for every person every time, and shape the change "
                    + "ideas that would make it so."),
    /** Stage 4. */
    TESTING_AND_MEASURING(4, "Testing and measuring",
            "Try the change ideas in small plan-do-study-act cycles and measure whether the event now happens "
                    + "reliably and how people experience it."),
    /** Stage 5. */
    SPREADING_AND_SUSTAINING(5, "Spreading and sustaining",
            "Build the event into routine work so that it lasts, then take it to other teams and services.");

    private final int number;
    private final String displayName;
    private final String description;

    AlwaysEventsStage(int number, String displayName, String description) {
        this.number = number;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a stage from its number, 1 to 5.
     *
     * @param number  the number, from 1 to 5
     * @return the stage, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 5
     */
    public static AlwaysEventsStage of(int number) {
        return Lookup.byNumber(values(), AlwaysEventsStage::number, number, "Always Events stage number");
    }

    /**
     * Obtains a stage from its stable id, such as {@code always-events.testing-and-measuring}.
     *
     * @param id  the id, not null
     * @return the stage, not null
     * @throws org.patientleadership.UnknownElementException if no stage has this id
     */
    public static AlwaysEventsStage of(String id) {
        return Lookup.byKey(values(), AlwaysEventsStage::id, id, "Always Events stage id");
    }

    @Override
    public String id() {
        return Ids.of("always-events", this);
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
        return Source.of(SourceDocument.ALWAYS_EVENTS_2016, "the Always Events framework, stage " + number
                + " (stage names ours)");
    }

    @Override
    public Optional<AlwaysEventsStage> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<AlwaysEventsStage> previous() {
        return Lookup.previous(values(), this);
    }
}
