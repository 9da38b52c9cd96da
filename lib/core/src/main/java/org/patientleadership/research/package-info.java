/**
 * Research involvement: the items of the GRIPP2 short form for reporting patient and public involvement in a
 * study ({@link org.patientleadership.research.Gripp2Item}), and a draft of that section written from what the
 * library knows of an activity, with the blanks the author must fill clearly marked
 * ({@link org.patientleadership.research.Gripp2Draft}). The UK Standards for Public Involvement are a value set
 * in {@link org.patientleadership.coproduction.ValueSets}.
 */
package org.patientleadership.research;
