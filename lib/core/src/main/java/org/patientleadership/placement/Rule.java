package org.patientleadership.placement;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.patientleadership.internal.Checks;
import org.patientleadership.internal.EnumSets;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.Rung;

/**
 * Models one row of a {@link PlacementRules} table: if an activity has all the {@link #requires() required}
 * power-sharing features, was started by at least the {@link #minimumInitiator() minimum initiator}, and none
 * of the {@link #blockedBy() blocking} restrictions applies to it, the row places it at least on
 * {@link #rung()} of {@link #ladder()}.
 *
 * <p>A row with no required features, {@link Initiator#ORGANISATION} as minimum and nothing blocking matches
 * every activity: it is the floor of its ladder. A ladder may have several rows for the same rung; any one of
 * them is enough. The {@link #rationale()} says, in words, why the condition fits the rung.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param <R>  the type of the ladder's rungs
 * @param ladder  the ladder the row places on, not null
 * @param rung  the rung it places on, a rung of the ladder, not null
 * @param requires  the features the activity must all have, unmodifiable, possibly empty, not null
 * @param minimumInitiator  the lowest initiator that matches, {@link Initiator#ORGANISATION} for any, not null
 * @param blockedBy  the restrictions any one of which stops the row matching, unmodifiable, possibly empty,
 *        not null
 * @param rationale  why the condition fits the rung, in words, not blank (stripped)
 */
