package org.patientleadership.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.patientleadership.SourceDocument;
import org.patientleadership.ladder.ArnsteinRung;
import org.patientleadership.ladder.CoProductionRung;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.ladder.InfluenceDegree;
import org.patientleadership.ladder.ParticipationStep;
import org.patientleadership.ladder.Rung;

class LadderMappingTest {

    @Test
    void test_rows_onePerArnsteinRungInOrder() {
        assertThat(LadderMapping.rows()).extracting(MappingRow::arnstein).containsExactly(ArnsteinRung.values());
        for (ArnsteinRung rung : ArnsteinRung.values()) {
            assertThat(LadderMapping.row(rung).arnstein()).isEqualTo(rung);
        }
    }

    @Test
    void test_coversEveryRungOfEveryLadder() {
        Set<CoProductionRung> coProduction = new HashSet<>();
        Set<ParticipationStep> participation = new HashSet<>();
        Set<InfluenceDegree> influence = new HashSet<>();
        for (MappingRow row : LadderMapping.rows()) {
            coProduction.addAll(row.coProduction());
            participation.addAll(row.participation());
            influence.add(row.influence());
        }
        assertThat(coProduction).containsExactlyInAnyOrder(CoProductionRung.values());
        assertThat(participation).containsExactlyInAnyOrder(ParticipationStep.values());
        assertThat(influence).containsExactlyInAnyOrder(InfluenceDegree.values());
    }

    @Test
    void test_isMonotone_higherArnsteinRungNeverMapsLower() {
        assertMonotone(MappingRow::coProduction);
        assertMonotone(MappingRow::participation);
        assertMonotone(r -> Set.of(r.influence()));
    }

    private static <R extends Rung<R>> void assertMonotone(Function<MappingRow, Set<R>> side) {
        List<MappingRow> rows = LadderMapping.rows();
        for (int i = 1; i < rows.size(); i++) {
            Set<R> lower = side.apply(rows.get(i - 1));
            Set<R> higher = side.apply(rows.get(i));
            assertThat(min(higher)).as("lowest for %s", rows.get(i).arnstein()).isGreaterThanOrEqualTo(min(lower));
            assertThat(max(higher)).as("highest for %s", rows.get(i).arnstein()).isGreaterThanOrEqualTo(max(lower));
        }
    }

    @Test
    void test_rowsAreRangesWithoutGaps() {
        for (MappingRow row : LadderMapping.rows()) {
            assertThat(max(row.coProduction()) - min(row.coProduction()) + 1).isEqualTo(row.coProduction().size());
            assertThat(max(row.participation()) - min(row.participation()) + 1)
                    .isEqualTo(row.participation().size());
        }
    }

    private static int min(Set<? extends Rung<?>> rungs) {
        return rungs.stream().mapToInt(Rung::number).min().orElseThrow();
    }

    private static int max(Set<? extends Rung<?>> rungs) {
        return rungs.stream().mapToInt(Rung::number).max().orElseThrow();
    }

    @Test
    void test_everyRow_citesArnsteinTheGuideTlapAndCopenhagen_andNotesItsUncertainty() {
        for (MappingRow row : LadderMapping.rows()) {
            assertThat(row.uncertainty()).isNotBlank();
            assertThat(row.sources()).extracting(s -> s.document()).containsExactly(SourceDocument.ARNSTEIN_1969,
                    SourceDocument.GUIDE, SourceDocument.TLAP_LADDER, SourceDocument.COPENHAGEN_SLIDES);
        }
        assertThat(LadderMapping.row(ArnsteinRung.PARTNERSHIP)).hasToString(
                "Partnership = Co-design/Co-production, Sharing decisions, Influence");
    }

    @Test
    void test_standardRules_agreeWithTheMapping_forEveryActivity() {
        int checked = 0;
        for (int mask = 0; mask < 1 << PowerSharing.values().length; mask++) {
            EnumSet<PowerSharing> sharing = EnumSet.noneOf(PowerSharing.class);
            for (PowerSharing f : PowerSharing.values()) {
                if ((mask & 1 << (f.number() - 1)) != 0) {
                    sharing.add(f);
                }
            }
            for (Initiator initiator : Initiator.values()) {
                for (Set<Restriction> restrictions : List.of(Set.<Restriction>of(), Set.of(Restriction.MANAGED_FOR_PR),
                        Set.of(Restriction.PATIENTS_REQUIRED_TO_ATTEND), EnumSet.allOf(Restriction.class))) {
                    Activity a = new Activity("a", EngagementLevel.COLLECTIVE, initiator, sharing, restrictions);
                    Placements p = Placer.place(a);
                    MappingRow row = LadderMapping.row(p.arnstein().rung());
                    assertThat(row.coProduction()).as(a.toString()).contains(p.coProduction().rung());
                    assertThat(row.participation()).as(a.toString()).contains(p.participation().rung());
                    assertThat(row.influence()).as(a.toString()).isEqualTo(p.influence().rung());
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(512 * 3 * 4);
    }

    @Test
    void test_row_validation() {
        MappingRow r = LadderMapping.row(ArnsteinRung.INFORMING);
        assertThatThrownBy(() -> new MappingRow(r.arnstein(), Set.of(), r.participation(), r.influence(),
                r.uncertainty(), r.sources())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("coProduction must not be empty");
        assertThatThrownBy(() -> new MappingRow(r.arnstein(), r.coProduction(), r.participation(), null,
                r.uncertainty(), r.sources())).isInstanceOf(NullPointerException.class)
                .hasMessage("influence must not be null; allowed: PROVIDING_INFORMATION, FEEDBACK, INFLUENCE, "
                        + "CONTROL");
        assertThatThrownBy(() -> new MappingRow(r.arnstein(), r.coProduction(), r.participation(), r.influence(),
                r.uncertainty(), List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cites a source");
        assertThatThrownBy(() -> LadderMapping.row(null)).isInstanceOf(NullPointerException.class);
    }
}
