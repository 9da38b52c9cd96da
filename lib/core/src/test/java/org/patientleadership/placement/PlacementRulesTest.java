package org.patientleadership.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patientleadership.ladder.ArnsteinRung;
import org.patientleadership.ladder.CoProductionRung;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.ladder.Ladder;

class PlacementRulesTest {

    private static final PlacementRules STANDARD = PlacementRules.standard();

    @Test
    void test_standard_hasFortyRowsInLadderOrder() {
        assertThat(STANDARD.rules()).hasSize(40);
        assertThat(STANDARD).hasToString("PlacementRules[40 rows]");
        assertThat(STANDARD.row(1).rung()).isEqualTo(ArnsteinRung.MANIPULATION);
        assertThat(STANDARD.row(11).rung()).isEqualTo(ArnsteinRung.CITIZEN_CONTROL);
        assertThat(STANDARD.row(12).ladder()).isSameAs(Ladder.INFLUENCE);
        assertThat(STANDARD.row(21).ladder()).isSameAs(Ladder.PARTICIPATION);
        assertThat(STANDARD.row(30).ladder()).isSameAs(Ladder.COPRODUCTION);
        assertThat(STANDARD.row(40)).hasToString("Ladder of co-production: Co-production if Co-designed and "
                + "Decisions shared and Co-delivered, started jointly or by patients");
        assertThat(STANDARD.row(2).condition())
                .isEqualTo("no feature needed, unless Managed for PR or Patients required to attend");
        assertThatThrownBy(() -> STANDARD.row(41)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid row number: 41; allowed 1 to 40");
    }

    @Test
    void test_standard_restrictionsOnlyBlockRowsThatNeedNoFeature() {
        for (Rule<?> rule : STANDARD.rules()) {
            if (!rule.blockedBy().isEmpty()) {
                assertThat(rule.requires()).as(rule.toString()).isEmpty();
            }
        }
    }

    @Test
    void test_standard_isDocumentedRowByRowInDocs() throws Exception {
        String doc = Files.readString(Path.of("..", "..", "docs", "placement.md"));
        for (int n = 1; n <= STANDARD.rules().size(); n++) {
            Rule<?> rule = STANDARD.row(n);
            String expected = "| " + n + " | " + rule.ladder().displayName() + " | " + rule.rung().displayName()
                    + " | " + rule.condition() + " |";
            assertThat(doc).as("docs/placement.md row %d", n).contains(expected);
        }
    }

    @Test
    void test_of_copiesAndAcceptsACustomTable() {
        List<Rule<?>> rows = new ArrayList<>(STANDARD.rules());
        rows.set(7, Rule.of(Ladder.ARNSTEIN, ArnsteinRung.PARTNERSHIP, "Only with co-design as well.",
                PowerSharing.DECISIONS_SHARED, PowerSharing.CO_DESIGNED));
        PlacementRules strict = PlacementRules.of(rows);
        rows.clear();
        assertThat(strict.rules()).hasSize(40);
        Activity board = Activity.of("Board", EngagementLevel.COLLECTIVE, Initiator.ORGANISATION,
                PowerSharing.DECISIONS_SHARED);
        assertThat(Placer.place(board).arnstein().rung()).isEqualTo(ArnsteinRung.PARTNERSHIP);
        assertThat(Placer.place(board, strict).arnstein().rung()).isEqualTo(ArnsteinRung.THERAPY);
        assertThat(Placer.place(board.plus(PowerSharing.CO_DESIGNED), strict).arnstein().rung())
                .isEqualTo(ArnsteinRung.PARTNERSHIP);
    }

    @Test
    void test_of_missingFloor_namesTheLadder() {
        List<Rule<?>> rows = new ArrayList<>(STANDARD.rules());
        rows.remove(29);
        assertThatThrownBy(() -> PlacementRules.of(rows)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("floor row").hasMessageEndingWith("missing for: Ladder of co-production");
    }

    @Test
    void test_of_uncoveredRung_namesTheRung() {
        List<Rule<?>> rows = new ArrayList<>(STANDARD.rules());
        rows.remove(1);
        assertThatThrownBy(() -> PlacementRules.of(rows)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("no row for: Ladder of citizen participation 'Therapy'");
    }

    @Test
    void test_of_repeatedRow_isRejected() {
        List<Rule<?>> rows = new ArrayList<>(STANDARD.rules());
        rows.add(Rule.of(Ladder.ARNSTEIN, ArnsteinRung.INFORMING, "Same again, other words.",
                PowerSharing.PATIENTS_INFORMED));
        assertThatThrownBy(() -> PlacementRules.of(rows)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rules[40] repeats the ladder, rung and condition of rules[2]");
    }

    @Test
    void test_of_nulls() {
        assertThatThrownBy(() -> PlacementRules.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("rules");
        assertThatThrownBy(() -> PlacementRules.of(Arrays.asList(STANDARD.row(1), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("rules[1]");
        assertThatThrownBy(() -> PlacementRules.of(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("floor row");
    }

    @Test
    void test_rule_validation() {
        assertThatThrownBy(() -> Rule.of(Ladder.ARNSTEIN, ArnsteinRung.INFORMING, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rationale must not be blank");
        assertThatThrownBy(() -> Rule.of(Ladder.ARNSTEIN, ArnsteinRung.INFORMING, "r", (PowerSharing) null))
                .isInstanceOf(NullPointerException.class).hasMessageStartingWith("requires[0] must not be null");
        assertThatThrownBy(() -> Rule.of(Ladder.ARNSTEIN, ArnsteinRung.INFORMING, "r")
                .withMinimumInitiator(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("minimumInitiator must not be null; allowed: ORGANISATION, JOINT, PATIENTS");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Ladder<ArnsteinRung> wrong = (Ladder) Ladder.COPRODUCTION;
        assertThatThrownBy(() -> new Rule<>(wrong, ArnsteinRung.INFORMING, Set.of(), Initiator.ORGANISATION,
                Set.of(), "r")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rung INFORMING is not a rung of the Ladder of co-production; allowed: "
                        + "COERCION, EDUCATING");
        Rule<CoProductionRung> r = Rule.of(Ladder.COPRODUCTION, CoProductionRung.EDUCATING, "r");
        assertThat(r.isFloor()).isTrue();
        assertThat(r.withBlockedBy(Restriction.MANAGED_FOR_PR).isFloor()).isFalse();
        assertThat(r.withBlockedBy()).isSameAs(r);
        assertThat(r.withMinimumInitiator(Initiator.ORGANISATION)).isSameAs(r);
    }

    @Test
    void test_rule_matches() {
        Rule<CoProductionRung> top = Rule.of(Ladder.COPRODUCTION, CoProductionRung.CO_PRODUCTION, "r",
                PowerSharing.CO_DESIGNED).withMinimumInitiator(Initiator.JOINT);
        Activity a = Activity.of("a", EngagementLevel.COLLECTIVE, Initiator.ORGANISATION, PowerSharing.CO_DESIGNED);
        assertThat(top.matches(a)).isFalse();
        assertThat(top.matches(a.withInitiatedBy(Initiator.JOINT))).isTrue();
        assertThat(top.matches(a.withInitiatedBy(Initiator.PATIENTS))).isTrue();
        assertThat(top.withBlockedBy(Restriction.MANAGED_FOR_PR)
                .matches(a.withInitiatedBy(Initiator.PATIENTS).plus(Restriction.MANAGED_FOR_PR))).isFalse();
    }
}
