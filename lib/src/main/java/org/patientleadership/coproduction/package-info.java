/**
 * Co-production: named sets of values, principles and practices to choose from
 * ({@link org.patientleadership.coproduction.ValueSets}), from the seeds (Copenhagen slides, NHS England model,
 * event report) and from publications outside them (nef, INVOLVE, SCIE), and the stages of experience-based
 * co-design (seed 004).
 */
package org.patientleadership.coproduction;
