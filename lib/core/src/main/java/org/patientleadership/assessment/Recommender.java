package org.patientleadership.assessment;

import java.util.ArrayList;
import java.util.List;

import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Recommends next steps from an assessment: the guide points rated below the top of the scale, ranked by the
 * {@link RecommendationPolicy} (the standard one unless another is given). For a plan in horizons that also
 * weighs an earlier assessment and the organisation's choices, see {@link Planner}.
 *
 * <p>Rules:
 * <ul>
 *   <li>Only rated points below the top of the scale are candidates. A point at the top is achieved and is
 *       never recommended; unanswered and not-applicable points are not recommended (there is nothing to
 *       improve on yet), so raising a rating can only remove a point, never add it.</li>
 *   <li>Each candidate gets the policy's priority score: gap to the top, weakness of its section against the
 *       others, how many unfinished points rest on it, and a rating without evidence, each times its weight
 *       ({@link PriorityScore}). The priority level comes from the score ({@link RecommendationPolicy#level}).</li>
 *   <li>Candidates rank by score, then <b>foundations first</b> (earlier sections of the guide first: the guide
 *       moves from understanding and strategy, sections 1 to 3, through working with others, 4, to the
 *       operational sections 5 and 6), then by point number, so equal scores always come out in one order.</li>
 * </ul>
 * The reason of each recommendation names the rating, the section's score and the score's calculation.
 *
 * <p>This class is immutable and thread-safe: its methods are pure functions.
 */
public final class Recommender {

    private Recommender() {
    }

    /**
     * Recommends the top steps for an assessment, scored with the default options and ranked by the standard
     * policy.
     *
     * @param assessment  the assessment, not null
     * @param limit  the most recommendations to return, at least 0
     * @return the recommendations in rank order, unmodifiable, not null
     * @throws IllegalArgumentException if the limit is negative
     */
    public static List<Recommendation> recommend(Assessment assessment, int limit) {
        return recommend(assessment, Scoring.score(assessment), limit);
    }

    /**
     * Recommends the top steps for an assessment, ranked by the standard policy.
     *
     * @param assessment  the assessment, not null
     * @param scores  its scores, used in the ranking and the reasons, not null
     * @param limit  the most recommendations to return, at least 0
     * @return the recommendations in rank order, unmodifiable, not null
     * @throws IllegalArgumentException if the limit is negative
     */
    public static List<Recommendation> recommend(Assessment assessment, Scores scores, int limit) {
        return recommend(assessment, scores, RecommendationPolicy.standard(), limit);
    }

    /**
     * Recommends the top steps for an assessment, ranked by a policy.
     *
     * @param assessment  the assessment, not null
     * @param scores  its scores, used in the ranking and the reasons, not null
     * @param policy  the policy, not null
     * @param limit  the most recommendations to return, at least 0
     * @return the recommendations in rank order, unmodifiable, not null
     * @throws IllegalArgumentException if the limit is negative
     */
    public static List<Recommendation> recommend(Assessment assessment, Scores scores, RecommendationPolicy policy,
            int limit) {
        Checks.notNull(assessment, "assessment");
        Checks.notNull(scores, "scores");
        Checks.notNull(policy, "policy");
        Checks.inRange(limit, 0, Integer.MAX_VALUE, "recommendation limit");
        List<PriorityScore> ranked = policy.rank(assessment, scores);
        List<Recommendation> result = new ArrayList<>();
        String[] sectionTexts = new String[Section.values().length];
        for (PriorityScore c : ranked.subList(0, Math.min(limit, ranked.size()))) {
            ChecklistPoint point = Checklist.point(c.point());
            int s = point.section().ordinal();
            if (sectionTexts[s] == null) {
                // Formatting a score is the dearest step here: do it once per section, not per recommendation.
                sectionTexts[s] = scores.section(point.section()).toString();
            }
            String section = sectionTexts[s];
            String reason = Planner.capital(Planner.ratingText(assessment.scale(), c.rating(), c.point())) + "; section "
                    + point.section().number() + " (" + point.section().displayName() + ") scores " + section
                    + ". Priority " + c.explain() + ".";
            result.add(new Recommendation(result.size() + 1, point, c.level(), c.rating(), section, reason));
        }
        return List.copyOf(result);
    }
}
