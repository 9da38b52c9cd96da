package org.patientleadership.placement;

import java.util.Set;

import org.patientleadership.internal.Checks;
import org.patientleadership.internal.EnumSets;

/**
 * Explains one part of a {@link Placement}: which row of the {@link PlacementRules} table it rests on, which of
 * the activity's answers (features and restrictions) were decisive, and the explanation in words.
 *
 * <p>A reason either says why the activity stands on its rung (the row matched), or why it does not stand on a
 * higher one although its answers would have sufficed (a restriction blocked the row).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param row  the number of the table row, from 1
 * @param features  the activity's features the reason rests on, unmodifiable, possibly empty, not null
 * @param restrictions  the activity's restrictions the reason rests on, unmodifiable, possibly empty, not null
 * @param text  the explanation in words, not blank (stripped)
 */
public record Reason(int row, Set<PowerSharing> features, Set<Restriction> restrictions, String text) {

    /**
     * Creates a reason, checking and copying its fields.
     *
     * @param row  the number of the table row, from 1
     * @param features  the features, not null, no null items
     * @param restrictions  the restrictions, not null, no null items
     * @param text  the explanation, not blank
     * @throws NullPointerException if a field or an item is null
     * @throws IllegalArgumentException if the row is below 1 or the text is blank
     */
    public Reason {
        if (row < 1) {
            throw new IllegalArgumentException("Invalid row: " + row + "; rows are numbered from 1");
        }
        features = EnumSets.copy(PowerSharing.class, features, "features");
        restrictions = EnumSets.copy(Restriction.class, restrictions, "restrictions");
        text = Checks.notBlank(text, "text");
    }

    /**
     * Returns the explanation.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return text;
    }
}
