/**
 * Self-assessment against the 40-point checklist of the guide: an {@link org.patientleadership.assessment.Assessment}
 * rated on a {@link org.patientleadership.assessment.RatingScale}, scored per section and overall by
 * {@link org.patientleadership.assessment.Scoring} (with coverage, bands and the contributions behind each
 * score), and turned into ranked next steps by {@link org.patientleadership.assessment.Recommender}. Every
 * function here is pure, deterministic and thread-safe.
 */
package org.patientleadership.assessment;
