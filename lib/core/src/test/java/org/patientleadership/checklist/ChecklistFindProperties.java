package org.patientleadership.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Checklist#find(String)} reads the number from the id; it must agree with a search of the list. */
class ChecklistFindProperties {

    @Property
    void find_agreesWithASearch(@ForAll("ids") String id) {
        Optional<ChecklistPoint> searched = Checklist.points().stream().filter(p -> p.id().equals(id)).findFirst();
        assertThat(Checklist.find(id)).isEqualTo(searched);
    }

    @Provide
    Arbitrary<String> ids() {
        Arbitrary<String> near = Arbitraries.oneOf(Arbitraries.integers().between(-5, 120).map(String::valueOf),
                Arbitraries.strings().withChars("0123456789x+- ").ofMaxLength(4));
        return Arbitraries.oneOf(near.map(n -> "point." + n), Arbitraries.strings().ofMaxLength(10),
                Arbitraries.of("point.", "Point.1", "point.01", "point.1 ", "point.٣"));
    }

    @Example
    void find_everyPointByItsId() {
        for (ChecklistPoint p : Checklist.points()) {
            assertThat(Checklist.find(p.id())).containsSame(p);
        }
        assertThat(Checklist.find("point.01")).isEmpty();
    }
}
