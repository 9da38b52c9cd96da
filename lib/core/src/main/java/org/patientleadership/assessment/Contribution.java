package org.patientleadership.assessment;

/**
 * Records what one rated point put into a score: its rating, the rating normalised to 0–1, and its weight.
 * A score is {@code 100 × Σ(weight × normalised) / Σ weight} over its contributions.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param point  the point number
 * @param rating  the rating given
 * @param normalised  the rating normalised to 0–1 by the scale
 * @param weight  the weight used, above 0
 */
public record Contribution(int point, int rating, double normalised, double weight) {
}
