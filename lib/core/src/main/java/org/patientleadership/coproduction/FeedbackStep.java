package org.patientleadership.coproduction;

import java.util.Optional;

import org.patientleadership.OrderedElement;
import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the three steps of the "you said, we did" feedback loop ({@link FeedbackLoop#YOU_SAID_WE_DID}): what
 * people said, what the organisation will do about it, and what it did.
 *
 * <p>Source: seed 004, the learning disability service's slides "Engagement: You said we will do" and "You
 * Said... We will do", which give the first two steps (a list of what people said and a promise). The third
 * step, reporting back what was done, is the usual completion of the loop and NHS England's second principle
 * (feed back how people's views changed decisions; {@link ValueSets#NHS_ENGLAND_2022}); see
 * {@code docs/readings.md}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FeedbackStep implements OrderedElement<FeedbackStep> {

    /** Step 1. */
    YOU_SAID(1, "You said",
            "Gather what people said and play it back to them in their terms, so they can check they were "
                    + "heard.", Source.of(SourceDocument.COPRODUCTION_SLIDES, "slide 'You Said... We will do'")),
    /** Step 2. */
    WE_WILL_DO(2, "We will do",
            "Say what will be done about each point and by when, including what cannot be done and why.",
            Source.of(SourceDocument.COPRODUCTION_SLIDES, "slide 'Engagement: You said we will do'")),
    /** Step 3. */
    WE_DID(3, "We did",
            "Report back what was actually done and what changed, before the next round of listening begins.",
            Source.of(SourceDocument.NHS_ENGLAND_2022,
                    "the ten principles for working with people and communities, principle 2"));

    private final int number;
    private final String displayName;
    private final String description;
    private final Source source;

    FeedbackStep(int number, String displayName, String description, Source source) {
        this.number = number;
        this.displayName = displayName;
        this.description = description;
        this.source = source;
    }

    /**
     * Obtains a step from its number, 1 to 3.
     *
     * @param number  the number, from 1 to 3
     * @return the step, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 3
     */
    public static FeedbackStep of(int number) {
        return Lookup.byNumber(values(), FeedbackStep::number, number, "feedback step number");
    }

    @Override
    public String id() {
        return Ids.of("you-said-we-did", this);
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
        return source;
    }

    @Override
    public Optional<FeedbackStep> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<FeedbackStep> previous() {
        return Lookup.previous(values(), this);
    }
}
