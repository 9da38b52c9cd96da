package org.patientleadership.ladder;

import java.util.Optional;

import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the six steps of the ladder of participation shown in the Copenhagen workshop slides, from patients
 * as passive consumers (step 1) to patients in control of decisions at the highest level (step 6).
 *
 * <p>The slide gives each step as a sentence, not a name; the display names here are this project's short
 * labels for those sentences, and the descriptions paraphrase them.
 *
 * <p>Source: seed 003, slide "Where on the ladder of participation are you currently?" (listed top down
 * on the slide; numbered here bottom up, like the other ladders).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ParticipationStep implements Rung<ParticipationStep> {

    /** Step 1, the bottom. */
    PASSIVE_CONSUMERS(1, "Passive consumers",
            "Patients receive what is provided and take no part in decisions."),
    /** Step 2. */
    TOLD(2, "Told",
            "Patients are kept up to date about what is going on but cannot change it."),
    /** Step 3. */
    ASKED(3, "Asked",
            "Patients' opinions are sought, yet carry little weight in what happens."),
    /** Step 4. */
    INFLUENCING(4, "Influencing",
            "Patients put forward ideas that can change what is decided."),
    /** Step 5. */
    SHARING(5, "Sharing decisions",
            "Patients and staff decide together and carry responsibility jointly, so patients help settle "
                    + "the result."),
    /** Step 6, the top. */
    CONTROLLING(6, "In control",
            "Patients lead the decisions, including at the most senior level.");

    private final int number;
    private final String displayName;
    private final String description;

    ParticipationStep(int number, String displayName, String description) {
        this.number = number;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a step from its number, 1 (bottom) to 6 (top).
     *
     * @param number  the step number, from 1 to 6
     * @return the step, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 6
     */
    public static ParticipationStep of(int number) {
        return Lookup.byNumber(values(), ParticipationStep::number, number, "participation step number");
    }

    /**
     * Obtains a step from its stable id, such as {@code participation.asked}.
     *
     * @param id  the id, not null
     * @return the step, not null
     * @throws org.patientleadership.UnknownElementException if no step has this id
     */
    public static ParticipationStep of(String id) {
        return Lookup.byKey(values(), ParticipationStep::id, id, "participation step id");
    }

    @Override
    public String id() {
        return Ids.of("participation", this);
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
        return Source.of(SourceDocument.COPENHAGEN_SLIDES,
                "slide 'Where on the ladder of participation are you currently?', step " + number
                        + " from the bottom");
    }

    @Override
    public Optional<ParticipationStep> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<ParticipationStep> previous() {
        return Lookup.previous(values(), this);
    }
}
