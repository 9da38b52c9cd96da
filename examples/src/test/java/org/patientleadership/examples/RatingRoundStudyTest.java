package org.patientleadership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.patientleadership.analysis.ItemAnalysis;
import org.patientleadership.analysis.ItemData;
import org.patientleadership.analysis.RatingRound;
import org.patientleadership.analysis.ReliableChange;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Change;

class RatingRoundStudyTest {

    private static String run() {
        return Capture.stdout(() -> RatingRoundStudy.main(new String[0]));
    }

    @Test
    void printsTheItemAnalysis_asComputed() {
        String out = run();
        List<Assessment> cohort = CohortStudy.generate(CohortStudy.DEFAULT_SIZE, CohortStudy.SEED).toList();
        ItemAnalysis items = ItemAnalysis.of(ItemData.of(cohort, RatingRoundStudy.SECTION));
        assertThat(out).contains("raw_alpha " + String.format(Locale.ROOT, "%.3f",
                items.total().rawAlpha().getAsDouble()));
        assertThat(out).contains("point.16");
        assertThat(items.total().rawAlpha().getAsDouble()).isGreaterThan(0.7);
    }

    @Test
    void printsAgreementAndTheGap() {
        String out = run();
        RatingRound round = RatingRoundStudy.round();
        assertThat(out).contains(round.agreement().summary());
        assertThat(out).contains("Staff rate the organisation higher than patient leaders on points 17, 18 and 23");
        assertThat(round.gap().firstHigher()).containsExactly(17, 18, 23);
    }

    @Test
    void printsWhetherTheChangeIsReal() {
        String out = run();
        List<Assessment> cohort = CohortStudy.generate(CohortStudy.DEFAULT_SIZE, CohortStudy.SEED).toList();
        List<Assessment> years = CohortStudy.twoYears();
        ReliableChange rc = ReliableChange.Basis.fromCohort(cohort, RatingRoundStudy.SECTION).orElseThrow()
                .change(Change.between(years.get(0), years.get(1)), RatingRoundStudy.SECTION).orElseThrow();
        assertThat(out).contains(rc.summary());
    }
}
