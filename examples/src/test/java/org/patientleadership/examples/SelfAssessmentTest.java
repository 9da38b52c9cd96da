package org.patientleadership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Recommendation;
import org.patientleadership.assessment.Recommender;
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
    void test_printsTopFiveRecommendations_citingGuidePoints() {
        String out = run();
        List<Recommendation> recs = Recommender.recommend(SelfAssessment.sample(), 5);
        assertThat(recs).hasSize(5);
        for (Recommendation r : recs) {
            assertThat(out).contains(r.rank() + ". " + r.point().title() + " (point " + r.point().number() + "; "
                    + r.priority().name().toLowerCase(java.util.Locale.ROOT) + " priority)");
        }
        assertThat(out).doesNotContain("(point 12;").doesNotContain("[HIGH]").doesNotContain("(row ");
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
