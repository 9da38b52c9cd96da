package org.patientleadership.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.patientleadership.InvalidInputException;
import org.patientleadership.analysis.RatingRound;

/** Checks the JSON rating-round document: derived figures checked on reading, optional, and nested versions. */
class RoundJsonTest {

    private static RatingRound round() {
        return JsonSchemaTest.rounds().get(1);
    }

    @Test
    void test_write_carriesAgreementAndGap() {
        ObjectNode tree = JsonFormat.toTree(round());
        assertThat(tree.at("/agreement/ordinalAlpha/pairable").asInt()).isPositive();
        assertThat(tree.at("/agreement/summary").asText()).startsWith("The ");
        assertThat(tree.at("/gap/points")).hasSize(40);
        assertThat(tree.at("/gap/first").asText()).isEqualTo("staff");
        assertThat(tree.at("/consensus/formatVersion").asInt()).isEqualTo(1);
    }

    @Test
    void test_read_withoutDerivedMembers_computesThem() {
        ObjectNode tree = JsonFormat.toTree(round());
        tree.remove("consensus");
        tree.remove("agreement");
        tree.remove("gap");
        assertThat(JsonSchemas.validate(RatingRound.class, tree.toString())).isEmpty();
        assertThat(JsonFormat.fromTree(tree, RatingRound.class)).isEqualTo(round());
    }

    @Test
    void test_read_tamperedFigures_refusedWithPointer() {
        ObjectNode tree = JsonFormat.toTree(round());
        ((ObjectNode) tree.at("/gap")).put("summary", "Everyone agrees.");
        assertThatThrownBy(() -> JsonFormat.fromTree(tree, RatingRound.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("/gap")
                .hasMessageContaining("does not match the raters' ratings");
    }

    @Test
    void test_read_nestedAssessmentOfOtherVersion_refused() {
        ObjectNode tree = JsonFormat.toTree(round());
        ((ObjectNode) tree.at("/raters/0/assessment")).put("formatVersion", 2);
        assertThatThrownBy(() -> JsonFormat.fromTree(tree, RatingRound.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("/raters/0/assessment/formatVersion");
        assertThat(JsonSchemas.validate(RatingRound.class, tree.toString())).isNotEmpty();
    }

    @Test
    void test_read_unknownPerspective_refusedNamingTheAllowed() {
        ObjectNode tree = JsonFormat.toTree(round());
        ((ObjectNode) tree.at("/raters/0")).put("perspective", "manager");
        assertThatThrownBy(() -> JsonFormat.fromTree(tree, RatingRound.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("patient-leader");
        assertThat(JsonSchemas.validate(RatingRound.class, tree.toString())).isNotEmpty();
    }
}
