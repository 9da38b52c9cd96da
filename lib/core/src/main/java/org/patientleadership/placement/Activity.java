package org.patientleadership.placement;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.patientleadership.internal.Checks;
import org.patientleadership.internal.EnumSets;
import org.patientleadership.ladder.EngagementLevel;

/**
 * Describes an engagement activity in the few structured answers that {@link Placer} needs to place it on the
 * ladders: its name, the level it works at, who started it, which {@link PowerSharing} features it has (each a
 * "yes") and which {@link Restriction restrictions} apply to it.
 *
 * <p>Sets iterate in the order their enum constants are declared, so equal activities print alike. An activity
 * prints as {@code name [LEVEL, initiated by INITIATOR; FEATURE, ...; restricted: ...]}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name  the name of the activity, not blank (stripped)
 * @param level  the level of engagement, individual care or collective services, not null
 * @param initiatedBy  who started the activity, not null
 * @param sharing  the power-sharing features the activity has, unmodifiable, possibly empty, not null
 * @param restrictions  the restrictions that apply, unmodifiable, usually empty, not null
 */
public record Activity(String name, EngagementLevel level, Initiator initiatedBy, Set<PowerSharing> sharing,
        Set<Restriction> restrictions) {

    /**
     * Creates an activity, checking and copying its fields.
     *
     * @param name  the name of the activity, not blank
     * @param level  the level of engagement, not null
     * @param initiatedBy  who started the activity, not null
     * @param sharing  the power-sharing features, not null, no null items
     * @param restrictions  the restrictions, not null, no null items
     * @throws NullPointerException if a field or an item is null; the message names the field and its allowed
     *         values
     * @throws IllegalArgumentException if the name is blank
     */
    public Activity {
        name = Checks.notBlank(name, "name");
        EnumSets.notNull(EngagementLevel.class, level, "level");
        EnumSets.notNull(Initiator.class, initiatedBy, "initiatedBy");
        sharing = EnumSets.copy(PowerSharing.class, sharing, "sharing");
        restrictions = EnumSets.copy(Restriction.class, restrictions, "restrictions");
    }

    /**
     * Obtains an activity with no restrictions from its name, level, initiator and power-sharing features.
     *
     * @param name  the name of the activity, not blank
     * @param level  the level of engagement, not null
     * @param initiatedBy  who started the activity, not null
     * @param sharing  the power-sharing features it has, none or more, repeats ignored, no nulls
     * @return the activity, not null
     * @throws NullPointerException if an argument or feature is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static Activity of(String name, EngagementLevel level, Initiator initiatedBy, PowerSharing... sharing) {
        Objects.requireNonNull(sharing, "sharing");
        return new Activity(name, level, initiatedBy,
                EnumSets.copy(PowerSharing.class, Arrays.asList(sharing), "sharing"), Set.of());
    }

    /**
     * Checks if the activity has a power-sharing feature (the answer to it is "yes").
     *
     * @param feature  the feature, not null
     * @return true if the activity has it
     * @throws NullPointerException if the feature is null
     */
    public boolean has(PowerSharing feature) {
        return sharing.contains(Objects.requireNonNull(feature, "feature"));
    }

    /**
     * Checks if a restriction applies to the activity.
     *
     * @param restriction  the restriction, not null
     * @return true if it applies
     * @throws NullPointerException if the restriction is null
     */
    public boolean has(Restriction restriction) {
        return restrictions.contains(Objects.requireNonNull(restriction, "restriction"));
    }

    /**
     * Returns a copy with another name.
     *
     * @param name  the new name, not blank
     * @return an activity with the name, this one if unchanged, not null
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Activity withName(String name) {
        String stripped = Checks.notBlank(name, "name");
        return stripped.equals(this.name) ? this
                : new Activity(stripped, level, initiatedBy, sharing, restrictions);
    }

    /**
     * Returns a copy at another level of engagement.
     *
     * @param level  the new level, not null
     * @return an activity at the level, this one if unchanged, not null
     * @throws NullPointerException if the level is null
     */
    public Activity withLevel(EngagementLevel level) {
        return level == this.level ? this : new Activity(name, level, initiatedBy, sharing, restrictions);
    }

    /**
     * Returns a copy started by someone else.
     *
     * @param initiatedBy  the new initiator, not null
     * @return an activity with the initiator, this one if unchanged, not null
     * @throws NullPointerException if the initiator is null
     */
    public Activity withInitiatedBy(Initiator initiatedBy) {
        return initiatedBy == this.initiatedBy ? this
                : new Activity(name, level, initiatedBy, sharing, restrictions);
    }

    /**
     * Returns a copy with other power-sharing features, replacing the current ones.
     *
     * @param sharing  the new features, not null, no null items
     * @return an activity with the features, this one if unchanged, not null
     * @throws NullPointerException if the collection or an item is null
     */
    public Activity withSharing(Collection<PowerSharing> sharing) {
        Set<PowerSharing> copy = EnumSets.copy(PowerSharing.class, sharing, "sharing");
        return copy.equals(this.sharing) ? this : new Activity(name, level, initiatedBy, copy, restrictions);
    }

    /**
     * Returns a copy with other restrictions, replacing the current ones.
     *
     * @param restrictions  the new restrictions, not null, no null items
     * @return an activity with the restrictions, this one if unchanged, not null
     * @throws NullPointerException if the collection or an item is null
     */
    public Activity withRestrictions(Collection<Restriction> restrictions) {
        Set<Restriction> copy = EnumSets.copy(Restriction.class, restrictions, "restrictions");
        return copy.equals(this.restrictions) ? this : new Activity(name, level, initiatedBy, sharing, copy);
    }

    /**
     * Returns a copy that also has a power-sharing feature.
     *
     * @param feature  the feature to add, not null
     * @return an activity with the feature, this one if it already had it, not null
     * @throws NullPointerException if the feature is null
     */
    public Activity plus(PowerSharing feature) {
        EnumSets.notNull(PowerSharing.class, feature, "feature");
        if (sharing.contains(feature)) {
            return this;
        }
        EnumSet<PowerSharing> more = EnumSet.noneOf(PowerSharing.class);
        more.addAll(sharing);
        more.add(feature);
        return new Activity(name, level, initiatedBy, more, restrictions);
    }

    /**
     * Returns a copy to which a restriction also applies.
     *
     * @param restriction  the restriction to add, not null
     * @return an activity with the restriction, this one if it already had it, not null
     * @throws NullPointerException if the restriction is null
     */
    public Activity plus(Restriction restriction) {
        EnumSets.notNull(Restriction.class, restriction, "restriction");
        if (restrictions.contains(restriction)) {
            return this;
        }
        EnumSet<Restriction> more = EnumSet.noneOf(Restriction.class);
        more.addAll(restrictions);
        more.add(restriction);
        return new Activity(name, level, initiatedBy, sharing, more);
    }

    /**
     * Returns the name, then the level, initiator, features and restrictions in brackets.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return name + " [" + level + ", initiated by " + initiatedBy + "; "
                + (sharing.isEmpty() ? "no power sharing" : names(sharing))
                + (restrictions.isEmpty() ? "" : "; restricted: " + names(restrictions))
                + "]";
    }

    private static String names(Set<? extends Enum<?>> values) {
        return String.join(", ", values.stream().map(Enum::name).toList());
    }
}
