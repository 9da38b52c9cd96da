package org.patientleadership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Change;
import org.patientleadership.assessment.Cohort;
import org.patientleadership.assessment.PointStatistics;
import org.patientleadership.assessment.SectionStatistics;
import org.patientleadership.checklist.Section;

class CohortStudyTest {

    private static String run(String... args) {
        return Capture.stdout(() -> CohortStudy.main(args));
    }

    @Test
    void printsEachSectionsMeanAndAlpha_asComputedFromTheSameCohort() {
        String out = run();
        Cohort cohort = Cohort.of(CohortStudy.generate(CohortStudy.DEFAULT_SIZE, CohortStudy.SEED).toList());
        assertThat(out).startsWith("Cohort of " + CohortStudy.DEFAULT_SIZE + " generated self-assessments");
        for (Section s : Section.values()) {
            SectionStatistics st = cohort.sections().get(s);
            String mean = String.format(Locale.ROOT, "%.1f", st.scores().mean().getAsDouble());
            String alpha = String.format(Locale.ROOT, "%.2f", st.cronbachAlpha().getAsDouble());
            assertThat(out).containsPattern(s.number() + "\\. " + s.displayName() + " *\\| "
                    + mean.replace(".", "\\.") + " .*\\| " + alpha.replace(".", "\\.") + " *\\| "
                    + st.completeCases());
            // generated answers within a section agree, so the checklist looks consistent
            assertThat(st.cronbachAlpha().getAsDouble()).isGreaterThan(0.7);
        }
    }

    @Test
    void printsTheWeakestPoints_withTheirDistributions() {
        String out = run();
        Cohort cohort = Cohort.of(CohortStudy.generate(CohortStudy.DEFAULT_SIZE, CohortStudy.SEED).toList());
        List<PointStatistics> weakest = CohortStudy.weakest(cohort, 3);
        assertThat(weakest).hasSize(3);
        for (PointStatistics p : weakest) {
            assertThat(p.distribution().values().stream().mapToLong(Long::longValue).sum()
                    + p.notApplicable() + p.unanswered()).isEqualTo(CohortStudy.DEFAULT_SIZE);
            assertThat(out).contains("Point " + p.point() + " – ").contains("0:" + p.distribution().getOrDefault(0,
                    0L) + " 1:" + p.distribution().getOrDefault(1, 0L));
        }
        double third = weakest.get(2).ratings().mean().getAsDouble();
        assertThat(cohort.points()).filteredOn(p -> !weakest.contains(p))
                .allSatisfy(p -> assertThat(p.ratings().mean().getAsDouble()).isGreaterThanOrEqualTo(third));
    }

    @Test
    void printsTheChangeBetweenTwoYears_withWhatImprovedAndWhatFellBack() {
        String out = run();
        List<Assessment> years = CohortStudy.twoYears();
        Change change = Change.between(years.get(0), years.get(1));
        assertThat(out).contains("Change for Lakeside Health Partnership (fictional), 2025-03-31 to 2026-03-31");
        assertThat(out).contains("Overall: " + String.format(Locale.ROOT, "%+.1f", change.overall().getAsDouble()));
        assertThat(out).contains("Improved: " + change.improved().size() + " points; fell back: "
                + change.fellBack().size() + " points");
        assertThat(out).contains("Fell back: " + change.fellBack().stream().map(c -> "point " + c.point() + " ("
                + c.before().getAsInt() + " → " + c.after().getAsInt() + ")").collect(Collectors.joining(", ")));
        assertThat(change.fellBack()).allSatisfy(c -> assertThat(c.after().getAsInt()).isLessThan(
                c.before().getAsInt()));
        assertThat(change.improved()).isNotEmpty();
    }

    @Test
    void takesTheCohortSizeAsAnArgument() {
        assertThat(run("40")).startsWith("Cohort of 40 generated self-assessments");
    }
}
