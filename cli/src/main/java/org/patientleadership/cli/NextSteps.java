package org.patientleadership.cli;

import java.util.List;
import java.util.Locale;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Horizon;
import org.patientleadership.assessment.PlanItem;
import org.patientleadership.assessment.PlanRequest;
import org.patientleadership.assessment.Planner;
import org.patientleadership.checklist.ChecklistPoint;

/**
 * The next steps the tool shows for an assessment: the first items of the library's plan
 * ({@link Planner#plan(PlanRequest)}, standard policy), in plan order, so nothing is shown before a point it rests
 * on and the first steps are spread over the sections.
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
     * @param limit  how many at most
     * @return the steps, best first
     */
    static List<Step> of(Assessment assessment, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return Planner.plan(request(assessment, limit)).items().stream().filter(i -> i.horizon() != Horizon.LATER).limit(limit)
                .map(NextSteps::step).toList();
    }

    /**
     * Makes the plan request behind the steps: the standard policy, with the first {@code limit} steps in the
     * plan's first two horizons (up to five now, the rest next).
     *
     * @param assessment  the assessment
     * @param limit  how many steps, 1 to 40
     * @return the request
     */
    static PlanRequest request(Assessment assessment, int limit) {
        int now = Math.min(limit, PlanRequest.DEFAULT_NOW);
        // Now is filled first, so a longer Next does not change the first steps; at least the default Next
        // keeps the report of the default command line the library's default report.
        int next = Math.min(ChecklistPoint.COUNT, Math.max(PlanRequest.DEFAULT_NEXT, limit - now));
        return PlanRequest.of(assessment).withShape(now, next, PlanRequest.DEFAULT_SECTION_CAP);
    }

    private static Step step(PlanItem item) {
        String why = item.statusText() + " " + String.join(" ", item.reasons());
        return new Step(item.position(), item.point().number(), item.point().title(),
                item.priority().level().name().toLowerCase(Locale.ROOT), why,
                item.actions().isEmpty() ? "" : item.actions().get(0));
    }
}
