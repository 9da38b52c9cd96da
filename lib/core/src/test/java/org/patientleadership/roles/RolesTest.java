package org.patientleadership.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.patientleadership.Source;
import org.patientleadership.UnknownElementException;

class RolesTest {

    @Test
    void test_roleTypes_sixInTheOrderOfTheGuidesChart() {
        assertThat(Arrays.stream(RoleType.values()).map(RoleType::displayName)).containsExactly(
                "Patient entrepreneurs", "Community Enablers", "Activists and campaigners",
                "Informal representatives", "Formal representatives", "Peer to peer supporters");
    }

    @Test
    void test_exampleRoles_asListedInTheChart() {
        assertThat(RoleType.PATIENT_ENTREPRENEUR.exampleRoles()).extracting(ExampleRole::displayName)
                .containsExactly("Project leader", "Business developer");
        assertThat(RoleType.ACTIVIST_CAMPAIGNER.exampleRoles()).isEmpty();
        assertThat(RoleType.INFORMAL_REPRESENTATIVE.exampleRoles()).hasSize(5);
        assertThat(RoleType.FORMAL_REPRESENTATIVE.exampleRoles()).extracting(ExampleRole::displayName)
                .hasSize(3).startsWith("FT Governor").endsWith("Lay member of Health and Wellbeing Board");
        assertThat(RoleType.PEER_SUPPORTER.exampleRoles()).extracting(ExampleRole::id)
                .containsExactly("example-role.lay-advocate", "example-role.coach", "example-role.online-mentor");
        assertThat(RoleType.allExampleRoles()).hasSize(15);
    }

    @Test
    void test_categories_splitTheTypesThreeAndThree() {
        assertThat(RoleCategory.SYSTEM_INFLUENCER.roleTypes()).containsExactly(RoleType.ACTIVIST_CAMPAIGNER,
                RoleType.INFORMAL_REPRESENTATIVE, RoleType.FORMAL_REPRESENTATIVE);
        assertThat(RoleCategory.COMMUNITY_ENABLER.roleTypes()).containsExactly(RoleType.PATIENT_ENTREPRENEUR,
                RoleType.COMMUNITY_ENABLER, RoleType.PEER_SUPPORTER);
        assertThat(RoleCategory.SYSTEM_INFLUENCER.source()).isEqualTo(Source.guide("point 5"));
    }

    @Test
    void test_developmentStages_potentialEmergingEmbedded() {
        assertThat(DevelopmentStage.values()).containsExactly(DevelopmentStage.POTENTIAL, DevelopmentStage.EMERGING,
                DevelopmentStage.EMBEDDED);
        assertThat(DevelopmentStage.EMERGING.next()).contains(DevelopmentStage.EMBEDDED);
        assertThat(DevelopmentStage.POTENTIAL.source()).isEqualTo(Source.guide("point 7"));
    }

    @Test
    void test_connectionScale_zeroToFour() {
        assertThat(ConnectionLevel.values()).hasSize(5);
        for (int v = 0; v <= 4; v++) {
            assertThat(ConnectionLevel.of(v).getValue()).isEqualTo(v);
        }
    }

    @Test
    void test_connectionScale_rejectsTheChartsFive() {
        assertThatThrownBy(() -> ConnectionLevel.of(5))
                .isInstanceOf(UnknownElementException.class)
                .hasMessageContaining("'5'")
                .hasMessageContaining("0 to 4")
                .hasMessageContaining("chart");
    }

    @Test
    void test_representativeFunctions_channelAndFriend() {
        assertThat(Arrays.stream(RepresentativeFunction.values()).map(RepresentativeFunction::displayName))
                .containsExactly("Community channel", "Critical friend");
        assertThat(RepresentativeFunction.of("representative-function.critical-friend"))
                .isEqualTo(RepresentativeFunction.CRITICAL_FRIEND);
    }

    @Test
    void test_attributes_eightFromPoint8_sevenRepeatedInPoint34() {
        assertThat(LeadershipAttribute.values()).hasSize(8);
        assertThat(Arrays.stream(LeadershipAttribute.values()).filter(LeadershipAttribute::isInPoint34))
                .hasSize(7).doesNotContain(LeadershipAttribute.PEER_SUPPORT_NETWORK);
        assertThat(LeadershipAttribute.of(1)).isEqualTo(LeadershipAttribute.LEADING_THEMSELVES);
        assertThat(LeadershipAttribute.PEER_SUPPORT_NETWORK.source()).isEqualTo(Source.guide("point 8"));
        assertThat(LeadershipAttribute.LEADING_BY_EXAMPLE.source()).isEqualTo(Source.guide("point 8; point 34"));
    }

    @Test
    void test_exampleRole_rejectsBlankAndNull() {
        Source s = Source.guide("point 6");
        assertThatThrownBy(() -> new ExampleRole("example-role.x", " ", "d", s))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("displayName must not be blank");
        assertThatThrownBy(() -> new ExampleRole("example-role.x", "n", "d", null))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
        assertThatThrownBy(() -> new ExampleRole("Example Role", "n", "d", s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid id");
    }
}
