package org.patientleadership.assessment;

import java.util.List;

import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.internal.Checks;

/**
 * Holds the priority of one candidate point under a {@link RecommendationPolicy}: the factors that produced it
 * and the {@link Priority} level the total falls in. The total is the sum of the factors' contributions, added
 * in the order listed; the explanation is that calculation, not a story told after it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param point  the point number, 1 to 40
 * @param rating  the point's current rating
 * @param factors  the factors with a value above 0, in {@link PriorityFactor} order, unmodifiable
 * @param level  the priority level of the total under the policy, not null
 */
public record PriorityScore(int point, int rating, List<FactorContribution> factors, Priority level) {

    /**
     * Creates a score, checking and copying its fields.
     *
     * @param point  the point number, 1 to 40
     * @param rating  the rating
     * @param factors  the factors, not null, no null items, each factor at most once
     * @param level  the level, not null
     * @throws NullPointerException if an argument or item is null
     * @throws IllegalArgumentException if the point is out of range or a factor is listed twice
     */
    public PriorityScore {
        Checks.inRange(point, 1, ChecklistPoint.COUNT, "checklist point number");
        factors = Checks.noNullItems(factors, "factors");
        int seen = 0;
        for (FactorContribution f : factors) {
            int bit = 1 << f.factor().ordinal();
            if ((seen & bit) != 0) {
                throw new IllegalArgumentException("A priority score lists a factor twice: " + factors);
            }
            seen |= bit;
        }
        Checks.notNull(level, "level");
    }

    /**
     * Gets the priority score: the sum of the factors' contributions, in the order listed.
     *
     * @return the score, 0 or more
     */
    public double total() {
        double sum = 0;
        for (FactorContribution f : factors) {
            sum += f.contribution();
        }
        return sum;
    }

    /**
     * Finds the contribution of one factor.
     *
     * @param factor  the factor, not null
     * @return the factor's value, or 0 if it is not listed
     */
    public double value(PriorityFactor factor) {
        Checks.notNull(factor, "factor");
        return factors.stream().filter(f -> f.factor() == factor).mapToDouble(FactorContribution::value)
                .findFirst().orElse(0);
    }

    /**
     * Explains the score as its calculation, such as
     * {@code gap: 0.75 × 1 + prerequisite of 27, 33: 2 × 0.25 + fell back from 3 to 1: 0.5 × 1 = 1.75}.
     *
     * @return the calculation in words, numbers rounded to two decimals, not null
     */
    public String explain() {
        StringBuilder b = new StringBuilder(96);
        for (FactorContribution f : factors) {
            if (b.length() > 0) {
                b.append(" + ");
            }
            f.appendTo(b);
        }
        return b.append(" = ").append(FactorContribution.number(total())).toString();
    }

    /**
     * Returns the level and the explanation.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return level + " " + explain();
    }
}
