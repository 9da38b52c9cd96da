package org.patientleadership.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Recommends next steps from an assessment: the guide points rated below the top of the scale, ranked.
 *
 * <p>Rules:
 * <ul>
 *   <li>Only rated points below the top of the scale are candidates. A point at the top is achieved and is
 *       never recommended; unanswered and not-applicable points are not recommended (there is nothing to
 *       improve on yet), so raising a rating can only remove a point, never add it.</li>
 *   <li>Priority comes from the gap to the top of the scale ({@link Priority}).</li>
 *   <li><b>Foundations first:</b> within a priority, points of earlier sections come first. The guide moves
 *       from understanding and strategy (sections 1 to 3, for boards and senior managers) through working
 *       with others (4) to the operational "nuts and bolts" (5 and 6); its point 11 likewise puts cultivating
 *       a culture before bringing people on. So when two sections are both weak, the earlier one's points
 *       outrank the later one's.</li>
 *   <li>Then a larger gap first, then the lower point number, so equal priorities always come out in the same
 *       order.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe: its methods are pure functions.
 */
public final class Recommender {

    private Recommender() {
    }

    /**
     * Recommends the top steps for an assessment, scored with the default options.
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
     * Recommends the top steps for an assessment.
     *
     * @param assessment  the assessment, not null
     * @param scores  its scores, used in the reasons, not null
     * @param limit  the most recommendations to return, at least 0
     * @return the recommendations in rank order, unmodifiable, not null
     * @throws IllegalArgumentException if the limit is negative
     */
    public static List<Recommendation> recommend(Assessment assessment, Scores scores, int limit) {
        Checks.notNull(assessment, "assessment");
        Checks.notNull(scores, "scores");
        Checks.inRange(limit, 0, Integer.MAX_VALUE, "recommendation limit");
        RatingScale scale = assessment.scale();
        record Candidate(ChecklistPoint point, int rating, double gap, Priority priority) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Answer a : assessment.answers()) {
            if (a.isNotApplicable() || a.rating().getAsInt() >= scale.max()) {
                continue;
            }
            int rating = a.rating().getAsInt();
            double gap = 1 - scale.normalise(rating);
            candidates.add(new Candidate(Checklist.point(a.point()), rating, gap, Priority.forGap(gap)));
        }
        candidates.sort(Comparator.comparing(Candidate::priority)
                .thenComparing(c -> c.point().section())
                .thenComparing(Comparator.comparingDouble(Candidate::gap).reversed())
                .thenComparingInt(c -> c.point().number()));
        List<Recommendation> result = new ArrayList<>();
        String[] sectionTexts = new String[Section.values().length];
        for (Candidate c : candidates.subList(0, Math.min(limit, candidates.size()))) {
            int s = c.point().section().ordinal();
            if (sectionTexts[s] == null) {
                // Formatting a score is the dearest step here: do it once per section, not per recommendation.
                sectionTexts[s] = scores.section(c.point().section()).toString();
            }
            String section = sectionTexts[s];
            String reason = "Rated " + c.rating() + " (" + scale.level(c.rating(), c.point().number()).label()
                    + ") out of " + scale.max()
                    + "; section " + c.point().section().number() + " (" + c.point().section().displayName()
                    + ") scores " + section + ".";
            result.add(new Recommendation(result.size() + 1, c.point(), c.priority(), c.rating(), section, reason));
        }
        return List.copyOf(result);
    }
}
