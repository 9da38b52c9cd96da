package org.patientleadership.assessment;

import java.time.LocalDate;
import java.util.List;

import org.patientleadership.internal.Checks;

/**
 * Holds the results of one assessment as they are shared with others: which organisation and date they are
 * for, the scores, and the recommended next steps. It is what the JSON "result" document carries.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param organisation  the organisation assessed, not blank
 * @param date  the date of the assessment, not null
 * @param scores  the section and overall scores, not null
 * @param recommendations  the recommended next steps, ranked, unmodifiable, possibly empty
 */
public record AssessmentResult(String organisation, LocalDate date, Scores scores,
        List<Recommendation> recommendations) {

    /** How many recommendations {@link #of(Assessment)} keeps. */
    public static final int DEFAULT_RECOMMENDATIONS = 10;

    /**
     * Creates a result, checking and copying its fields.
     *
     * @param organisation  the organisation, not blank
     * @param date  the date, not null
     * @param scores  the scores, not null
     * @param recommendations  the recommendations, not null, no null items
     * @throws NullPointerException if an argument or item is null
     * @throws IllegalArgumentException if the organisation is blank
     */
    public AssessmentResult {
        organisation = Checks.notBlank(organisation, "organisation");
        Checks.notNull(date, "date");
        Checks.notNull(scores, "scores");
        recommendations = Checks.noNullItems(recommendations, "recommendations");
    }

    /**
     * Scores an assessment with the default options and keeps the top {@value #DEFAULT_RECOMMENDATIONS}
     * recommendations.
     *
     * @param assessment  the assessment, not null
     * @return the result, not null
     */
    public static AssessmentResult of(Assessment assessment) {
        return of(assessment, ScoringOptions.DEFAULT, DEFAULT_RECOMMENDATIONS);
    }

    /**
     * Scores an assessment and keeps the top recommendations.
     *
     * @param assessment  the assessment, not null
     * @param options  the scoring options, not null
     * @param recommendations  how many recommendations to keep, 0 or more
     * @return the result, not null
     * @throws IllegalArgumentException if the number of recommendations is negative
     */
    public static AssessmentResult of(Assessment assessment, ScoringOptions options, int recommendations) {
        Checks.notNull(assessment, "assessment");
        Scores scores = Scoring.score(assessment, options);
        return new AssessmentResult(assessment.organisation(), assessment.date(), scores,
                Recommender.recommend(assessment, scores, recommendations));
    }
}
