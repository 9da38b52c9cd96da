/**
 * Participation ladders: Arnstein's ladder of citizen participation (Arnstein 1969) and its bands, the guide's
 * engagement grid adapted from it (guide, point 2), the six-step ladder of participation of the Copenhagen
 * workshop (seed 003), the ladder of co-production (Think Local Act Personal) with the patient-led marker beyond
 * its top ({@link org.patientleadership.ladder.BeyondTheLadder}), and the IAP2 Spectrum of Public Participation
 * (IAP2 2018).
 * {@link org.patientleadership.ladder.Ladder} describes each ladder as a whole.
 */
package org.patientleadership.ladder;
