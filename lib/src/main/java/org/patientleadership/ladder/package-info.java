/**
 * Participation ladders: Arnstein's ladder of citizen participation (Arnstein 1969) and its bands, the guide's
 * engagement grid adapted from it (guide, point 2), the six-step ladder of participation of the Copenhagen
 * workshop (seed 003), and the ladder of co-production (Think Local Act Personal).
 * {@link org.patientleadership.ladder.Ladder} describes each ladder as a whole.
 */
package org.patientleadership.ladder;
