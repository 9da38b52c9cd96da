package org.patientleadership.placement;

import java.util.List;
import java.util.Optional;

import org.patientleadership.internal.Checks;
import org.patientleadership.internal.EnumSets;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.Rung;

/**
 * Records where an activity stands on one ladder: the rung, the reasons that led there and, below the top,
 * the next step up.
 *
 * <p>The rung is the highest one for which a row of the {@link PlacementRules} matches the activity. The
 * reasons name the rows and the answers behind them; the next step is one rung up, with what would have to
 * change to reach it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param <R>  the type of the ladder's rungs
 * @param ladder  the ladder, not null
 * @param rung  the rung the activity stands on, not null
 * @param reasons  why it stands there, at least one, unmodifiable, not null
 * @param nextStep  the next rung up and what would have to change, empty on the top rung, not null
 */
public record Placement<R extends Enum<R> & Rung<R>>(Ladder<R> ladder, R rung, List<Reason> reasons,
        Optional<NextStep<R>> nextStep) {

    /**
     * Creates a placement, checking that its parts agree.
     *
     * @param ladder  the ladder, not null
     * @param rung  the rung, a rung of the ladder, not null
     * @param reasons  the reasons, at least one, no null items
     * @param nextStep  the next step, present exactly when the rung is not the top, and then one rung up
     * @throws NullPointerException if a field or a reason is null
     * @throws IllegalArgumentException if the rung is not on the ladder, there is no reason, or the next step
     *         does not lead one rung up
     */
    public Placement {
        Checks.notNull(ladder, "ladder");
        Checks.notNull(rung, "rung");
        if (!ladder.rungType().isInstance(rung)) {
            throw new IllegalArgumentException("rung " + rung + " is not a rung of the " + ladder.displayName()
                    + "; allowed: " + EnumSets.allowed(ladder.rungType()));
        }
        reasons = Checks.noNullItems(reasons, "reasons");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("reasons must not be empty: a placement needs at least one reason");
        }
        Checks.notNull(nextStep, "nextStep");
        Optional<R> above = rung.next();
        if (!above.equals(nextStep.map(NextStep::rung))) {
            throw new IllegalArgumentException("nextStep must lead one rung up from " + rung.displayName() + ", to "
                    + above.map(Rung::displayName).orElse("nothing (it is the top)") + ", not "
                    + nextStep.map(s -> s.rung().displayName()).orElse("nothing"));
        }
    }

    /**
     * Checks if the activity stands on the top rung of the ladder.
     *
     * @return true if there is no rung above
     */
    public boolean isTop() {
        return nextStep.isEmpty();
    }

    /**
     * Returns the ladder's name and the rung, such as {@code Ladder of citizen participation: Partnership}.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return ladder.displayName() + ": " + rung.displayName();
    }
}
