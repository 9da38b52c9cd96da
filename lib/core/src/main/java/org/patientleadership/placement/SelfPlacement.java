package org.patientleadership.placement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.patientleadership.internal.Checks;
import org.patientleadership.ladder.ParticipationStep;

/**
 * Records where a group places its own work on the Copenhagen ladder of participation, as in the workshop
 * poll "Where on the ladder of participation are you currently?" (seed 003): each member votes for a step,
 * and the group's answer is the median vote.
 *
 * <p>With an even number of votes the median is the lower of the two middle votes, so a split group is
 * never credited with more than half of it claims. {@link PlacementGap} compares the answer with the placement
 * the library computes from the activity's answers.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param group  who answered, such as a team or a board, not blank (stripped)
 * @param votes  the number of votes for each step, steps without votes left out, unmodifiable, not null
 */
public record SelfPlacement(String group, Map<ParticipationStep, Integer> votes) {

    /**
     * Creates a self-placement, checking and copying the votes.
     *
     * @param group  who answered, not blank
     * @param votes  votes per step, each at least 0, at least one vote in all, no null keys or values
     * @throws NullPointerException if an argument, a step or a count is null
     * @throws IllegalArgumentException if the group is blank, a count is negative or there is no vote
     */
    public SelfPlacement {
        group = Checks.notBlank(group, "group");
        Checks.notNull(votes, "votes");
        EnumMap<ParticipationStep, Integer> copy = new EnumMap<>(ParticipationStep.class);
        long total = 0;
        for (Map.Entry<ParticipationStep, Integer> e : votes.entrySet()) {
            ParticipationStep step = Checks.notNull(e.getKey(), "step");
            int count = Checks.notNull(e.getValue(), "count of votes");
            if (count < 0) {
                throw new IllegalArgumentException("Invalid number of votes for '" + step.displayName() + "': "
                        + count + "; allowed: 0 or more");
            }
            if (count > 0) {
                copy.put(step, count);
            }
            total += count;
        }
        if (total == 0) {
            throw new IllegalArgumentException("A self-placement needs at least one vote; found none for '"
                    + group + "'");
        }
        votes = Collections.unmodifiableMap(copy);
    }

    /**
     * Obtains the self-placement of a group that agreed on one step.
     *
     * @param group  who answered, not blank
     * @param step  the step the group chose, not null
     * @return the self-placement, with one vote for the step, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the group is blank
     */
    public static SelfPlacement of(String group, ParticipationStep step) {
        return new SelfPlacement(group, Map.of(Checks.notNull(step, "step"), 1));
    }

    /**
     * Obtains the self-placement of a group from its poll.
     *
     * @param group  who answered, not blank
     * @param votes  the number of votes for each step, at least one vote in all
     * @return the self-placement, not null
     * @throws NullPointerException if an argument, a step or a count is null
     * @throws IllegalArgumentException if the group is blank, a count is negative or there is no vote
     */
    public static SelfPlacement fromVotes(String group, Map<ParticipationStep, Integer> votes) {
        return new SelfPlacement(group, votes);
    }

    /**
     * Gets the group's answer: the median vote (the lower middle vote for an even count).
     *
     * @return the step, not null
     */
    public ParticipationStep step() {
        long half = (voters() + 1) / 2;
        long seen = 0;
        for (Map.Entry<ParticipationStep, Integer> e : votes.entrySet()) {
            seen += e.getValue();
            if (seen >= half) {
                return e.getKey();
            }
        }
        throw new AssertionError("bug: votes add up to " + voters() + " but no median was found");
    }

    /**
     * Gets the number of votes cast.
     *
     * @return the number of votes, at least 1
     */
    public long voters() {
        return votes.values().stream().mapToLong(Integer::longValue).sum();
    }

    /**
     * Gets the lowest step anyone voted for.
     *
     * @return the step, not null
     */
    public ParticipationStep lowestVote() {
        return votes.keySet().iterator().next();
    }

    /**
     * Gets the highest step anyone voted for.
     *
     * @return the step, not null
     */
    public ParticipationStep highestVote() {
        ParticipationStep last = null;
        for (ParticipationStep s : votes.keySet()) {
            last = s;
        }
        return last;
    }
}
