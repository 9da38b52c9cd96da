package org.patientleadership.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patientleadership.SourceDocument;
import org.patientleadership.UnknownElementException;

class OtherLaddersTest {

    @Test
    void test_participationSteps_sixFromPassiveToControl() {
        assertThat(ParticipationStep.values()).hasSize(6);
        assertThat(ParticipationStep.of(1)).isEqualTo(ParticipationStep.PASSIVE_CONSUMERS);
        assertThat(ParticipationStep.of(6)).isEqualTo(ParticipationStep.CONTROLLING);
        for (ParticipationStep s : ParticipationStep.values()) {
            assertThat(s.source().document()).isEqualTo(SourceDocument.COPENHAGEN_SLIDES);
        }
    }

    @Test
    void test_coProductionLadder_sevenRungsInThreeGroups() {
        assertThat(Arrays.stream(CoProductionRung.values()).map(CoProductionRung::displayName)).containsExactly(
                "Coercion", "Educating", "Informing", "Consultation", "Engagement", "Co-design", "Co-production");
        assertThat(CoProductionGroup.DOING_TO.rungs()).containsExactly(CoProductionRung.COERCION,
                CoProductionRung.EDUCATING);
        assertThat(CoProductionGroup.DOING_FOR.rungs()).containsExactly(CoProductionRung.INFORMING,
                CoProductionRung.CONSULTATION, CoProductionRung.ENGAGEMENT);
        assertThat(CoProductionGroup.DOING_WITH.rungs()).containsExactly(CoProductionRung.CO_DESIGN,
                CoProductionRung.CO_PRODUCTION);
    }

    @Test
    void test_coProductionLadder_isFlaggedAsOutsideTheSeeds() {
        for (CoProductionRung r : CoProductionRung.values()) {
            assertThat(r.source().document().isSeed()).isFalse();
        }
        assertThat(Ladder.COPRODUCTION.alsoIn()).extracting(s -> s.document())
                .contains(SourceDocument.COPENHAGEN_SLIDES);
    }

    @Test
    void test_grid_twoLevelsByFourDegrees() {
        assertThat(GridCell.values()).hasSize(8);
        Set<String> pairs = new HashSet<>();
        for (GridCell c : GridCell.values()) {
            assertThat(GridCell.of(c.level(), c.degree())).isSameAs(c);
            pairs.add(c.level() + "/" + c.degree());
        }
        assertThat(pairs).hasSize(8);
        assertThat(GridCell.of(EngagementLevel.COLLECTIVE, InfluenceDegree.CONTROL).displayName())
                .isEqualTo("Patient Leadership");
        assertThat(GridCell.of(EngagementLevel.INDIVIDUAL, InfluenceDegree.CONTROL).displayName())
                .isEqualTo("Self-care; self-management");
        assertThat(GridCell.INDIVIDUAL_FEEDBACK.examples()).contains("PALS", "complaints");
    }

    @Test
    void test_grid_nulls() {
        assertThatThrownBy(() -> GridCell.of(null, InfluenceDegree.CONTROL))
                .isInstanceOf(NullPointerException.class).hasMessage("level");
    }

    @Test
    void test_ladderOf_id() {
        assertThat(Ladder.of("ladder.coproduction")).isSameAs(Ladder.COPRODUCTION);
        assertThat(Ladder.COPRODUCTION.findRung("coproduction.co-design")).contains(CoProductionRung.CO_DESIGN);
        assertThat(Ladder.COPRODUCTION.findRung("arnstein.therapy")).isEmpty();
        assertThatThrownBy(() -> Ladder.of("ladder.hart"))
                .isInstanceOf(UnknownElementException.class)
                .hasMessageContaining("ladder.arnstein");
        assertThatThrownBy(() -> Ladder.PARTICIPATION.rung(7))
                .isInstanceOf(UnknownElementException.class)
                .hasMessageContaining("1 to 6");
    }
}
