/**
 * Builds a patient leader's profile from their own answers. {@link org.patientleadership.profile.ProfileAnswers}
 * holds how connected the person is with each setting (the six locations of the guide's framework, on its 0–4
 * connection scale), how they rate themselves on the eight attributes of point 8 (on the
 * {@link org.patientleadership.profile.AttributeRating} scale) and the roles they hold.
 * {@link org.patientleadership.profile.Profiler} reads them against replaceable
 * {@link org.patientleadership.profile.ProfileRules} and returns a {@link org.patientleadership.profile.Profile}:
 * the development stage with its reasons, how well each role type fits and why, and the attributes to grow.
 * {@code docs/profile.md} documents the standard rules.
 *
 * <p>Profiling is pure, deterministic and thread-safe; every type here is immutable.
 */
package org.patientleadership.profile;
