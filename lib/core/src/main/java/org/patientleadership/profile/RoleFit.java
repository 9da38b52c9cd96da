package org.patientleadership.profile;

import java.util.List;
import java.util.Set;

import org.patientleadership.internal.Checks;
import org.patientleadership.internal.EnumSets;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

/**
 * Says how well one {@link RoleType} fits a person, and why.
 *
 * <p>The score, from 0 to 100, weighs the person's connection with the role's setting and their mean
 * self-rating on the role's key attributes (see {@link Profiler} for the formula). A role type fits when the
 * score reaches the rules' threshold, or when the person already holds a role of that type.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param roleType  the role type
 * @param score  the fit score, from 0 to 100
 * @param holds  whether the person holds a role of this type
 * @param fits  whether the role type fits: held, or scored at or above the threshold
 * @param keyAttributes  the key attributes of the role type under the rules used, in the guide's order,
 *     unmodifiable
 * @param reasons  the reasons, in words: roles held, connection, key attributes, and the score against the
 *     threshold; unmodifiable
 */
public record RoleFit(RoleType roleType, int score, boolean holds, boolean fits,
        Set<LeadershipAttribute> keyAttributes, List<String> reasons) {

    /**
     * Creates a role fit, copying the collections.
     *
     * @param roleType  the role type, not null
     * @param score  the fit score, from 0 to 100
     * @param holds  whether a role of the type is held
     * @param fits  whether the role type fits
     * @param keyAttributes  the key attributes, not null
     * @param reasons  the reasons, not null
     * @throws NullPointerException if an argument or item is null
     * @throws IllegalArgumentException if the score is outside 0 to 100
     */
    public RoleFit {
        Checks.notNull(roleType, "roleType");
        Checks.inRange(score, 0, 100, "score");
        keyAttributes = EnumSets.copy(LeadershipAttribute.class, keyAttributes, "keyAttributes");
        reasons = List.copyOf(reasons);
    }

    /**
     * Returns {@code Role type: score/100 (fits|does not fit)}, with "holds" when a role is held.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return roleType.displayName() + ": " + score + "/100 (" + (fits ? "fits" : "does not fit")
                + (holds ? ", holds a role" : "") + ")";
    }
}
