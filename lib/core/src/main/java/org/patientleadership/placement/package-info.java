/**
 * Places an engagement activity on the participation ladders. An {@link org.patientleadership.placement.Activity}
 * is a short structured description (who started it, and yes/no answers about how much power patients share);
 * {@link org.patientleadership.placement.Placer} reads it against a replaceable table of
 * {@link org.patientleadership.placement.PlacementRules} and returns where it stands on Arnstein's ladder, the
 * ladder of co-production, the Copenhagen ladder of participation and the guide's grid, each
 * {@link org.patientleadership.placement.Placement} with its reasons and the next step up.
 * {@link org.patientleadership.placement.LadderMapping} is the cross-walk between the ladders, with its sources
 * and uncertainties; {@link org.patientleadership.placement.CrossWalk} extends it to the IAP2 spectrum, which gives
 * an activity its IAP2 level ({@link org.patientleadership.placement.Placements#iap2()}).
 * {@link org.patientleadership.placement.SelfPlacement} and {@link org.patientleadership.placement.PlacementGap}
 * compare where a group places itself with where its answers place it. {@code docs/placement.md} documents the standard table and the cross-walk.
 *
 * <p>Placing is pure, deterministic and thread-safe; every type here is immutable.
 */
package org.patientleadership.placement;
