/**
 * Patient-leader roles from the guide: the two broad categories (point 5), the six role types of the
 * patient leadership framework with their example roles and the 0–4 connection scale (point 6), the
 * development stages (point 7), the eight attributes (points 8 and 34) and the two functions of a
 * representative (point 13).
 */
package org.patientleadership.roles;
