package org.patientleadership.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.patientleadership.placement.PowerSharing.CO_DELIVERED;
import static org.patientleadership.placement.PowerSharing.CO_DESIGNED;
import static org.patientleadership.placement.PowerSharing.DECISIONS_SHARED;
import static org.patientleadership.placement.PowerSharing.INPUT_ACTED_ON;
import static org.patientleadership.placement.PowerSharing.PATIENTS_ASKED;
import static org.patientleadership.placement.PowerSharing.PATIENTS_CONTROL;
import static org.patientleadership.placement.PowerSharing.PATIENTS_HOLD_BUDGET;
import static org.patientleadership.placement.PowerSharing.PATIENTS_INFLUENCE_DECISIONS;
import static org.patientleadership.placement.PowerSharing.PATIENTS_INFORMED;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patientleadership.ladder.ArnsteinRung;
import org.patientleadership.ladder.CoProductionRung;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.ladder.GridCell;
import org.patientleadership.ladder.InfluenceDegree;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.ParticipationStep;

class PlacerTest {

    private static Placements place(String name, EngagementLevel level, Initiator initiator,
            PowerSharing... sharing) {
        return Placer.place(Activity.of(name, level, initiator, sharing));
    }

    @Test
    void test_leaflet_isInformingEverywhere() {
        Placements p = place("Information leaflet", EngagementLevel.INDIVIDUAL, Initiator.ORGANISATION,
                PATIENTS_INFORMED);
        assertThat(p.arnstein().rung()).isEqualTo(ArnsteinRung.INFORMING);
        assertThat(p.coProduction().rung()).isEqualTo(CoProductionRung.INFORMING);
        assertThat(p.participation().rung()).isEqualTo(ParticipationStep.TOLD);
        assertThat(p.influence().rung()).isEqualTo(InfluenceDegree.PROVIDING_INFORMATION);
        assertThat(p.gridCell()).isEqualTo(GridCell.INDIVIDUAL_PROVIDING_INFORMATION);
        for (Placement<?> each : p.all()) {
            assertThat(each.reasons()).as(each.toString()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.features()).containsExactly(PATIENTS_INFORMED))
                    .allSatisfy(r -> assertThat(r.text()).contains("Patients informed"));
        }
        assertThat(p.arnstein().nextStep()).hasValueSatisfying(s -> {
            assertThat(s.rung()).isEqualTo(ArnsteinRung.CONSULTATION);
            assertThat(s.featuresToAdd()).containsExactly(PATIENTS_ASKED);
            assertThat(s.restrictionsToDrop()).isEmpty();
            assertThat(s.initiatorNeeded()).isEmpty();
            assertThat(s.row()).isEqualTo(4);
            assertThat(s).hasToString("To reach Consultation, it would also need Patients asked");
        });
    }

    @Test
    void test_explanations_useTheUsersTerms_notRuleRows() {
        for (Activity a : List.of(Activity.of("Board seat", EngagementLevel.COLLECTIVE, Initiator.JOINT,
                        PATIENTS_INFORMED, DECISIONS_SHARED),
                Activity.of("Photo call", EngagementLevel.COLLECTIVE, Initiator.ORGANISATION)
                        .plus(Restriction.MANAGED_FOR_PR),
                Activity.of("Survey", EngagementLevel.COLLECTIVE, Initiator.ORGANISATION, PATIENTS_ASKED))) {
            for (Placement<?> p : Placer.place(a).all()) {
                assertThat(p.reasons()).allSatisfy(r -> assertThat(r.text()).doesNotContain("row"));
                p.nextStep().ifPresent(n -> assertThat(n.toString()).startsWith("To reach " + n.rung().displayName()
                        + ", ").doesNotContain("row"));
            }
        }
    }

    @Test
    void test_surveyNotActedOn_isConsultation() {
        Placements p = place("Survey, results filed", EngagementLevel.COLLECTIVE, Initiator.ORGANISATION,
                PATIENTS_INFORMED, PATIENTS_ASKED);
        assertThat(p.arnstein().rung()).isEqualTo(ArnsteinRung.CONSULTATION);
        assertThat(p.coProduction().rung()).isEqualTo(CoProductionRung.CONSULTATION);
        assertThat(p.participation().rung()).isEqualTo(ParticipationStep.ASKED);
        assertThat(p.gridCell()).isEqualTo(GridCell.COLLECTIVE_FEEDBACK);
        assertThat(p.arnstein().reasons()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(4);
            assertThat(r.features()).containsExactly(PATIENTS_ASKED);
            assertThat(r.text()).startsWith("Answered yes to Patients asked, which gives Consultation.");
        });
        assertThat(p.arnstein().nextStep().orElseThrow().featuresToAdd()).containsExactly(INPUT_ACTED_ON);
    }

    @Test
    void test_surveyActedOn_isPlacation() {
        Placements p = place("Survey, results used", EngagementLevel.COLLECTIVE, Initiator.ORGANISATION,
                PATIENTS_ASKED, INPUT_ACTED_ON);
        assertThat(p.arnstein().rung()).isEqualTo(ArnsteinRung.PLACATION);
        assertThat(p.coProduction().rung()).isEqualTo(CoProductionRung.ENGAGEMENT);
        assertThat(p.gridCell()).isEqualTo(GridCell.COLLECTIVE_INFLUENCE);
    }

    @Test
    void test_boardSharingDecisions_isPartnership() {
        Placements p = place("Patients on the programme board", EngagementLevel.COLLECTIVE,
                Initiator.ORGANISATION, PATIENTS_INFORMED, PATIENTS_ASKED, PATIENTS_INFLUENCE_DECISIONS,
                DECISIONS_SHARED);
        assertThat(p.arnstein().rung()).isEqualTo(ArnsteinRung.PARTNERSHIP);
        assertThat(p.coProduction().rung()).isEqualTo(CoProductionRung.CO_DESIGN);
        assertThat(p.participation().rung()).isEqualTo(ParticipationStep.SHARING);
        assertThat(p.gridCell()).isEqualTo(GridCell.COLLECTIVE_INFLUENCE);
        assertThat(p.arnstein().reasons()).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("Decisions shared"));
        NextStep<CoProductionRung> up = p.coProduction().nextStep().orElseThrow();
        assertThat(up.rung()).isEqualTo(CoProductionRung.CO_PRODUCTION);
        assertThat(up.featuresToAdd()).containsExactly(CO_DESIGNED, CO_DELIVERED);
        assertThat(up.initiatorNeeded()).contains(Initiator.JOINT);
        assertThat(up.row()).isEqualTo(40);
        assertThat(up).hasToString("To reach Co-production, it would also need Co-designed and Co-delivered "
                + "and it would have to be started jointly or by patients");
    }

    @Test
    void test_jointlyStartedCoProducedWork_isCoProduction() {
        Placements p = place("Redesign of the discharge pathway", EngagementLevel.COLLECTIVE, Initiator.JOINT,
                CO_DESIGNED, DECISIONS_SHARED, CO_DELIVERED);
        assertThat(p.coProduction().rung()).isEqualTo(CoProductionRung.CO_PRODUCTION);
        assertThat(p.coProduction().isTop()).isTrue();
        assertThat(p.coProduction().nextStep()).isEmpty();
        assertThat(p.coProduction().reasons()).singleElement().satisfies(r -> {
            assertThat(r.features()).containsExactly(CO_DESIGNED, DECISIONS_SHARED, CO_DELIVERED);
            assertThat(r.text()).contains("Co-designed and Decisions shared and Co-delivered")
                    .contains("started jointly or by patients");
        });
        assertThat(p.arnstein().rung()).isEqualTo(ArnsteinRung.PARTNERSHIP);
    }

    @Test
    void test_patientLedProjectWithBudget_isCitizenControl() {
        Placements p = place("Patient-led peer support project", EngagementLevel.COLLECTIVE, Initiator.PATIENTS,
                PATIENTS_CONTROL, PATIENTS_HOLD_BUDGET);
        assertThat(p.arnstein().rung()).isEqualTo(ArnsteinRung.CITIZEN_CONTROL);
        assertThat(p.arnstein().nextStep()).isEmpty();
        assertThat(p.arnstein().reasons()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(11);
            assertThat(r.features()).containsExactly(PATIENTS_HOLD_BUDGET, PATIENTS_CONTROL);
            assertThat(r.text()).contains("Patients hold budget").contains("Patients in control");
        });
        assertThat(p.influence().rung()).isEqualTo(InfluenceDegree.CONTROL);
        assertThat(p.gridCell()).isEqualTo(GridCell.COLLECTIVE_CONTROL);
        assertThat(p.gridCell().displayName()).isEqualTo("Patient Leadership");
        assertThat(p.influence().reasons()).extracting(Reason::row).containsExactly(19, 20);
        assertThat(p.participation().rung()).isEqualTo(ParticipationStep.CONTROLLING);
        assertThat(p.coProduction().rung()).isEqualTo(CoProductionRung.CO_DESIGN);
    }

    @Test
    void test_controlWithoutBudget_isDelegatedPower_andNextStepAddsBudget() {
        Placements p = place("Patient-run group", EngagementLevel.COLLECTIVE, Initiator.PATIENTS,
                PATIENTS_CONTROL);
        assertThat(p.arnstein().rung()).isEqualTo(ArnsteinRung.DELEGATED_POWER);
        NextStep<ArnsteinRung> up = p.arnstein().nextStep().orElseThrow();
        assertThat(up.rung()).isEqualTo(ArnsteinRung.CITIZEN_CONTROL);
        assertThat(up.featuresToAdd()).containsExactly(PATIENTS_HOLD_BUDGET);
        assertThat(Placer.place(up.applyTo(p.activity())).arnstein().rung()).isEqualTo(ArnsteinRung.CITIZEN_CONTROL);
    }

    @Test
    void test_collectiveActivityInControl_isPatientLeadership() {
        Placements p = place("Patient council running the listening programme", EngagementLevel.COLLECTIVE,
                Initiator.ORGANISATION, PATIENTS_CONTROL);
        assertThat(p.gridCell()).isEqualTo(GridCell.COLLECTIVE_CONTROL);
        assertThat(p.gridCell().displayName()).isEqualTo("Patient Leadership");
        Placements self = Placer.place(p.activity().withLevel(EngagementLevel.INDIVIDUAL));
        assertThat(self.gridCell()).isEqualTo(GridCell.INDIVIDUAL_CONTROL);
    }

    @Test
    void test_nothingShared_isTherapyAndEducating() {
        Placements p = place("Compliance class", EngagementLevel.INDIVIDUAL, Initiator.ORGANISATION);
        assertThat(p.arnstein().rung()).isEqualTo(ArnsteinRung.THERAPY);
        assertThat(p.coProduction().rung()).isEqualTo(CoProductionRung.EDUCATING);
        assertThat(p.participation().rung()).isEqualTo(ParticipationStep.PASSIVE_CONSUMERS);
        assertThat(p.gridCell()).isEqualTo(GridCell.INDIVIDUAL_PROVIDING_INFORMATION);
        assertThat(p.arnstein().reasons()).singleElement().satisfies(r -> assertThat(r.text())
                .startsWith("Neither Managed for PR nor Patients required to attend applies, which gives Therapy."));
        assertThat(p.participation().reasons()).singleElement().satisfies(r -> assertThat(r.text())
                .startsWith("Every activity stands at least on Passive consumers, the lowest rung."));
    }

    @Test
    void test_managedForPr_isManipulation_andNextStepDropsTheRestriction() {
        Activity a = Activity.of("Photo call with patients", EngagementLevel.COLLECTIVE, Initiator.ORGANISATION)
                .plus(Restriction.MANAGED_FOR_PR);
        Placements p = Placer.place(a);
        assertThat(p.arnstein().rung()).isEqualTo(ArnsteinRung.MANIPULATION);
        assertThat(p.coProduction().rung()).isEqualTo(CoProductionRung.COERCION);
        assertThat(p.arnstein().reasons()).hasSize(2);
        assertThat(p.arnstein().reasons().get(1)).satisfies(r -> {
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.restrictions()).containsExactly(Restriction.MANAGED_FOR_PR);
            assertThat(r.text()).startsWith("Managed for PR applies, which rules out Therapy.");
        });
        NextStep<ArnsteinRung> up = p.arnstein().nextStep().orElseThrow();
        assertThat(up.rung()).isEqualTo(ArnsteinRung.THERAPY);
        assertThat(up.featuresToAdd()).isEmpty();
        assertThat(up.restrictionsToDrop()).containsExactly(Restriction.MANAGED_FOR_PR);
        assertThat(up).hasToString("To reach Therapy, Managed for PR would have to stop applying");
    }

    @Test
    void test_restrictions_changeNothingOnceSomethingIsShared() {
        Activity a = Activity.of("Compulsory briefing", EngagementLevel.COLLECTIVE, Initiator.ORGANISATION,
                PATIENTS_INFORMED);
        Placements free = Placer.place(a);
        Placements forced = Placer.place(a.plus(Restriction.PATIENTS_REQUIRED_TO_ATTEND));
        assertThat(forced.arnstein().rung()).isEqualTo(free.arnstein().rung()).isEqualTo(ArnsteinRung.INFORMING);
        assertThat(forced.coProduction().rung()).isEqualTo(CoProductionRung.INFORMING);
    }

    @Test
    void test_coDeliveredAlone_sharesNoPower() {
        Placements p = place("Volunteers staffing a help desk", EngagementLevel.COLLECTIVE, Initiator.ORGANISATION,
                CO_DELIVERED);
        assertThat(p.arnstein().rung()).isEqualTo(ArnsteinRung.THERAPY);
    }

    @Test
    void test_severalRowsOnOneRung_giveSeveralReasons() {
        Placements p = place("Design group", EngagementLevel.COLLECTIVE, Initiator.ORGANISATION,
                INPUT_ACTED_ON, CO_DESIGNED);
        assertThat(p.arnstein().rung()).isEqualTo(ArnsteinRung.PLACATION);
        assertThat(p.arnstein().reasons()).extracting(Reason::row).containsExactly(5, 7);
    }

    @Test
    void test_placeOnOneLadder_equalsPartOfAll() {
        Activity a = Activity.of("x", EngagementLevel.INDIVIDUAL, Initiator.JOINT, PATIENTS_ASKED);
        assertThat(Placer.place(a, PlacementRules.standard(), Ladder.ARNSTEIN)).isEqualTo(Placer.place(a).arnstein());
        assertThat(Placer.place(a).all().stream().map(Placement::ladder).map(Ladder::id).toList())
                .isEqualTo(Ladder.all().stream().map(Ladder::id).toList());
    }

    @Test
    void test_place_nulls() {
        Activity a = Activity.of("x", EngagementLevel.INDIVIDUAL, Initiator.JOINT);
        assertThatThrownBy(() -> Placer.place(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("activity");
        assertThatThrownBy(() -> Placer.place(a, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("rules");
    }

    @Test
    void test_placement_rejectsInconsistentParts() {
        Reason r = new Reason(1, Set.of(), Set.of(), "because");
        assertThatThrownBy(() -> new Placement<>(Ladder.ARNSTEIN, ArnsteinRung.PLACATION, List.of(r),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nextStep must lead one rung up from Placation, to Partnership, not nothing");
        assertThatThrownBy(() -> new Placement<>(Ladder.ARNSTEIN, ArnsteinRung.CITIZEN_CONTROL, List.of(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one reason");
        assertThatThrownBy(() -> new NextStep<>(ArnsteinRung.PARTNERSHIP, 8, Set.of(), Set.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must change something");
        Placements ok = Placer.place(Activity.of("x", EngagementLevel.INDIVIDUAL, Initiator.JOINT));
        assertThatThrownBy(() -> new Placements(ok.activity(), ok.arnstein(), ok.influence(), ok.participation(),
                null)).isInstanceOf(NullPointerException.class).hasMessage("coProduction");
    }

    @Test
    void test_toString_summarises() {
        Placements p = place("Leaflet", EngagementLevel.INDIVIDUAL, Initiator.ORGANISATION, PATIENTS_INFORMED);
        assertThat(p).hasToString("Leaflet: Arnstein Informing; grid Information to patients about care and "
                + "treatment options; participation Told; co-production Informing");
        assertThat(p.arnstein()).hasToString("Ladder of citizen participation: Informing");
    }
}
