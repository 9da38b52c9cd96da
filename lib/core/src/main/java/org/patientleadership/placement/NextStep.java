package org.patientleadership.placement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.patientleadership.internal.Checks;
import org.patientleadership.internal.EnumSets;
import org.patientleadership.ladder.Rung;

/**
 * Says what would have to change for an activity to climb one rung: the rung above its placement and the
 * smallest change that meets a row of the {@link PlacementRules} for that rung.
 *
 * <p>The change is the power-sharing features to add, the restrictions to drop and, if the row asks for a more
 * patient-led start, the initiator needed. {@link #applyTo(Activity)} makes that change; placing the result
 * reaches at least {@link #rung()}. When several rows lead to the rung, the one needing the fewest changes wins,
 * and among equals the first in the table.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param <R>  the type of the ladder's rungs
 * @param rung  the rung one above the placement, not null
 * @param row  the number of the table row that would place the activity there, from 1
 * @param featuresToAdd  the features the activity would need as well, unmodifiable, possibly empty, not null
 * @param restrictionsToDrop  the restrictions that would have to stop applying, unmodifiable, possibly empty,
 *        not null
 * @param initiatorNeeded  the initiator the activity would need, if its own is not enough, not null
 */
public record NextStep<R extends Enum<R> & Rung<R>>(R rung, int row, Set<PowerSharing> featuresToAdd,
        Set<Restriction> restrictionsToDrop, Optional<Initiator> initiatorNeeded) {

    /**
     * Creates a next step, checking and copying its fields.
     *
     * @param rung  the rung one above the placement, not null
     * @param row  the table row, from 1
     * @param featuresToAdd  the features to add, not null, no null items
     * @param restrictionsToDrop  the restrictions to drop, not null, no null items
     * @param initiatorNeeded  the initiator needed, or empty, not null
     * @throws NullPointerException if a field or an item is null
     * @throws IllegalArgumentException if the row is below 1, or nothing would change
     */
    public NextStep {
        Checks.notNull(rung, "rung");
        if (row < 1) {
            throw new IllegalArgumentException("Invalid row: " + row + "; rows are numbered from 1");
        }
        featuresToAdd = EnumSets.copy(PowerSharing.class, featuresToAdd, "featuresToAdd");
        restrictionsToDrop = EnumSets.copy(Restriction.class, restrictionsToDrop, "restrictionsToDrop");
        Checks.notNull(initiatorNeeded, "initiatorNeeded");
        if (featuresToAdd.isEmpty() && restrictionsToDrop.isEmpty() && initiatorNeeded.isEmpty()) {
            throw new IllegalArgumentException("A next step to " + rung.displayName()
                    + " must change something: a feature to add, a restriction to drop or an initiator");
        }
    }

    /**
     * Applies the change to an activity: adds the features, drops the restrictions and sets the initiator needed.
     *
     * @param activity  the activity, not null
     * @return the changed activity, not null
     * @throws NullPointerException if the activity is null
     */
    public Activity applyTo(Activity activity) {
        Checks.notNull(activity, "activity");
        EnumSet<PowerSharing> sharing = EnumSet.noneOf(PowerSharing.class);
        sharing.addAll(activity.sharing());
        sharing.addAll(featuresToAdd);
        EnumSet<Restriction> restrictions = EnumSet.noneOf(Restriction.class);
        restrictions.addAll(activity.restrictions());
        restrictions.removeAll(restrictionsToDrop);
        Initiator initiator = initiatorNeeded.filter(i -> !activity.initiatedBy().isAtLeast(i))
                .orElse(activity.initiatedBy());
        return activity.withSharing(sharing).withRestrictions(restrictions).withInitiatedBy(initiator);
    }

    /**
     * Describes the change in words a person reads, such as {@code To reach Partnership, it would also need
     * Decisions shared}; the table row stays in {@link #row()}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        List<String> changes = new ArrayList<>();
        if (!featuresToAdd.isEmpty()) {
            changes.add("it would also need "
                    + String.join(" and ", featuresToAdd.stream().map(PowerSharing::displayName).toList()));
        }
        if (!restrictionsToDrop.isEmpty()) {
            changes.add(String.join(" and ", restrictionsToDrop.stream().map(Restriction::displayName).toList())
                    + " would have to stop applying");
        }
        initiatorNeeded.ifPresent(i -> changes.add("it would have to be started " + Rule.initiatorPhrase(i)));
        int last = changes.size() - 1;
        String joined = last == 0 ? changes.get(0)
                : String.join(", ", changes.subList(0, last)) + " and " + changes.get(last);
        return "To reach " + rung.displayName() + ", " + joined;
    }
}
