package org.patientleadership.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patientleadership.UnknownElementException;
import org.patientleadership.ladder.EngagementLevel;

class ActivityTest {

    private static final Activity SURVEY = Activity.of("Annual survey", EngagementLevel.COLLECTIVE,
            Initiator.ORGANISATION, PowerSharing.PATIENTS_ASKED, PowerSharing.PATIENTS_INFORMED);

    @Test
    void test_of_keepsFieldsAndSortsFeaturesInDeclarationOrder() {
        assertThat(SURVEY.name()).isEqualTo("Annual survey");
        assertThat(SURVEY.level()).isEqualTo(EngagementLevel.COLLECTIVE);
        assertThat(SURVEY.initiatedBy()).isEqualTo(Initiator.ORGANISATION);
        assertThat(SURVEY.sharing()).containsExactly(PowerSharing.PATIENTS_INFORMED, PowerSharing.PATIENTS_ASKED);
        assertThat(SURVEY.restrictions()).isEmpty();
        assertThat(SURVEY.has(PowerSharing.PATIENTS_ASKED)).isTrue();
        assertThat(SURVEY.has(PowerSharing.DECISIONS_SHARED)).isFalse();
    }

    @Test
    void test_of_stripsNameAndIgnoresRepeats() {
        Activity a = Activity.of("  Leaflet \n", EngagementLevel.INDIVIDUAL, Initiator.ORGANISATION,
                PowerSharing.PATIENTS_INFORMED, PowerSharing.PATIENTS_INFORMED);
        assertThat(a.name()).isEqualTo("Leaflet");
        assertThat(a.sharing()).containsExactly(PowerSharing.PATIENTS_INFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void test_of_blankName_namesTheField(String blank) {
        assertThatThrownBy(() -> Activity.of(blank, EngagementLevel.INDIVIDUAL, Initiator.ORGANISATION))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank");
    }

    @Test
    void test_of_nulls_nameTheFieldAndAllowedValues() {
        assertThatThrownBy(() -> Activity.of(null, EngagementLevel.INDIVIDUAL, Initiator.ORGANISATION))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> Activity.of("x", null, Initiator.ORGANISATION))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("level must not be null; allowed: INDIVIDUAL, COLLECTIVE");
        assertThatThrownBy(() -> Activity.of("x", EngagementLevel.INDIVIDUAL, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("initiatedBy must not be null; allowed: ORGANISATION, JOINT, PATIENTS");
        assertThatThrownBy(() -> Activity.of("x", EngagementLevel.INDIVIDUAL, Initiator.JOINT,
                PowerSharing.PATIENTS_ASKED, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("sharing[1] must not be null; allowed: PATIENTS_INFORMED, PATIENTS_ASKED")
                .hasMessageEndingWith("PATIENTS_CONTROL");
        assertThatThrownBy(() -> SURVEY.withRestrictions(Arrays.asList(Restriction.MANAGED_FOR_PR, null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("restrictions[1] must not be null; allowed: MANAGED_FOR_PR, PATIENTS_REQUIRED_TO_ATTEND");
        assertThatThrownBy(() -> SURVEY.withSharing(null))
                .isInstanceOf(NullPointerException.class).hasMessageStartingWith("sharing must not be null");
    }

    @Test
    void test_with_copiesOneFieldAndReturnsThisIfUnchanged() {
        assertThat(SURVEY.withName("Annual survey")).isSameAs(SURVEY);
        assertThat(SURVEY.withLevel(EngagementLevel.COLLECTIVE)).isSameAs(SURVEY);
        assertThat(SURVEY.withInitiatedBy(Initiator.ORGANISATION)).isSameAs(SURVEY);
        assertThat(SURVEY.plus(PowerSharing.PATIENTS_ASKED)).isSameAs(SURVEY);
        assertThat(SURVEY.withSharing(List.of(PowerSharing.PATIENTS_ASKED, PowerSharing.PATIENTS_INFORMED)))
                .isSameAs(SURVEY);
        assertThat(SURVEY.withRestrictions(Set.of())).isSameAs(SURVEY);

        assertThat(SURVEY.withName("Survey 2").name()).isEqualTo("Survey 2");
        assertThat(SURVEY.withLevel(EngagementLevel.INDIVIDUAL).level()).isEqualTo(EngagementLevel.INDIVIDUAL);
        assertThat(SURVEY.withInitiatedBy(Initiator.PATIENTS).initiatedBy()).isEqualTo(Initiator.PATIENTS);
        assertThat(SURVEY.plus(PowerSharing.INPUT_ACTED_ON).sharing()).containsExactly(
                PowerSharing.PATIENTS_INFORMED, PowerSharing.PATIENTS_ASKED, PowerSharing.INPUT_ACTED_ON);
        assertThat(SURVEY.plus(Restriction.MANAGED_FOR_PR).has(Restriction.MANAGED_FOR_PR)).isTrue();
        assertThat(SURVEY.withSharing(List.of()).sharing()).isEmpty();
        assertThat(SURVEY.plus(PowerSharing.INPUT_ACTED_ON)).isNotEqualTo(SURVEY);
    }

    @Test
    void test_sets_areUnmodifiable() {
        assertThatThrownBy(() -> SURVEY.sharing().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SURVEY.restrictions().add(Restriction.MANAGED_FOR_PR))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void test_toString_listsAnswers() {
        assertThat(SURVEY).hasToString(
                "Annual survey [COLLECTIVE, initiated by ORGANISATION; PATIENTS_INFORMED, PATIENTS_ASKED]");
        assertThat(Activity.of("Launch photo", EngagementLevel.COLLECTIVE, Initiator.ORGANISATION)
                .plus(Restriction.MANAGED_FOR_PR)).hasToString(
                "Launch photo [COLLECTIVE, initiated by ORGANISATION; no power sharing; restricted: MANAGED_FOR_PR]");
    }

    @Test
    void test_enums_haveStableIdsAndLookUp() {
        for (PowerSharing f : PowerSharing.values()) {
            assertThat(PowerSharing.of(f.id())).isSameAs(f);
            assertThat(f.id()).startsWith("power-sharing.");
            assertThat(f.description()).isNotBlank();
        }
        assertThat(Arrays.stream(PowerSharing.values()).mapToInt(PowerSharing::number))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(Restriction.of("restriction.managed-for-pr")).isEqualTo(Restriction.MANAGED_FOR_PR);
        assertThat(Initiator.of("initiator.joint")).isEqualTo(Initiator.JOINT);
        assertThat(Initiator.of(3)).isEqualTo(Initiator.PATIENTS);
        assertThat(Initiator.JOINT.isAtLeast(Initiator.ORGANISATION)).isTrue();
        assertThat(Initiator.JOINT.isAtLeast(Initiator.PATIENTS)).isFalse();
        assertThatThrownBy(() -> PowerSharing.of("power-sharing.vote"))
                .isInstanceOf(UnknownElementException.class)
                .hasMessageContaining("power-sharing.vote").hasMessageContaining("power-sharing.decisions-shared");
        assertThatThrownBy(() -> Initiator.of(4))
                .isInstanceOf(UnknownElementException.class).hasMessageContaining("1 to 3");
    }
}
