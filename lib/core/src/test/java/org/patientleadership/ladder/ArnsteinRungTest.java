package org.patientleadership.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patientleadership.SourceDocument;
import org.patientleadership.UnknownElementException;

class ArnsteinRungTest {

    @Test
    void test_rungs_areArnsteinsEightInOrderFromTheBottom() {
        assertThat(Arrays.stream(ArnsteinRung.values()).map(ArnsteinRung::displayName)).containsExactly(
                "Manipulation", "Therapy", "Informing", "Consultation", "Placation", "Partnership",
                "Delegated power", "Citizen control");
        assertThat(Arrays.stream(ArnsteinRung.values()).mapToInt(ArnsteinRung::number)).containsExactly(
                1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void test_bands_groupTwoThreeThree() {
        assertThat(ArnsteinBand.NONPARTICIPATION.rungs()).containsExactly(ArnsteinRung.MANIPULATION,
                ArnsteinRung.THERAPY);
        assertThat(ArnsteinBand.TOKENISM.rungs()).containsExactly(ArnsteinRung.INFORMING,
                ArnsteinRung.CONSULTATION, ArnsteinRung.PLACATION);
        assertThat(ArnsteinBand.CITIZEN_POWER.rungs()).containsExactly(ArnsteinRung.PARTNERSHIP,
                ArnsteinRung.DELEGATED_POWER, ArnsteinRung.CITIZEN_CONTROL);
    }

    @Test
    void test_source_isArnstein1969() {
        for (ArnsteinRung r : ArnsteinRung.values()) {
            assertThat(r.source().document()).isEqualTo(SourceDocument.ARNSTEIN_1969);
            assertThat(r.source().document().isSeed()).isFalse();
        }
    }

    @Test
    void test_of_number_and_id() {
        assertThat(ArnsteinRung.of(6)).isEqualTo(ArnsteinRung.PARTNERSHIP);
        assertThat(ArnsteinRung.of("arnstein.citizen-control")).isEqualTo(ArnsteinRung.CITIZEN_CONTROL);
        assertThat(ArnsteinBand.of(2)).isEqualTo(ArnsteinBand.TOKENISM);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9, -1, Integer.MAX_VALUE})
    void test_of_badNumber_namesValueAndRange(int bad) {
        assertThatThrownBy(() -> ArnsteinRung.of(bad))
                .isInstanceOf(UnknownElementException.class)
                .hasMessageContaining("'" + bad + "'")
                .hasMessageContaining("1 to 8");
    }

    @Test
    void test_of_badId_listsAllowedIds() {
        assertThatThrownBy(() -> ArnsteinRung.of("arnstein.consultancy"))
                .isInstanceOf(UnknownElementException.class)
                .hasMessageContaining("arnstein.consultancy")
                .hasMessageContaining("arnstein.consultation");
    }

    @Test
    void test_nextAndPrevious_atEnds() {
        assertThat(ArnsteinRung.CITIZEN_CONTROL.next()).isEmpty();
        assertThat(ArnsteinRung.MANIPULATION.previous()).isEmpty();
        assertThat(ArnsteinRung.PLACATION.next()).contains(ArnsteinRung.PARTNERSHIP);
        assertThat(ArnsteinRung.PLACATION.previous()).contains(ArnsteinRung.CONSULTATION);
    }

    @Test
    void test_isAbove_isBelow() {
        assertThat(ArnsteinRung.PARTNERSHIP.isAbove(ArnsteinRung.PLACATION)).isTrue();
        assertThat(ArnsteinRung.PARTNERSHIP.isBelow(ArnsteinRung.PLACATION)).isFalse();
        assertThat(ArnsteinRung.PARTNERSHIP.isAbove(ArnsteinRung.PARTNERSHIP)).isFalse();
    }

    @Test
    void test_ladder_arnstein() {
        assertThat(Ladder.ARNSTEIN.rungs()).hasSize(8);
        assertThat(Ladder.ARNSTEIN.groups()).hasSize(3);
        assertThat(Ladder.ARNSTEIN.bottom()).isEqualTo(ArnsteinRung.MANIPULATION);
        assertThat(Ladder.ARNSTEIN.top()).isEqualTo(ArnsteinRung.CITIZEN_CONTROL);
        assertThat(Ladder.ARNSTEIN.groupOf(ArnsteinRung.THERAPY)).contains(ArnsteinBand.NONPARTICIPATION);
        assertThat(Ladder.ARNSTEIN.alsoIn()).extracting(s -> s.document()).contains(SourceDocument.GUIDE);
        assertThat(List.copyOf(Ladder.ARNSTEIN.rungs())).isEqualTo(List.of(ArnsteinRung.values()));
    }
}
