package org.patientleadership.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patientleadership.SourceDocument;

class RecommendationPolicyTest {

    private static final RecommendationPolicy STANDARD = RecommendationPolicy.standard();

    @Test
    void test_standard_weightsAndLevels() {
        assertThat(STANDARD.weights()).containsExactly(Map.entry(PriorityFactor.GAP, 1.0),
                Map.entry(PriorityFactor.SECTION_WEAKNESS, 1.0), Map.entry(PriorityFactor.PREREQUISITE, 0.25),
                Map.entry(PriorityFactor.FELL_BACK, 1.0), Map.entry(PriorityFactor.NO_EVIDENCE, 0.1),
                Map.entry(PriorityFactor.FOCUS, 0.5));
        assertThat(STANDARD.level(1.0)).isEqualTo(Priority.HIGH);
        assertThat(STANDARD.level(0.99)).isEqualTo(Priority.MEDIUM);
        assertThat(STANDARD.level(0.6)).isEqualTo(Priority.MEDIUM);
        assertThat(STANDARD.level(0.59)).isEqualTo(Priority.LOW);
    }

    @Test
    void test_standard_prerequisites_citeTheGuide() {
        assertThat(STANDARD.prerequisites()).hasSize(11)
                .allSatisfy(p -> assertThat(p.source().document()).isEqualTo(SourceDocument.GUIDE))
                .allSatisfy(p -> assertThat(p.source().locator()).contains(Integer.toString(p.point())))
                .allSatisfy(p -> assertThat(p.point()).isGreaterThan(p.requires()));
        assertThat(STANDARD.requires(33)).containsExactly(12, 25);
        assertThat(STANDARD.dependants(25)).containsExactly(27, 28, 33, 35);
        assertThat(STANDARD.dependants(12)).containsExactly(14, 15, 16, 33);
        assertThat(STANDARD.requires(1)).isEmpty();
        assertThat(STANDARD.prerequisite(15, 12)).isPresent();
        assertThat(STANDARD.prerequisite(12, 15)).isEmpty();
    }

    @Test
    void test_unknownPoint() {
        assertThatThrownBy(() -> Prerequisite.of(33, 41, "point 33", "x")).isInstanceOf(PlanningException.class)
                .hasMessageContaining("unknown point 41").hasMessageContaining("allowed: 1 to 40")
                .extracting(e -> ((PlanningException) e).element()).isEqualTo("prerequisite 33 on 41");
        assertThatThrownBy(() -> Prerequisite.of(0, 5, "point 5", "x")).isInstanceOf(PlanningException.class);
    }

    @Test
    void test_cycle() {
        assertThatThrownBy(() -> Prerequisite.of(5, 5, "point 5", "x")).isInstanceOf(PlanningException.class)
                .hasMessageContaining("cycle");
        List<Prerequisite> cycle = new ArrayList<>(STANDARD.prerequisites());
        cycle.add(Prerequisite.of(11, 15, "points 11 and 15", "a test cycle"));
        assertThatThrownBy(() -> STANDARD.withPrerequisites(cycle)).isInstanceOf(PlanningException.class)
                .hasMessageContaining("cycle").hasMessageContaining("point 11 rests on point 15")
                .extracting(e -> ((PlanningException) e).element()).isEqualTo("prerequisites 11 → 15 → 12 → 11");
    }

    @Test
    void test_duplicatePrerequisite() {
        List<Prerequisite> twice = new ArrayList<>(STANDARD.prerequisites());
        twice.add(Prerequisite.of(33, 25, "points 25 and 33", "again"));
        assertThatThrownBy(() -> STANDARD.withPrerequisites(twice)).isInstanceOf(PlanningException.class)
                .hasMessageContaining("listed twice");
    }

    @Test
    void test_badWeights() {
        assertThatThrownBy(() -> STANDARD.withWeight(PriorityFactor.FELL_BACK, -0.5))
                .isInstanceOf(PlanningException.class).hasMessageContaining("weight of fell-back: -0.5")
                .hasMessageContaining("0 or more");
        assertThatThrownBy(() -> STANDARD.withWeight(PriorityFactor.GAP, Double.NaN))
                .isInstanceOf(PlanningException.class);
        assertThatThrownBy(() -> STANDARD.withWeight(PriorityFactor.GAP, Double.POSITIVE_INFINITY))
                .isInstanceOf(PlanningException.class);
        Map<PriorityFactor, Double> missing = new EnumMap<>(STANDARD.weights());
        missing.remove(PriorityFactor.FOCUS);
        assertThatThrownBy(() -> RecommendationPolicy.of(missing, List.of(), 1, 0.5))
                .isInstanceOf(PlanningException.class).hasMessageContaining("'focus'");
        assertThatThrownBy(() -> STANDARD.withLevels(0.5, 0.6)).isInstanceOf(PlanningException.class)
                .hasMessageContaining("below the MEDIUM threshold");
    }

    @Test
    void test_withCopies() {
        assertThat(STANDARD.withWeight(PriorityFactor.GAP, 1.0)).isSameAs(STANDARD);
        assertThat(STANDARD.withLevels(1.0, 0.6)).isSameAs(STANDARD);
        RecommendationPolicy none = STANDARD.withPrerequisites(List.of());
        assertThat(none.prerequisites()).isEmpty();
        assertThat(none).isNotEqualTo(STANDARD).isEqualTo(RecommendationPolicy.of(STANDARD.weights(), List.of(),
                1.0, 0.6));
        assertThat(STANDARD.withWeight(PriorityFactor.FOCUS, 2).weight(PriorityFactor.FOCUS)).isEqualTo(2);
    }

    @Test
    void test_factorIds() {
        for (PriorityFactor f : PriorityFactor.values()) {
            assertThat(PriorityFactor.of(f.id())).isSameAs(f);
        }
        assertThatThrownBy(() -> PriorityFactor.of("luck")).hasMessageContaining("allowed: gap");
    }
}
