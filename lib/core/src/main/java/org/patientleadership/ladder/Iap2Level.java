package org.patientleadership.ladder;

import java.util.Optional;

import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the five levels of the IAP2 Spectrum of Public Participation, from inform (1) to empower (5), each
 * with its public participation goal ({@link #goal()}) and its promise to the public ({@link #promise()}).
 *
 * <p>Source: IAP2 International Federation, "IAP2 Spectrum of Public Participation" (2018), one column per
 * level, read left to right (outside the seeds). The names are IAP2's; goals, promises and descriptions are
 * paraphrased in this project's words. IAP2 presents the levels as choices that each suit some decisions,
 * not as steps every process should climb; the library orders them, like the other ladders, by how much
 * influence the public has over the decision, which is the order of the chart. See {@code docs/readings.md}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Iap2Level implements Rung<Iap2Level> {

    /** Level 1, the left-hand column. */
    INFORM(1, "Inform",
            "Give the public fair, even-handed information so they can make sense of the issue, the options "
                    + "and the possible answers.",
            "We will keep you up to date."),
    /** Level 2. */
    CONSULT(2, "Consult",
            "Gather the public's comments on the analysis, the options or a decision.",
            "We will keep you up to date, hear and note your concerns and hopes, and tell you how what you "
                    + "said affected the decision."),
    /** Level 3. */
    INVOLVE(3, "Involve",
            "Work with the public all the way through, so that their concerns and hopes are understood and "
                    + "weighed at each stage.",
            "We will make sure your concerns and hopes shape the options we draw up, and tell you how what "
                    + "you said affected the decision."),
    /** Level 4. */
    COLLABORATE(4, "Collaborate",
            "Treat the public as a partner in every part of the decision, from drawing up the options to "
                    + "choosing the one preferred.",
            "We will turn to you for advice and new ideas when looking for solutions, and build what you "
                    + "recommend into the decision as far as we possibly can."),
    /** Level 5, the right-hand column. */
    EMPOWER(5, "Empower",
            "Put the final decision in the public's hands.",
            "We will carry out what you decide.");

    private final int number;
    private final String displayName;
    private final String goal;
    private final String promise;

    Iap2Level(int number, String displayName, String goal, String promise) {
        this.number = number;
        this.displayName = displayName;
        this.goal = goal;
        this.promise = promise;
    }

    /**
     * Obtains a level from its number, 1 (inform) to 5 (empower).
     *
     * @param number  the level number, from 1 to 5
     * @return the level, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 5
     */
    public static Iap2Level of(int number) {
        return Lookup.byNumber(values(), Iap2Level::number, number, "IAP2 level number");
    }

    /**
     * Obtains a level from its stable id, such as {@code iap2.collaborate}.
     *
     * @param id  the id, not null
     * @return the level, not null
     * @throws org.patientleadership.UnknownElementException if no level has this id
     */
    public static Iap2Level of(String id) {
        return Lookup.byKey(values(), Iap2Level::id, id, "IAP2 level id");
    }

    /**
     * Gets the public participation goal of the level, in this project's words.
     *
     * @return the goal, not null
     */
    public String goal() {
        return goal;
    }

    /**
     * Gets the promise the level makes to the public, in this project's words.
     *
     * @return the promise, not null
     */
    public String promise() {
        return promise;
    }

    @Override
    public String id() {
        return Ids.of("iap2", this);
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /**
     * Gets what the level means: its goal and its promise, in this project's words.
     *
     * @return the description, not null
     */
    @Override
    public String description() {
        return "Goal: " + goal + " Promise: " + promise;
    }

    @Override
    public Source source() {
        return Source.of(SourceDocument.IAP2_2018, "column '" + displayName + "' (level " + number
                + " from the left): goal and promise");
    }

    @Override
    public Optional<Iap2Level> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<Iap2Level> previous() {
        return Lookup.previous(values(), this);
    }
}
