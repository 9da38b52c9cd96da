package org.patientleadership.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientleadership.InvalidInputException;
import org.patientleadership.Source;
import org.patientleadership.ladder.ArnsteinRung;
import org.patientleadership.ladder.CoProductionRung;
import org.patientleadership.ladder.Iap2Level;
import org.patientleadership.ladder.InfluenceDegree;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.ParticipationStep;
import org.patientleadership.ladder.Rung;

class CrossWalkTest {

    private static final CrossWalk STANDARD = CrossWalk.standard();

    @Test
    void test_standard_keepsLadderMapping_andAddsIap2() {
        for (MappingRow m : LadderMapping.rows()) {
            CrossWalkRow row = STANDARD.row(m.arnstein());
            assertThat(row.counterparts(Ladder.COPRODUCTION)).containsExactlyElementsOf(m.coProduction());
            assertThat(row.counterparts(Ladder.PARTICIPATION)).containsExactlyElementsOf(m.participation());
            assertThat(row.counterparts(Ladder.INFLUENCE)).containsExactly(m.influence());
            assertThat(row.note()).startsWith(m.uncertainty());
            assertThat(row.sources()).containsAll(m.sources());
        }
        assertThat(STANDARD.rows()).extracting(r -> r.counterparts(Ladder.IAP2)).containsExactly(
                List.of(Iap2Level.INFORM), List.of(Iap2Level.INFORM), List.of(Iap2Level.INFORM),
                List.of(Iap2Level.CONSULT), List.of(Iap2Level.INVOLVE), List.of(Iap2Level.COLLABORATE),
                List.of(Iap2Level.COLLABORATE, Iap2Level.EMPOWER), List.of(Iap2Level.EMPOWER));
    }

    @Test
    void test_counterparts_betweenAnyTwoLadders() {
        assertThat(STANDARD.counterparts(ParticipationStep.SHARING, Ladder.IAP2))
                .containsExactly(Iap2Level.COLLABORATE, Iap2Level.EMPOWER);
        assertThat(STANDARD.counterparts(Iap2Level.INVOLVE, Ladder.ARNSTEIN)).containsExactly(ArnsteinRung.PLACATION);
        assertThat(STANDARD.counterparts(Iap2Level.EMPOWER, Ladder.PARTICIPATION))
                .containsExactly(ParticipationStep.SHARING, ParticipationStep.CONTROLLING);
        assertThat(STANDARD.counterparts(InfluenceDegree.FEEDBACK, Ladder.COPRODUCTION))
                .containsExactly(CoProductionRung.CONSULTATION);
        assertThat(STANDARD.counterparts(Iap2Level.CONSULT, Ladder.IAP2)).containsExactly(Iap2Level.CONSULT);
        assertThat(STANDARD.row(ArnsteinRung.PARTNERSHIP)).hasToString(
                "Partnership = Influence, Sharing decisions, Co-design/Co-production, Collaborate");
    }

    @Test
    void test_validation_namesTheRowAndTheRule() {
        List<CrossWalkRow> rows = new ArrayList<>(STANDARD.rows());
        rows.remove(7);
        assertThatThrownBy(() -> CrossWalk.of(rows)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one per Arnstein rung");
        assertThatThrownBy(() -> CrossWalk.of(replaceIap2(5, Iap2Level.CONSULT))).hasMessageContaining(
                "row 6 (Partnership)").hasMessageContaining("never go down");
        assertThatThrownBy(() -> CrossWalk.of(replaceIap2(6, Iap2Level.INFORM, Iap2Level.EMPOWER)))
                .hasMessageContaining("without gaps");
        assertThat(CrossWalk.of(replaceIap2(4, Iap2Level.CONSULT, Iap2Level.INVOLVE)).row(ArnsteinRung.PLACATION)
                .counterparts(Ladder.IAP2)).containsExactly(Iap2Level.CONSULT, Iap2Level.INVOLVE);
        assertThatThrownBy(() -> CrossWalk.of(replaceIap2(4, Iap2Level.CONSULT)))
                .hasMessageContaining("no row names Involve");
        assertThatThrownBy(() -> new CrossWalkRow(ArnsteinRung.THERAPY, List.of(ArnsteinRung.INFORMING), "n",
                List.of(Source.guide("point 2")))).hasMessageContaining("not the Arnstein rung Informing");
        assertThatThrownBy(() -> new CrossWalkRow(ArnsteinRung.THERAPY, List.of(Iap2Level.INFORM), "n",
                List.of())).hasMessageContaining("cites a source");
        List<CrossWalkRow> empty = new ArrayList<>(STANDARD.rows());
        empty.set(0, withIap2(empty.get(0)));
        assertThatThrownBy(() -> CrossWalk.of(empty)).hasMessageContaining("no rung of the IAP2 Spectrum");
    }

    private static List<CrossWalkRow> replaceIap2(int index, Iap2Level... levels) {
        List<CrossWalkRow> rows = new ArrayList<>(STANDARD.rows());
        rows.set(index, withIap2(rows.get(index), levels));
        return rows;
    }

    private static CrossWalkRow withIap2(CrossWalkRow row, Iap2Level... levels) {
        List<Rung<?>> counterparts = new ArrayList<>(row.counterparts());
        counterparts.removeIf(r -> r instanceof Iap2Level);
        counterparts.addAll(List.of(levels));
        return new CrossWalkRow(row.arnstein(), counterparts, row.note(), row.sources());
    }

    @Test
    void test_docs_listTheCrossWalk() throws IOException {
        String doc = Files.readString(Path.of("..", "..", "docs", "frameworks.md"));
        for (CrossWalkRow row : STANDARD.rows()) {
            String expected = "| " + row.arnstein().number() + " " + row.arnstein().displayName() + " | "
                    + names(row.counterparts(Ladder.INFLUENCE)) + " | " + names(row.counterparts(Ladder.PARTICIPATION))
                    + " | " + names(row.counterparts(Ladder.COPRODUCTION)) + " | " + names(row.counterparts(Ladder.IAP2))
                    + " |";
            assertThat(doc).as("docs/frameworks.md, cross-walk row %d", row.arnstein().number()).contains(expected);
        }
    }

    private static String names(List<? extends Rung<?>> rungs) {
        return String.join(", ", rungs.stream().map(Rung::displayName).toList());
    }
}
