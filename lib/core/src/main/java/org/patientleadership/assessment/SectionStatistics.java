package org.patientleadership.assessment;

import java.util.OptionalDouble;

import org.patientleadership.checklist.Section;

/**
 * Describes a cohort's scores for one section: the summary of the sufficient section scores, and the
 * section's internal consistency as Cronbach's alpha.
 *
 * <p>Cronbach's alpha is {@code k / (k − 1) × (1 − Σ item variances / variance of totals)} over the
 * assessments that rated every point of the section on the same scale ("complete cases"), with sample
 * variances (n − 1). It is empty with fewer than two complete cases or when the totals do not vary.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param section  the section
 * @param scores  the summary of the section's scores, over assessments with sufficient data
 * @param insufficient  how many assessments had insufficient data for the section
 * @param cronbachAlpha  the internal consistency, or empty
 * @param completeCases  how many assessments rated every point of the section
 */
public record SectionStatistics(Section section, Summary scores, long insufficient, OptionalDouble cronbachAlpha,
        long completeCases) {
}
