package org.patientleadership.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    @Test
    void test_builder_keepsAnswersInPointOrder() {
        Assessment a = Assessment.builder("Trust", DAY).assessorRoles("Board member", "Patient leader")
                .rate(12, 3, "Strategy approved by the board").notApplicable(24).rate(1, 0).build();
        assertThat(a.answers()).extracting(Answer::point).containsExactly(1, 12, 24);
        assertThat(a.answer(12).orElseThrow().evidence()).contains("Strategy approved by the board");
        assertThat(a.answer(24).orElseThrow().isNotApplicable()).isTrue();
        assertThat(a.answer(2)).isEmpty();
        assertThat(a.assessorRoles()).containsExactly("Board member", "Patient leader");
    }

    @Test
    void test_unansweredNotApplicableAndLowest_areDifferent() {
        Assessment a = Assessment.builder("Trust", DAY).rate(1, 0).notApplicable(2).build();
        assertThat(a.answer(1).orElseThrow().rating()).hasValue(0);
        assertThat(a.answer(2).orElseThrow().rating()).isEmpty();
        assertThat(a.answer(3)).isEmpty();
    }

    @Test
    void test_unknownPoint_namesItAndTheRange() {
        assertThatThrownBy(() -> Assessment.builder("Trust", DAY).rate(41, 2))
                .isInstanceOf(AssessmentException.class)
                .hasMessage("Unknown point number 41; allowed: 1 to 40");
    }

    @Test
    void test_duplicateAnswer_namesThePoint() {
        assertThatThrownBy(() -> Assessment.builder("Trust", DAY).rate(7, 2).notApplicable(7))
                .isInstanceOf(AssessmentException.class)
                .hasMessageContaining("Point 7 is answered more than once")
                .satisfies(e -> assertThat(((AssessmentException) e).point()).hasValue(7));
        assertThatThrownBy(() -> new Assessment("Trust", DAY, List.of(), RatingScale.MATURITY,
                List.of(Answer.rated(3, 1), Answer.rated(3, 2))))
                .isInstanceOf(AssessmentException.class).hasMessageContaining("Point 3");
    }

    @Test
    void test_ratingOffTheScale_listsTheLevels() {
        assertThatThrownBy(() -> Assessment.builder("Trust", DAY).rate(5, 7))
                .isInstanceOf(AssessmentException.class)
                .hasMessage("Rating 7 for point 5 is outside the scale 'maturity'; allowed: 0 not started, "
                        + "1 planned, 2 in progress, 3 established, 4 embedded");
    }

    @Test
    void test_customScale() {
        RatingScale yesNo = new RatingScale("yes-no", "Yes or no", List.of(
                new RatingLevel(0, "no", "no", "Not in place."), new RatingLevel(1, "yes", "yes", "In place.")));
        Assessment a = Assessment.builder("Charity", DAY).scale(yesNo).rate(1, 1).build();
        assertThat(a.scale().max()).isEqualTo(1);
        assertThatThrownBy(() -> Assessment.builder("Charity", DAY).scale(yesNo).rate(1, 2))
                .isInstanceOf(AssessmentException.class).hasMessageContaining("allowed: 0 no, 1 yes");
        assertThatThrownBy(() -> Assessment.builder("Charity", DAY).rate(1, 1).scale(yesNo))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void test_scaleSpanningTheWholeIntRange_normalisesWithin0And1() {
        RatingScale wide = new RatingScale("wide", "Wide", List.of(
                new RatingLevel(Integer.MIN_VALUE, "lowest", "lowest", "The lowest int."),
                new RatingLevel(0, "middle", "middle", "Zero."),
                new RatingLevel(Integer.MAX_VALUE, "highest", "highest", "The highest int.")));
        assertThat(wide.normalise(Integer.MIN_VALUE)).isEqualTo(0.0);
        assertThat(wide.normalise(0)).isCloseTo(0.5, within(1e-9));
        assertThat(wide.normalise(Integer.MAX_VALUE)).isEqualTo(1.0);
    }

    @Test
    void test_badScale_andBlankFields() {
        RatingLevel l = new RatingLevel(1, "one", "one", "One.");
        assertThatThrownBy(() -> new RatingScale("s", "S", List.of(l)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two levels");
        assertThatThrownBy(() -> new RatingScale("s", "S", List.of(l, new RatingLevel(0, "zero", "z", "Z."))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must increase");
        assertThatThrownBy(() -> Assessment.builder(" ", DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("organisation must not be blank");
        assertThatThrownBy(() -> Assessment.builder("Trust", null))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
    }

    @Test
    void test_withAnswer_doesNotChangeTheOriginal() {
        Assessment a = Assessment.builder("Trust", DAY).rate(1, 1).build();
        Assessment b = a.withAnswer(Answer.rated(1, 3));
        assertThat(a.answer(1).orElseThrow().rating()).hasValue(1);
        assertThat(b.answer(1).orElseThrow().rating()).hasValue(3);
        assertThat(b.withoutAnswer(1).answers()).isEmpty();
        assertThat(a.withoutAnswer(2)).isSameAs(a);
        assertThatThrownBy(() -> a.withAnswer(Answer.rated(1, 9))).isInstanceOf(AssessmentException.class);
        assertThat(a.answer(1).orElseThrow().rating()).hasValue(1);
    }
}
