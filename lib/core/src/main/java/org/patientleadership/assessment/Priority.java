package org.patientleadership.assessment;

/**
 * Models how urgent a {@link Recommendation} or {@link PlanItem} is: the level its {@link PriorityScore} falls
 * in under the {@link RecommendationPolicy} ({@link RecommendationPolicy#level(double)}); in the standard
 * policy {@link #HIGH} from a score of 1.0, {@link #MEDIUM} from 0.6, {@link #LOW} below.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Priority {

    /** The score reaches the policy's HIGH threshold. */
    HIGH,
    /** The score reaches the MEDIUM threshold but not HIGH. */
    MEDIUM,
    /** The score is below the MEDIUM threshold. */
    LOW
}
