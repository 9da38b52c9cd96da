package org.patientleadership.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patientleadership.ladder.BeyondTheLadder;
import org.patientleadership.ladder.CoProductionRung;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.ladder.Iap2Level;
import org.patientleadership.ladder.ParticipationStep;

/** IAP2 placement, the patient-led marker, and the "where on the ladder are you?" poll with its gap. */
class FrameworksPlacementTest {

    private static final Activity SURVEY = Activity.of("Annual patient survey", EngagementLevel.COLLECTIVE,
            Initiator.ORGANISATION, PowerSharing.PATIENTS_INFORMED, PowerSharing.PATIENTS_ASKED);
    private static final Activity BOARD = Activity.of("Patients on the programme board", EngagementLevel.COLLECTIVE,
            Initiator.ORGANISATION, PowerSharing.PATIENTS_INFORMED, PowerSharing.DECISIONS_SHARED);
    private static final Activity PATIENT_LED = Activity.of("Peer support network", EngagementLevel.COLLECTIVE,
            Initiator.PATIENTS, PowerSharing.PATIENTS_CONTROL, PowerSharing.PATIENTS_HOLD_BUDGET);
    private static final Activity CO_PRODUCED = Activity.of("Co-produced clinic redesign",
            EngagementLevel.COLLECTIVE, Initiator.JOINT, PowerSharing.CO_DESIGNED, PowerSharing.DECISIONS_SHARED,
            PowerSharing.CO_DELIVERED);

    @Test
    void test_iap2_ofNamedActivities() {
        assertThat(Placer.place(SURVEY).iap2().level()).isEqualTo(Iap2Level.CONSULT);
        assertThat(Placer.place(BOARD).iap2().level()).isEqualTo(Iap2Level.COLLABORATE);
        assertThat(Placer.place(PATIENT_LED).iap2().level()).isEqualTo(Iap2Level.EMPOWER);
        Iap2Placement board = Placer.place(BOARD).iap2();
        assertThat(board.reasons().get(0)).startsWith("Ladder of citizen participation: Partnership, which "
                + "matches Collaborate").endsWith("so it sets the level.");
        assertThat(board.reasons().get(4)).isEqualTo("IAP2 level Collaborate. What it promises the public: "
                + Iap2Level.COLLABORATE.promise());
        assertThat(board).hasToString("IAP2 Spectrum of Public Participation: Collaborate");
    }

    @Test
    void test_iap2_withAReplacedCrossWalk() {
        java.util.List<CrossWalkRow> rows = new java.util.ArrayList<>(CrossWalk.standard().rows());
        CrossWalkRow partnership = rows.get(5);
        java.util.List<org.patientleadership.ladder.Rung<?>> counterparts = new java.util.ArrayList<>(
                partnership.counterparts());
        counterparts.removeIf(r -> r instanceof Iap2Level);
        counterparts.add(Iap2Level.INVOLVE);
        counterparts.add(Iap2Level.COLLABORATE);
        rows.set(5, new CrossWalkRow(partnership.arnstein(), counterparts, "Ours.", partnership.sources()));
        CrossWalk cautious = CrossWalk.of(rows);
        // Partnership now vouches only for Involve; the other ladders' placements decide.
        assertThat(Placer.place(BOARD).iap2(cautious).level().number())
                .isLessThanOrEqualTo(Iap2Level.COLLABORATE.number());
    }

    @Test
    void test_patientLed_sortsAboveCoProduction() {
        Placements led = Placer.place(PATIENT_LED);
        Placements coProduced = Placer.place(CO_PRODUCED);
        assertThat(led.coProduction().rung()).isEqualTo(CoProductionRung.CO_DESIGN);
        assertThat(led.coProductionBeyond()).contains(BeyondTheLadder.PATIENT_LED);
        assertThat(coProduced.coProduction().rung()).isEqualTo(CoProductionRung.CO_PRODUCTION);
        assertThat(coProduced.coProductionBeyond()).isEmpty();
        assertThat(led.coProductionStanding()).isEqualTo(8).isGreaterThan(coProduced.coProductionStanding());
        assertThat(coProduced.coProductionStanding()).isEqualTo(7);
        assertThat(led.coProductionBeyondReason()).hasValueSatisfying(r -> assertThat(r)
                .startsWith("Beyond the ladder: patient-led").contains("keeps the rung Co-design"));
        assertThat(Placer.place(PATIENT_LED.withInitiatedBy(Initiator.JOINT)).coProductionBeyond()).isEmpty();
        assertThat(BeyondTheLadder.PATIENT_LED.isAbove(CoProductionRung.CO_PRODUCTION)).isTrue();
    }

    @Test
    void test_selfPlacement_medianOfVotes() {
        Map<ParticipationStep, Integer> votes = new EnumMap<>(ParticipationStep.class);
        votes.put(ParticipationStep.ASKED, 2);
        votes.put(ParticipationStep.INFLUENCING, 1);
        votes.put(ParticipationStep.SHARING, 3);
        SelfPlacement poll = SelfPlacement.fromVotes("Board", votes);
        assertThat(poll.voters()).isEqualTo(6);
        assertThat(poll.step()).isEqualTo(ParticipationStep.INFLUENCING);
        assertThat(poll.lowestVote()).isEqualTo(ParticipationStep.ASKED);
        assertThat(poll.highestVote()).isEqualTo(ParticipationStep.SHARING);
        assertThat(SelfPlacement.of("Team", ParticipationStep.TOLD).step()).isEqualTo(ParticipationStep.TOLD);
        assertThatThrownBy(() -> SelfPlacement.fromVotes("Team", Map.of(ParticipationStep.TOLD, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one vote");
        assertThatThrownBy(() -> SelfPlacement.fromVotes("Team", Map.of(ParticipationStep.TOLD, -1)))
                .hasMessage("Invalid number of votes for 'Told': -1; allowed: 0 or more");
        assertThatThrownBy(() -> SelfPlacement.of(" ", ParticipationStep.TOLD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_gap_inPlainWords() {
        PlacementGap higher = PlacementGap.between(SelfPlacement.of("The board", ParticipationStep.SHARING), SURVEY);
        assertThat(higher.computedStep()).isEqualTo(ParticipationStep.ASKED);
        assertThat(higher.gap()).isEqualTo(2);
        assertThat(higher.plainWords()).isEqualTo("The board placed \"Annual patient survey\" at Sharing decisions "
                + "(step 5 of 6). The answers about the activity reach only Asked (step 3): 2 steps lower than the "
                + "group thinks. " + ParticipationStep.ASKED.description() + " To climb one step, to Influencing, "
                + "this would have to be true: " + PowerSharing.INPUT_ACTED_ON.description());
        PlacementGap lower = PlacementGap.between(SelfPlacement.of("The team", ParticipationStep.TOLD), BOARD);
        assertThat(lower.gap()).isEqualTo(-3);
        assertThat(lower.plainWords()).contains("3 steps higher than the group thinks");
        PlacementGap same = PlacementGap.between(SelfPlacement.fromVotes("The panel",
                Map.of(ParticipationStep.ASKED, 3, ParticipationStep.TOLD, 1)), SURVEY);
        assertThat(same.isAgreed()).isTrue();
        assertThat(same.plainWords()).isEqualTo("The panel placed \"Annual patient survey\" at Asked (step 3 of "
                + "6), the middle of 4 votes from Told to Asked. The answers about the activity put it at the same "
                + "step, so the two agree.");
    }
}
