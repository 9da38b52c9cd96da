package org.patientleadership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Horizon;
import org.patientleadership.assessment.Plan;
import org.patientleadership.assessment.PlanItem;
import org.patientleadership.assessment.Planner;
import org.patientleadership.assessment.Scores;
import org.patientleadership.assessment.Scoring;
import org.patientleadership.checklist.Section;

class SelfAssessmentTest {

    private static String run() {
        return Capture.stdout(() -> SelfAssessment.main(new String[0]));
    }

    @Test
    void test_printsEverySectionScoreAndBand_asComputed() {
        String out = run();
        Assessment a = SelfAssessment.sample();
        Scores scores = Scoring.score(a);
        assertThat(out).startsWith("Self-assessment: Riverside Community NHS Trust (fictional), 2026-03-31");
        for (Section s : Section.values()) {
            String value = String.format(Locale.ROOT, "%.1f", scores.section(s).value().getAsDouble());
            assertThat(out).containsPattern(s.number() + "\\. " + s.displayName() + " *\\| " + value.replace(".", "\\.")
                    + " *\\| " + scores.section(s).band().orElseThrow().name());
        }
        assertThat(out).contains("Overall").contains("38 of 39")
                .contains("Overall: 38 of 39 answered; one point marked not applicable.");
    }

    @Test
    void test_printsThePlan_inHorizons_withLevelsReasonsAndFactors() {
        String out = run();
        Plan plan = Planner.plan(SelfAssessment.request());
        assertThat(out).contains(plan.toText());
        assertThat(plan.levels()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(out).contains("\nNow:\n").contains("\nNext:\n").contains("\nLater:\n")
                .contains("(compared with 2025-03-31)");
        for (PlanItem item : plan.items()) {
            assertThat(out).contains(item.position() + ". " + item.point().title() + " (point "
                    + item.point().number() + ", section " + item.point().section().number() + "; "
                    + item.priority().level().name().toLowerCase(java.util.Locale.ROOT) + " priority)");
            if (item.horizon() != Horizon.LATER) {
                assertThat(out).contains("   Priority score: " + item.priority().explain() + "\n")
                        .contains("   " + Character.toUpperCase(item.ratingText().charAt(0))
                                + item.ratingText().substring(1) + "; " + item.aimText() + ".\n");
                item.reasons().forEach(r -> assertThat(out).contains("   - " + r + "\n"));
            }
        }
        // The trust's choices and last year's assessment show in the plan.
        assertThat(plan.item(32)).isEmpty();
        assertThat(out).contains("Skipped this year, so never planned: The future is digital (point 32).");
        assertThat(plan.item(36).orElseThrow().reasons()).contains("You chose it as a focus this year.");
        assertThat(plan.item(15).orElseThrow().reasons()).anyMatch(r -> r.startsWith("It fell back from 3"));
        // Mapping comes before recruiting, and point 12 (at the top) is not planned.
        assertThat(plan.item(25).orElseThrow().position()).isLessThan(plan.item(33).orElseThrow().position());
        assertThat(plan.item(12)).isEmpty();
        assertThat(out).contains("prerequisite of 27, 28, 33, 35: 4 × 0.25");
        assertThat(out).doesNotContain("[HIGH]").doesNotContain("(row ");
    }

    @Test
    void test_readmeExcerpt_isWhatTheExamplePrints() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        int start = readme.indexOf("<!-- flagship-excerpt");
        int end = readme.indexOf("<!-- end flagship-excerpt -->");
        assertThat(start).isNotNegative();
        assertThat(end).isGreaterThan(start);
        String block = readme.substring(readme.indexOf("```\n", start) + 4, readme.lastIndexOf("```", end));
        assertThat(block).contains("Priority score:");
        assertThat(run()).contains(block);
    }

    @Test
    void test_placesTwoActivities_withReasonsAndNextSteps() {
        String out = run();
        for (org.patientleadership.placement.Activity a : SelfAssessment.activities()) {
            org.patientleadership.placement.Placements p = org.patientleadership.placement.Placer.place(a);
            assertThat(out).contains("Activity: " + a.name());
            assertThat(out).contains("   " + p.arnstein()).contains("   " + p.coProduction());
            assertThat(out).contains("Guide's grid: " + p.gridCell().displayName());
            p.arnstein().nextStep().ifPresent(n -> assertThat(out).contains(n.toString()));
        }
    }
}
