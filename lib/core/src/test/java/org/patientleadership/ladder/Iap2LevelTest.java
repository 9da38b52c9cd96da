package org.patientleadership.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.patientleadership.catalogue.Catalogue;
import org.patientleadership.SourceDocument;
import org.patientleadership.UnknownElementException;

class Iap2LevelTest {

    @Test
    void test_fiveLevels_inChartOrder() {
        assertThat(Ladder.IAP2.rungs()).extracting(Iap2Level::displayName).containsExactly("Inform", "Consult",
                "Involve", "Collaborate", "Empower");
        assertThat(Ladder.IAP2.bottom()).isEqualTo(Iap2Level.INFORM);
        assertThat(Ladder.IAP2.top()).isEqualTo(Iap2Level.EMPOWER);
        assertThat(Iap2Level.COLLABORATE.isAbove(Iap2Level.INVOLVE)).isTrue();
        assertThat(Iap2Level.of(3)).isEqualTo(Iap2Level.INVOLVE);
        assertThat(Iap2Level.of("iap2.empower")).isEqualTo(Iap2Level.EMPOWER);
        assertThatThrownBy(() -> Iap2Level.of(6)).isInstanceOf(UnknownElementException.class)
                .hasMessageContaining("1 to 5");
    }

    @Test
    void test_goalAndPromise_inEachLevel() {
        for (Iap2Level level : Iap2Level.values()) {
            assertThat(level.goal()).isNotBlank();
            assertThat(level.promise()).startsWith("We will");
            assertThat(level.description()).isEqualTo("Goal: " + level.goal() + " Promise: " + level.promise());
            assertThat(level.source().document()).isEqualTo(SourceDocument.IAP2_2018);
            assertThat(level.source().locator()).contains("'" + level.displayName() + "'");
        }
    }

    @Test
    void test_docs_listTheLevels() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "..", "docs", "frameworks.md"));
        for (Iap2Level level : Iap2Level.values()) {
            assertThat(doc).contains("| " + level.number() + " | " + level.displayName() + " | " + level.goal() + " | "
                    + level.promise() + " |");
        }
    }

    @Test
    void test_catalogued_andFoundById() {
        assertThat(Ladder.catalogued()).containsExactly(Ladder.ARNSTEIN, Ladder.INFLUENCE, Ladder.PARTICIPATION,
                Ladder.COPRODUCTION, Ladder.IAP2);
        assertThat(Ladder.all()).doesNotContain(Ladder.IAP2);
        assertThat(Ladder.of("ladder.iap2")).isSameAs(Ladder.IAP2);
        assertThat(Catalogue.get("iap2.consult")).isSameAs(Iap2Level.CONSULT);
        assertThat(Catalogue.get("coproduction-beyond.patient-led")).isSameAs(BeyondTheLadder.PATIENT_LED);
        assertThat(BeyondTheLadder.PATIENT_LED.ladder()).isSameAs(Ladder.COPRODUCTION);
    }
}
