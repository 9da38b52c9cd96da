/**
 * Research-grade analysis of the checklist as an instrument and of several raters of one organisation: item
 * analysis as R's {@code psych::alpha} ({@link org.patientleadership.analysis.ItemAnalysis}), agreement between
 * raters ({@link org.patientleadership.analysis.Agreement}: intraclass correlations, weighted kappa and
 * Krippendorff's alpha), a rating round with its consensus and perspective gap
 * ({@link org.patientleadership.analysis.RatingRound}) and the reliable change index
 * ({@link org.patientleadership.analysis.ReliableChange}). Formulas, sources and R equivalents are in
 * {@code docs/statistics.md}. Every function here is pure, deterministic and thread-safe; none returns NaN.
 */
package org.patientleadership.analysis;
