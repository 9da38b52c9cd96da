package org.patientleadership.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patientleadership.checklist.Section;

class ScoringTest {

    private static Assessment.Builder trust() {
        return Assessment.builder("Trust", LocalDate.of(2026, 3, 31));
    }

    @Test
    void test_section_isMeanNormalisedRating() {
        Scores s = Scoring.score(trust().rate(1, 4).rate(2, 2).rate(3, 0).rate(4, 2).build());
        assertThat(s.section(Section.INTRODUCTION).value()).hasValue(50.0);
        assertThat(s.section(Section.INTRODUCTION).band().orElseThrow().name()).isEqualTo("Well on the way");
        assertThat(s.section(Section.INTRODUCTION).contributions()).extracting(Contribution::point)
                .containsExactly(1, 2, 3, 4);
        assertThat(s.section(Section.ABOUT_PATIENT_LEADERS).isSufficient()).isFalse();
        assertThat(s.overall().isSufficient()).isFalse();
        assertThat(s.overall().coverage()).isEqualTo(4 / 40.0);
    }

    @Test
    void test_coverage_belowMinimum_isInsufficient_andNotApplicableLeavesTheScope() {
        Scores s = Scoring.score(trust().rate(1, 4).notApplicable(2).notApplicable(3).build());
        Score intro = s.section(Section.INTRODUCTION);
        assertThat(intro.applicable()).isEqualTo(2);
        assertThat(intro.answered()).isEqualTo(1);
        assertThat(intro.coverage()).isEqualTo(0.5);
        assertThat(intro.value()).hasValue(100.0);
        Scores strict = Scoring.score(trust().rate(1, 4).notApplicable(2).notApplicable(3).build(),
                ScoringOptions.DEFAULT.withMinimumCoverage(0.75));
        assertThat(strict.section(Section.INTRODUCTION).value()).isEmpty();
        assertThat(strict.section(Section.INTRODUCTION)).hasToString("insufficient data, 1 of 2 answered; "
                + "2 points marked not applicable");
    }

    @Test
    void test_answeredText_saysWhatWasNotApplicable_inWords() {
        Scores s = Scoring.score(trust().rate(1, 4).rate(2, 1).notApplicable(3).build());
        assertThat(s.section(Section.INTRODUCTION).answeredText())
                .isEqualTo("2 of 3 answered; one point marked not applicable");
        Scores all = Scoring.score(trust().rate(1, 4).rate(2, 1).rate(3, 0).rate(4, 2).build());
        assertThat(all.section(Section.INTRODUCTION).answeredText()).isEqualTo("4 of 4 answered");
    }

    @Test
    void test_weights() {
        Assessment a = trust().rate(1, 4).rate(2, 0).build();
        ScoringOptions o = ScoringOptions.DEFAULT.withPointWeight(1, 3.0);
        assertThat(Scoring.score(a, o).section(Section.INTRODUCTION).value().getAsDouble()).isCloseTo(75.0,
                within(1e-9));
        assertThatThrownBy(() -> ScoringOptions.DEFAULT.withPointWeight(41, 1))
                .isInstanceOf(AssessmentException.class).hasMessageContaining("unknown point 41");
        assertThatThrownBy(() -> ScoringOptions.DEFAULT.withPointWeight(1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 0.001 to 1000.0");
        assertThatThrownBy(() -> ScoringOptions.DEFAULT.withPointWeight(1, 1e6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 1000000.0");
    }

    @Test
    void test_sectionWeights_countInOverallOnly() {
        Assessment a = trust().rate(1, 4).rate(9, 0).build();
        ScoringOptions o = new ScoringOptions(0, Map.of(), Map.of(Section.INTRODUCTION, 3.0), BandScheme.STANDARD);
        Scores s = Scoring.score(a, o);
        assertThat(s.overall().value().getAsDouble()).isCloseTo(75.0, within(1e-9));
        assertThat(s.section(Section.INTRODUCTION).value()).hasValue(100.0);
        assertThatThrownBy(() -> new ScoringOptions(0.5, null, Map.of(), BandScheme.STANDARD))
                .isInstanceOf(NullPointerException.class).hasMessage("pointWeights");
    }

    @Test
    void test_bands_standardCutPoints() {
        BandScheme b = BandScheme.STANDARD;
        assertThat(b.bandOf(0).name()).isEqualTo("Not yet started");
        assertThat(b.bandOf(24.99).name()).isEqualTo("Not yet started");
        assertThat(b.bandOf(25).name()).isEqualTo("Making a start");
        assertThat(b.bandOf(74.9).name()).isEqualTo("Well on the way");
        assertThat(b.bandOf(100).name()).isEqualTo("Going strong");
        assertThatThrownBy(() -> b.bandOf(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BandScheme("x", "X", "ours", List.of(new Band("a", "A", 10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start with a band at 0");
    }

    @Test
    void test_customBandScheme() {
        BandScheme two = new BandScheme("two", "Two bands", "ours", List.of(new Band("below", "Below", 0),
                new Band("above", "Above", 60)));
        Scores s = Scoring.score(trust().rate(1, 3).rate(2, 3).build(), ScoringOptions.DEFAULT.withBands(two));
        assertThat(s.section(Section.INTRODUCTION).band().orElseThrow().id()).isEqualTo("above");
    }
}