public record Rule<R extends Enum<R> & Rung<R>>(Ladder<R> ladder, R rung, Set<PowerSharing> requires,
        Initiator minimumInitiator, Set<Restriction> blockedBy, String rationale) {

    /**
     * Creates a row, checking and copying its fields.
     *
     * @param ladder  the ladder, not null
     * @param rung  the rung, a rung of the ladder, not null
     * @param requires  the required features, not null, no null items
     * @param minimumInitiator  the minimum initiator, not null
     * @param blockedBy  the blocking restrictions, not null, no null items
     * @param rationale  why the condition fits the rung, not blank
     * @throws NullPointerException if a field or an item is null
     * @throws IllegalArgumentException if the rung is not on the ladder or the rationale is blank
     */
    public Rule {
        Checks.notNull(ladder, "ladder");
        Checks.notNull(rung, "rung");
        if (!ladder.rungType().isInstance(rung)) {
            throw new IllegalArgumentException("rung " + rung + " is not a rung of the " + ladder.displayName()
                    + "; allowed: " + EnumSets.allowed(ladder.rungType()));
        }
        requires = EnumSets.copy(PowerSharing.class, requires, "requires");
        EnumSets.notNull(Initiator.class, minimumInitiator, "minimumInitiator");
        blockedBy = EnumSets.copy(Restriction.class, blockedBy, "blockedBy");
        rationale = Checks.notBlank(rationale, "rationale");
    }

    /**
     * Obtains a row that any initiator can meet and no restriction blocks.
     *
     * @param <R>  the type of the ladder's rungs
     * @param ladder  the ladder, not null
     * @param rung  the rung, not null
     * @param rationale  why the condition fits the rung, not blank
     * @param requires  the features the activity must all have, none for a floor row, no nulls
     * @return the row, not null
     * @throws NullPointerException if an argument or feature is null
     * @throws IllegalArgumentException if the rationale is blank
     */
    public static <R extends Enum<R> & Rung<R>> Rule<R> of(Ladder<R> ladder, R rung, String rationale,
            PowerSharing... requires) {
        Objects.requireNonNull(requires, "requires");
        return new Rule<>(ladder, rung, EnumSets.copy(PowerSharing.class, Arrays.asList(requires), "requires"),
                Initiator.ORGANISATION, Set.of(), rationale);
    }

    /**
     * Returns a copy that matches only activities started by at least the given initiator.
     *
     * @param minimumInitiator  the lowest initiator that matches, not null
     * @return a row with the minimum, this one if unchanged, not null
     * @throws NullPointerException if the initiator is null
     */
    public Rule<R> withMinimumInitiator(Initiator minimumInitiator) {
        return minimumInitiator == this.minimumInitiator ? this
                : new Rule<>(ladder, rung, requires, minimumInitiator, blockedBy, rationale);
    }

    /**
     * Returns a copy that does not match activities to which any of the given restrictions applies.
     *
     * @param blockedBy  the blocking restrictions, replacing the current ones, no nulls
     * @return a row with the restrictions, this one if unchanged, not null
     * @throws NullPointerException if the array or a restriction is null
     */
    public Rule<R> withBlockedBy(Restriction... blockedBy) {
        Set<Restriction> copy = EnumSets.copy(Restriction.class,
                Arrays.asList(Objects.requireNonNull(blockedBy, "blockedBy")), "blockedBy");
        return copy.equals(this.blockedBy) ? this
                : new Rule<>(ladder, rung, requires, minimumInitiator, copy, rationale);
    }

    /**
     * Checks if the row matches an activity: it has every required feature, was started by at least the
     * minimum initiator, and no blocking restriction applies to it.
     *
     * @param activity  the activity, not null
     * @return true if the row matches
     * @throws NullPointerException if the activity is null
     */
    public boolean matches(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        return activity.sharing().containsAll(requires)
                && activity.initiatedBy().isAtLeast(minimumInitiator)
                && Collections.disjoint(activity.restrictions(), blockedBy);
    }

    /**
     * Checks if the row matches every activity: nothing required, any initiator, nothing blocking.
     *
     * @return true if this is a floor row
     */
    public boolean isFloor() {
        return requires.isEmpty() && minimumInitiator == Initiator.ORGANISATION && blockedBy.isEmpty();
    }

    /**
     * Gets the required features an activity lacks.
     *
     * @param activity  the activity, not null
     * @return the features to add for the row's requirement, unmodifiable, in declaration order, not null
     */
    Set<PowerSharing> missingFrom(Activity activity) {
        EnumSet<PowerSharing> missing = EnumSet.noneOf(PowerSharing.class);
        missing.addAll(requires);
        missing.removeAll(activity.sharing());
        return Collections.unmodifiableSet(missing);
    }

    /**
     * Gets the blocking restrictions that apply to an activity.
     *
     * @param activity  the activity, not null
     * @return the restrictions that stop the row matching, unmodifiable, in declaration order, not null
     */
    Set<Restriction> blockingIn(Activity activity) {
        EnumSet<Restriction> blocking = EnumSet.noneOf(Restriction.class);
        blocking.addAll(blockedBy);
        blocking.retainAll(activity.restrictions());
        return Collections.unmodifiableSet(blocking);
    }

    /**
     * Describes the condition of the row in words, such as {@code Co-designed and Decisions shared, started
     * jointly or by patients}.
     *
     * @return the condition, not null
     */
    public String condition() {
        StringBuilder text = new StringBuilder(requires.isEmpty() ? "no feature needed"
                : String.join(" and ", requires.stream().map(PowerSharing::displayName).toList()));
        if (minimumInitiator != Initiator.ORGANISATION) {
            text.append(", started ").append(initiatorPhrase(minimumInitiator));
        }
        if (!blockedBy.isEmpty()) {
            text.append(", unless ").append(String.join(" or ",
                    blockedBy.stream().map(Restriction::displayName).toList()));
        }
        return text.toString();
    }

    /**
     * Says who may start an activity for a minimum initiator, such as {@code jointly or by patients}.
     *
     * @param minimum  the lowest initiator
     * @return the phrase, not null
     */
    static String initiatorPhrase(Initiator minimum) {
        return switch (minimum) {
            case ORGANISATION -> "by anyone";
            case JOINT -> "jointly or by patients";
            case PATIENTS -> "by patients";
        };
    }

    /**
     * Returns the ladder, rung and condition, such as {@code Ladder of citizen participation: Partnership if
     * Decisions shared}.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return ladder.displayName() + ": " + rung.displayName() + " if " + condition();
    }
}
