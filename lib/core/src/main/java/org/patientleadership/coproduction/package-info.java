/**
 * Co-production: named sets of values, principles and practices to choose from
 * ({@link org.patientleadership.coproduction.ValueSets}), from the seeds (Copenhagen slides, NHS England model,
 * event report) and from publications outside them (nef, INVOLVE, SCIE, NHS England's ten principles of 2022,
 * the UK Standards for Public Involvement with their reflective questions), the stages of experience-based
 * co-design (seed 004) and of Always Events, and the "you said, we did" feedback loop.
 */
@ValueStyle
package org.patientleadership.coproduction;

import org.patientleadership.internal.ValueStyle;
