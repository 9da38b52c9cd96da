package org.patientleadership.coproduction;

import java.util.Arrays;
import java.util.List;

import org.patientleadership.CatalogueElement;
import org.patientleadership.Source;
import org.patientleadership.SourceDocument;

/**
 * Names a feedback loop that an organisation runs with the people it listens to, so that an engagement plan
 * can refer to it by id. The catalogue has one: {@link #YOU_SAID_WE_DID}, whose steps are the
 * {@link FeedbackStep}s.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FeedbackLoop implements CatalogueElement {

    /** "You said, we did": listen, promise, report back (seed 004). */
    YOU_SAID_WE_DID;

    @Override
    public String id() {
        return "feedback-loop.you-said-we-did";
    }

    @Override
    public String displayName() {
        return "You said, we did";
    }

    @Override
    public String description() {
        return "A loop that closes engagement: people hear back what was made of their views, first as a "
                + "promise and then as a report of what changed, so that speaking up visibly leads somewhere.";
    }

    @Override
    public Source source() {
        return Source.of(SourceDocument.COPRODUCTION_SLIDES, "slides 'Engagement: You said we will do' and "
                + "'You Said... We will do'");
    }

    /**
     * Gets the steps of the loop in order.
     *
     * @return the steps, unmodifiable, not null
     */
    public List<FeedbackStep> steps() {
        return List.copyOf(Arrays.asList(FeedbackStep.values()));
    }
}
