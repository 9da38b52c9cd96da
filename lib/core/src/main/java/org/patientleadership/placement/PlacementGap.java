package org.patientleadership.placement;

import org.patientleadership.internal.Checks;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.ParticipationStep;

/**
 * Compares where a group places its own work on the Copenhagen ladder of participation ({@link SelfPlacement},
 * seed 003's workshop poll) with where the library places the same activity from its answers, and says the gap
 * in plain words.
 *
 * <p>{@link #gap()} is the group's step minus the computed step: positive when the group sees itself higher
 * than its answers show, negative when lower, zero when they agree.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param self  the group's own placement, not null
 * @param computed  the placements computed from the activity's answers, not null
 */
public record PlacementGap(SelfPlacement self, Placements computed) {

    /**
     * Creates a comparison, checking its fields.
     *
     * @param self  the group's placement, not null
     * @param computed  the computed placements, not null
     * @throws NullPointerException if an argument is null
     */
    public PlacementGap {
        Checks.notNull(self, "self");
        Checks.notNull(computed, "computed");
    }

    /**
     * Compares a group's self-placement with the placement of an activity by the standard rules.
     *
     * @param self  the group's placement, not null
     * @param activity  the activity the group placed, not null
     * @return the comparison, not null
     * @throws NullPointerException if an argument is null
     */
    public static PlacementGap between(SelfPlacement self, Activity activity) {
        return new PlacementGap(self, Placer.place(Checks.notNull(activity, "activity")));
    }

    /**
     * Gets the step the activity's answers reach.
     *
     * @return the computed step, not null
     */
    public ParticipationStep computedStep() {
        return computed.participation().rung();
    }

    /**
     * Gets the gap in steps: the group's step minus the computed step.
     *
     * @return the gap, from -5 to 5
     */
    public int gap() {
        return self.step().number() - computedStep().number();
    }

    /**
     * Checks if the group and the answers agree.
     *
     * @return true if the gap is zero
     */
    public boolean isAgreed() {
        return gap() == 0;
    }

    /**
     * Says the comparison in plain words, for an engagement lead who knows neither the library's types nor its
     * rules, such as: {@code The board placed "Patients' panel" at Sharing decisions (step 5 of 6). Its answers
     * reach Asked (step 3): 2 steps lower than the group thinks. ...}.
     *
     * @return the text, not null
     */
    public String plainWords() {
        int total = Ladder.PARTICIPATION.rungs().size();
        ParticipationStep own = self.step();
        ParticipationStep found = computedStep();
        StringBuilder text = new StringBuilder(self.group()).append(" placed \"").append(computed.activity().name())
                .append("\" at ").append(own.displayName()).append(" (step ").append(own.number()).append(" of ")
                .append(total).append(")");
        if (self.voters() > 1) {
            text.append(", the middle of ").append(self.voters()).append(" votes");
            if (self.lowestVote() != self.highestVote()) {
                text.append(" from ").append(self.lowestVote().displayName()).append(" to ")
                        .append(self.highestVote().displayName());
            }
        }
        text.append(". ");
        int gap = gap();
        String steps = Math.abs(gap) == 1 ? "1 step" : Math.abs(gap) + " steps";
        if (gap == 0) {
            text.append("The answers about the activity put it at the same step, so the two agree.");
        } else if (gap > 0) {
            text.append("The answers about the activity reach only ").append(found.displayName()).append(" (step ")
                    .append(found.number()).append("): ").append(steps).append(" lower than the group thinks. ")
                    .append(found.description());
            computed.participation().nextStep().ifPresent(step -> text.append(climb(step)));
        } else {
            text.append("The answers about the activity reach ").append(found.displayName()).append(" (step ")
                    .append(found.number()).append("): ").append(steps).append(" higher than the group thinks, ")
                    .append("so it may be sharing more than it gives itself credit for. ")
                    .append(found.description());
        }
        return text.toString();
    }

    private static String climb(NextStep<ParticipationStep> step) {
        java.util.List<String> needs = new java.util.ArrayList<>();
        step.featuresToAdd().forEach(f -> needs.add(f.description()));
        step.restrictionsToDrop().forEach(r -> needs.add("this no longer holds: " + r.description()));
        step.initiatorNeeded().ifPresent(i -> needs.add("the activity is started " + Rule.initiatorPhrase(i) + "."));
        return " To climb one step, to " + step.rung().displayName() + ", this would have to be true: "
                + String.join(" ", needs);
    }

    /**
     * Returns the plain-words comparison.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return plainWords();
    }
}
