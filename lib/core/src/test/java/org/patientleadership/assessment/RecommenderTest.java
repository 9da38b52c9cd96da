package org.patientleadership.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecommenderTest {

    private static Assessment.Builder trust() {
        return Assessment.builder("Trust", LocalDate.of(2026, 3, 31));
    }

    @Test
    void test_foundationsFirst_withinAScore() {
        Assessment a = trust().rate(37, 0).rate(10, 0).rate(20, 0).build();
        List<Recommendation> r = Recommender.recommend(a, 10);
        assertThat(r).extracting(x -> x.point().number()).containsExactly(10, 20, 37);
        assertThat(r).extracting(Recommendation::priority).containsOnly(Priority.HIGH);
        assertThat(r).extracting(Recommendation::rank).containsExactly(1, 2, 3);
    }

    @Test
    void test_priorityBeforeSection() {
        Assessment a = trust().rate(1, 3).rate(40, 0).build();
        assertThat(Recommender.recommend(a, 10)).extracting(x -> x.point().number()).containsExactly(40, 1);
    }

    @Test
    void test_neverRecommendsAchievedOrUnratedPoints() {
        Assessment a = trust().rate(1, 4).notApplicable(2).rate(3, 2).build();
        List<Recommendation> r = Recommender.recommend(a, 10);
        assertThat(r).extracting(x -> x.point().number()).containsExactly(3);
        assertThat(r.get(0).priority()).isEqualTo(Priority.MEDIUM);
        assertThat(r.get(0).reason()).contains("Rated 2 (in progress) out of 4").contains("section 1")
                .contains("gap to the top rating: 0.5 × 1 + rated without evidence: 1 × 0.1 = 0.6");
        assertThat(r.get(0).point().title()).isEqualTo("Bring Patient Leaders into the Frame");
    }

    @Test
    void test_rankedByThePolicy_prerequisitesRaiseAPoint() {
        Assessment a = trust().rate(25, 1).rate(26, 1).rate(33, 2).build();
        List<Recommendation> r = Recommender.recommend(a, 10);
        assertThat(r).extracting(x -> x.point().number()).containsExactly(25, 26, 33);
        assertThat(r.get(0).reason()).contains("prerequisite of 27, 28, 33, 35: 4 × 0.25");
        RecommendationPolicy flat = RecommendationPolicy.standard().withPrerequisites(List.of());
        assertThat(Recommender.recommend(a, Scoring.score(a), flat, 10)).extracting(x -> x.point().number())
                .containsExactly(25, 26, 33);
        assertThat(Recommender.recommend(a, Scoring.score(a), flat.withWeight(PriorityFactor.GAP, 0), 10))
                .extracting(Recommendation::priority).containsOnly(Priority.LOW);
    }

    @Test
    void test_limit() {
        Assessment a = trust().rate(1, 0).rate(2, 0).rate(3, 0).build();
        assertThat(Recommender.recommend(a, 2)).hasSize(2);
        assertThat(Recommender.recommend(a, 0)).isEmpty();
        assertThatThrownBy(() -> Recommender.recommend(a, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowed 0 to");
    }
}
