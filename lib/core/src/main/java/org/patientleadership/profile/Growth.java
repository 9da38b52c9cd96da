package org.patientleadership.profile;

import java.util.List;

import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.internal.Checks;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

/**
 * Names one leadership attribute a person could grow: their rating of it, the fitting role types that lean on
 * it, and the guide points that speak to growing it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rank  the position in the profile's list, from 1
 * @param attribute  the attribute
 * @param rating  the person's self-rating of it, below the rules' {@code growBelow}
 * @param neededBy  the fitting role types whose key attributes include it, in the guide's order, unmodifiable
 * @param points  the guide points that speak to it (point 8 lists the attributes; point 39 asks for learning
 *     built on them; point 40 adds a network of patient leaders for attribute 8), unmodifiable
 * @param reason  why it is listed, in words
 */
public record Growth(int rank, LeadershipAttribute attribute, AttributeRating rating, List<RoleType> neededBy,
        List<ChecklistPoint> points, String reason) {

    /**
     * Creates a growth item, checking and copying the fields.
     *
     * @param rank  the rank, from 1
     * @param attribute  the attribute, not null
     * @param rating  the rating, not null
     * @param neededBy  the fitting role types that need it, not null
     * @param points  the guide points, not null
     * @param reason  the reason, not blank
     * @throws NullPointerException if an argument or item is null
     * @throws IllegalArgumentException if the rank is below 1 or the reason is blank
     */
    public Growth {
        if (rank < 1) {
            throw new IllegalArgumentException("Invalid rank: " + rank + "; ranks start at 1");
        }
        Checks.notNull(attribute, "attribute");
        Checks.notNull(rating, "rating");
        neededBy = List.copyOf(neededBy);
        points = List.copyOf(points);
        reason = Checks.notBlank(reason, "reason");
    }

    /**
     * Returns {@code rank. attribute: rating}, such as {@code 1. Becoming a lifelong learner: Beginning (1 of 4)}.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return rank + ". " + attribute.displayName() + ": " + rating.label();
    }
}
