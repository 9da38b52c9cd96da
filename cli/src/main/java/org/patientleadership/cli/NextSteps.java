package org.patientleadership.cli;

import java.util.List;
import java.util.Locale;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Recommendation;
import org.patientleadership.assessment.Recommender;
import org.patientleadership.assessment.Scores;

/**
 * The next steps the tool shows for an assessment. Today they are the library's recommendations
 * ({@link Recommender#recommend(Assessment, Scores, int)}); this is the one place to change when the library's
 * plan of next steps replaces them.
 */
final class NextSteps {

    /**
     * One next step, in the words the tool prints.
     *
     * @param rank  from 1
     * @param point  the guide point's number
     * @param title  the point's short title
     * @param priority  the priority in words, such as {@code high}
     * @param why  why it was chosen
     * @param firstStep  the first thing to do, or empty
     */
    record Step(int rank, int point, String title, String priority, String why, String firstStep) {
    }

    private NextSteps() {
    }

    /**
     * Lists the next steps for an assessment.
     *
     * @param assessment  the assessment
     * @param scores  its scores
     * @param limit  how many at most
     * @return the steps, best first
     */
    static List<Step> of(Assessment assessment, Scores scores, int limit) {
        return Recommender.recommend(assessment, scores, limit).stream().map(NextSteps::step).toList();
    }

    private static Step step(Recommendation r) {
        return new Step(r.rank(), r.point().number(), r.point().title(),
                r.priority().name().toLowerCase(Locale.ROOT), r.reason(),
                r.point().actions().isEmpty() ? "" : r.point().actions().get(0));
    }
}
