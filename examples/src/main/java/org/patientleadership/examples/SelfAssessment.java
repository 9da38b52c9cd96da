package org.patientleadership.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.PlanRequest;
import org.patientleadership.assessment.Planner;
import org.patientleadership.assessment.Score;
import org.patientleadership.assessment.Scores;
import org.patientleadership.assessment.Scoring;
import org.patientleadership.checklist.Section;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.patientleadership.placement.Placement;
import org.patientleadership.placement.Placements;
import org.patientleadership.placement.Placer;
import org.patientleadership.placement.PowerSharing;

/**
 * The flagship example: a yearly self-assessment of a (fictional) NHS trust against the guide's 40 points,
 * scored per section and overall with bands, and turned into a plan of next steps in three horizons (now,
 * next, later) that compares it with last year's assessment and respects the trust's choices; each step cites
 * the guide point it comes from, says why it is planned and shows how its priority score adds up.
 */
public final class SelfAssessment {

    private SelfAssessment() {
    }

    /**
     * Builds the sample assessment: a trust that has its strategy and governance in hand but has done little
     * yet to find and support new patient leaders.
     *
     * @return the assessment
     */
    static Assessment sample() {
        return Assessment.builder("Riverside Community NHS Trust (fictional)", LocalDate.of(2026, 3, 31))
                .assessorRoles("Director of Nursing", "Patient engagement lead", "Patient leader")
                // Section 1: introduction and background
                .rate(1, 3).rate(2, 2).rate(3, 2, "Two patient leaders sit on the quality committee").rate(4, 2)
                // Section 2: about patient leaders
                .rate(5, 2).rate(6, 1, "Connection chart filled in once, in 2024").rate(7, 1).rate(8, 2)
                // Section 3: leading the work
                .rate(9, 3).rate(10, 2).rate(11, 3).rate(12, 4, "Patient leadership strategy approved by the board")
                .rate(13, 3).rate(14, 2).rate(15, 1).rate(16, 3)
                // Section 4: working with others
                .rate(17, 2).rate(18, 2).rate(19, 1).rate(20, 1).rate(21, 3).rate(22, 2).rate(23, 2)
                .notApplicable(24)
                // Section 5: preparing the ground
                .rate(25, 1).rate(26, 1).rate(27, 2).rate(28, 0).rate(29, 1).rate(30, 0).rate(31, 1)
                // point 32 (digital) not yet discussed: left unanswered
                // Section 6: finding the right patient leaders
                .rate(33, 2).rate(34, 1).rate(35, 2).rate(36, 1).rate(37, 3, "Papers sent a week ahead")
                .rate(38, 3, "Payment policy in place").rate(39, 0).rate(40, 1)
                .build();
    }

    /**
     * Builds the trust's assessment of a year before: most ratings as now, but three points were further along
     * then (monitoring, learning for staff, incentives) and have fallen back since.
     *
     * @return the earlier assessment
     */
    static Assessment lastYear() {
        Assessment now = sample();
        Assessment.Builder b = Assessment.builder(now.organisation(), now.date().minusYears(1))
                .assessorRoles("Director of Nursing", "Patient engagement lead");
        for (var answer : now.answers()) {
            int p = answer.point();
            if (p == 15 || p == 20 || p == 38) {
                continue;
            }
            b.add(answer.rating().isPresent() ? org.patientleadership.assessment.Answer.rated(p,
                    Math.max(0, answer.rating().getAsInt() - (p % 3 == 0 ? 1 : 0))) : answer);
        }
        return b.rate(15, 3).rate(20, 2).rate(38, 4).build();
    }

    /**
     * Makes the plan request of the example: this year's assessment compared with last year's, with the
     * trust's choices: a focus on getting help from colleagues in communications (point 36), and digital
     * work (point 32) left for another year.
     *
     * @return the request
     */
    static PlanRequest request() {
        return PlanRequest.of(sample()).withEarlier(lastYear()).withFocus(36).withSkip(32);
    }

    /**
     * Describes two of the trust's engagement activities to place on the ladders.
     *
     * @return the activities
     */
    static List<Activity> activities() {
        return List.of(
                Activity.of("Annual patient survey", EngagementLevel.COLLECTIVE, Initiator.ORGANISATION,
                        PowerSharing.PATIENTS_INFORMED, PowerSharing.PATIENTS_ASKED),
                Activity.of("Discharge redesign group", EngagementLevel.COLLECTIVE, Initiator.JOINT,
                        PowerSharing.PATIENTS_INFORMED, PowerSharing.PATIENTS_ASKED, PowerSharing.INPUT_ACTED_ON,
                        PowerSharing.PATIENTS_INFLUENCE_DECISIONS, PowerSharing.CO_DESIGNED));
    }

    /**
     * Runs the example.
     *
     * @param args  not used
     */
    public static void main(String[] args) {
        print(sample(), System.out);
        System.out.println();
        for (Activity activity : activities()) {
            printPlacement(Placer.place(activity), System.out);
        }
    }

    /**
     * Prints where an activity sits on the ladders, why, and what would take it one rung higher.
     *
     * @param placements  the placements of one activity
     * @param out  where to print
     */
    static void printPlacement(Placements placements, PrintStream out) {
        out.println("Activity: " + placements.activity().name());
        for (Placement<?> p : List.of(placements.arnstein(), placements.coProduction())) {
            out.println("   " + p + (p.reasons().isEmpty() ? "" : " – " + p.reasons().get(0)));
            p.nextStep().ifPresent(n -> out.println("      " + n));
        }
        out.println("   Guide's grid: " + placements.gridCell().displayName());
    }

    /**
     * Prints the scores of an assessment and the plan of the example's request.
     *
     * @param assessment  the assessment
     * @param out  where to print
     */
    static void print(Assessment assessment, PrintStream out) {
        Scores scores = Scoring.score(assessment);
        out.println("Self-assessment: " + assessment.organisation() + ", " + assessment.date());
        out.println("Assessed by: " + String.join(", ", assessment.assessorRoles()));
        out.println();
        Table table = new Table("Section", "Score", "Band", "Answered");
        for (Section s : Section.values()) {
            row(table, s.number() + ". " + s.displayName(), scores.section(s));
        }
        row(table, "Overall", scores.overall());
        table.print(out);
        out.println("Overall: " + scores.overall().answeredText() + ".");
        out.println();
        out.print(Planner.plan(request()).toText());
    }

    private static void row(Table table, String name, Score score) {
        table.row(name,
                score.value().isPresent() ? String.format(Locale.ROOT, "%.1f", score.value().getAsDouble()) : "–",
                score.band().map(b -> b.name()).orElse("insufficient data"),
                score.answered() + " of " + score.applicable());
    }
}
