package org.patientleadership.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.patientleadership.InvalidInputException;
import org.patientleadership.placement.CrossWalk;
import org.patientleadership.placement.CrossWalkRow;

/** The cross-walk's JSON document: round trips and strict reading. */
class CrossWalkJsonTest {

    private static final CrossWalk STANDARD = CrossWalk.standard();

    @Test
    void test_standard_roundTrips() {
        String json = CrossWalkJson.toJson(STANDARD);
        assertThat(CrossWalkJson.fromJson(json)).isEqualTo(STANDARD);
        assertThat(json).contains("\"formatVersion\": " + CrossWalkJson.FORMAT_VERSION);
    }

    @Property(tries = 200)
    void anyNotes_roundTrip(@ForAll String note) {
        if (note.isBlank()) {
            return;
        }
        List<CrossWalkRow> rows = STANDARD.rows().stream()
                .map(r -> new CrossWalkRow(r.arnstein(), r.counterparts(), note, r.sources())).toList();
        CrossWalk walk = CrossWalk.of(rows);
        assertThat(CrossWalkJson.fromJson(CrossWalkJson.toJson(walk))).isEqualTo(walk);
    }

    @Test
    void test_fromJson_badInput_namesThePlace() {
        String json = CrossWalkJson.toJson(STANDARD);
        assertThatThrownBy(() -> CrossWalkJson.fromJson(json.replace("\"iap2.collaborate\"", "\"iap2.partner\"")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("/rows/5/counterparts/")
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.value())
                        .contains("iap2.partner"));
        assertThatThrownBy(() -> CrossWalkJson.fromJson(json.replaceFirst("\"formatVersion\"\\s*:\\s*1",
                "\"formatVersion\": 2")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("/formatVersion");
        assertThatThrownBy(() -> CrossWalkJson.fromJson(json.replaceFirst("\"arnstein.manipulation\"",
                "\"arnstein.bribery\""))).hasMessageContaining("/rows/0/arnstein");
        assertThatThrownBy(() -> CrossWalkJson.fromJson(json.replaceFirst("\"note\"", "\"notes\"")))
                .hasMessageContaining("/rows/0");
        assertThatThrownBy(() -> CrossWalkJson.fromJson(json.replace("\"iap2.involve\"", "\"iap2.consult\"")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no row names Involve");
        assertThatThrownBy(() -> CrossWalkJson.fromJson("[1, 2"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CrossWalkJson.fromJson("[]"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cross-walk");
    }

}
