package org.patientleadership.coproduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.UnknownElementException;

class ValueSetsTest {

    @Test
    void test_sets_andTheirSizes() {
        assertThat(ValueSets.all()).extracting(ValueSet::id).containsExactly("value-set.copenhagen-2023",
                "value-set.nef-2010", "value-set.nhs-england-2020", "value-set.involve-2018", "value-set.scie-2013",
                "value-set.event-themes");
        assertThat(ValueSets.all()).extracting(s -> s.principles().size()).containsExactly(5, 6, 18, 5, 4, 7);
    }

    @Test
    void test_copenhagenPrinciples_inSlideOrder() {
        assertThat(ValueSets.COPENHAGEN_2023.principles()).extracting(Principle::displayName)
                .containsExactly("Assets", "Catalysts", "Mutuality", "Networks", "Blur roles");
        assertThat(ValueSets.COPENHAGEN_2023.isFromSeeds()).isTrue();
    }

    @Test
    void test_outsideTheSeeds_isFlagged() {
        assertThat(ValueSets.NEF_2010.isFromSeeds()).isFalse();
        assertThat(ValueSets.INVOLVE_2018.isFromSeeds()).isFalse();
        assertThat(ValueSets.SCIE_2013.isFromSeeds()).isFalse();
        assertThat(ValueSets.NHS_ENGLAND_2020.isFromSeeds()).isTrue();
        assertThat(ValueSets.NHS_ENGLAND_2020.source().document()).isEqualTo(SourceDocument.COPRODUCTION_SLIDES);
    }

    @Test
    void test_lookUps() {
        assertThat(ValueSets.of("value-set.scie-2013")).isSameAs(ValueSets.SCIE_2013);
        assertThat(ValueSets.SCIE_2013.principle(4).displayName()).isEqualTo("Reciprocity");
        assertThat(ValueSets.NEF_2010.findPrinciple("nef-2010.catalysts")).isPresent();
        assertThatThrownBy(() -> ValueSets.of("value-set.unknown"))
                .isInstanceOf(UnknownElementException.class).hasMessageContaining("value-set.nef-2010");
        assertThatThrownBy(() -> ValueSets.SCIE_2013.principle(5))
                .isInstanceOf(UnknownElementException.class).hasMessageContaining("1 to 4");
    }

    @Test
    void test_valueSet_validation() {
        Source s = Source.guide("point 1");
        Principle one = new Principle("x.one", 1, "One", "First.", s);
        Principle two = new Principle("x.two", 2, "Two", "Second.", s);
        assertThat(new ValueSet("value-set.x", "X", "A set.", s, List.of(one, two)).principles()).hasSize(2);
        assertThatThrownBy(() -> new ValueSet("value-set.x", "X", "A set.", s, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new ValueSet("value-set.x", "X", "A set.", s, List.of(two, one)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numbered 2 at position 1");
        assertThatThrownBy(() -> new ValueSet("value-set.x", "", "A set.", s, List.of(one)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("displayName must not be blank");
        assertThatThrownBy(() -> new Principle("x.one", 0, "One", "First.", s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("principle number: 0");
    }

    @Test
    void test_coDesignStages_sixInOrder() {
        assertThat(Arrays.stream(CoDesignStage.values()).map(CoDesignStage::displayName)).containsExactly(
                "Set up and planning", "Staff and leadership focus group", "Patient and/or family focus group",
                "Co-design meeting", "Co-design workgroup", "Celebration Event");
        assertThat(CoDesignStage.of(4)).isEqualTo(CoDesignStage.CO_DESIGN_MEETING);
        assertThat(CoDesignStage.CELEBRATION_EVENT.next()).isEmpty();
    }
}
