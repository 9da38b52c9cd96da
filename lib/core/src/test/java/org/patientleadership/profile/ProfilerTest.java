package org.patientleadership.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.patientleadership.UnknownElementException;
import org.patientleadership.roles.ConnectionLevel;
import org.patientleadership.roles.DevelopmentStage;
import org.patientleadership.roles.ExampleRole;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

class ProfilerTest {

    private static ExampleRole example(String name) {
        return RoleType.allExampleRoles().stream().filter(e -> e.displayName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static ProfileAnswers.Builder ratedAll(String label, int rating) {
        ProfileAnswers.Builder builder = ProfileAnswers.builder(label);
        for (LeadershipAttribute attribute : LeadershipAttribute.values()) {
            builder.rate(attribute, rating);
        }
        return builder;
    }

    @Test
    void noRolesAndLittleContact_isPotential_citingPoint29() {
        Profile profile = Profiler.profile(ProfileAnswers.builder("R1")
                .connection(RoleType.PEER_SUPPORTER, ConnectionLevel.AWARE).build());
        assertThat(profile.stage()).isEqualTo(DevelopmentStage.POTENTIAL);
        assertThat(profile.stageReasons()).singleElement().asString().contains("point 29");
    }

    @Test
    void adHocContact_orAnyRole_isEmerging() {
        Profile contact = Profiler.profile(ProfileAnswers.builder("R2")
                .connection(RoleType.COMMUNITY_ENABLER, 2).build());
        assertThat(contact.stage()).isEqualTo(DevelopmentStage.EMERGING);
        assertThat(contact.stageReasons()).singleElement().asString()
                .contains("Community Enablers").contains("Ad hoc contact (2 of 4)");
        Profile role = Profiler.profile(ProfileAnswers.builder("R3").holds(example("Coach")).build());
        assertThat(role.stage()).isEqualTo(DevelopmentStage.EMERGING);
        assertThat(role.stageReasons()).singleElement().asString().contains("Holds Coach");
    }

    @Test
    void formalRole_isEmbedded_namingTheRole() {
        Profile profile = Profiler.profile(ProfileAnswers.builder("R4").holds(example("FT Governor")).build());
        assertThat(profile.stage()).isEqualTo(DevelopmentStage.EMBEDDED);
        assertThat(profile.stageReasons()).singleElement().asString()
                .contains("FT Governor").contains("point 7");
    }

    @Test
    void informalRoleWithContinuingDialogue_isEmbedded_butWithSystematicContactIsEmerging() {
        ProfileAnswers base = ProfileAnswers.builder("R5").holds(RoleType.INFORMAL_REPRESENTATIVE).build();
        assertThat(Profiler.profile(base.withConnection(RoleType.INFORMAL_REPRESENTATIVE,
                ConnectionLevel.CONTINUING_DIALOGUE)).stage()).isEqualTo(DevelopmentStage.EMBEDDED);
        assertThat(Profiler.profile(base.withConnection(RoleType.INFORMAL_REPRESENTATIVE,
                ConnectionLevel.SYSTEMATIC)).stage()).isEqualTo(DevelopmentStage.EMERGING);
        // a continuing dialogue in a setting where no role is held does not make one embedded
        assertThat(Profiler.profile(base.withConnection(RoleType.PEER_SUPPORTER,
                ConnectionLevel.CONTINUING_DIALOGUE)).stage()).isEqualTo(DevelopmentStage.EMERGING);
    }

    @Test
    void fitScore_followsTheDocumentedFormula() {
        // informal representatives: key attributes 3, 4, 5; connection 3
        ProfileAnswers answers = ProfileAnswers.builder("R6")
                .connection(RoleType.INFORMAL_REPRESENTATIVE, 3)
                .rate(LeadershipAttribute.BUILDING_RELATIONSHIPS, 4)
                .rate(LeadershipAttribute.CHALLENGING, 2)
                .rate(LeadershipAttribute.COMMUNICATING, 3)
                .build();
        RoleFit fit = Profiler.profile(answers).fit(RoleType.INFORMAL_REPRESENTATIVE);
        double expected = 100 * (0.4 * 3 / 4 + 0.6 * (4 + 2 + 3) / 3.0 / 4);
        assertThat(fit.score()).isEqualTo((int) Math.round(expected));
        assertThat(fit.fits()).isTrue();
        assertThat(fit.holds()).isFalse();
        assertThat(fit.reasons()).anySatisfy(r -> assertThat(r).contains("Regular, systematic contact (3 of 4)"))
                .anySatisfy(r -> assertThat(r).contains("mean 3.0 of 4"))
                .anySatisfy(r -> assertThat(r).contains("at or above the threshold of 50"));
    }

    @Test
    void unansweredCountsAsZero_andIsSaidSo() {
        RoleFit fit = Profiler.profile(ProfileAnswers.builder("R7").build()).fit(RoleType.PATIENT_ENTREPRENEUR);
        assertThat(fit.score()).isZero();
        assertThat(fit.fits()).isFalse();
        assertThat(fit.reasons()).anySatisfy(r -> assertThat(r).contains("not answered, counted as 0"))
                .anySatisfy(r -> assertThat(r).contains("not rated, counted as 0"));
    }

    @Test
    void heldRoleFits_evenBelowTheThreshold() {
        RoleFit fit = Profiler.profile(ProfileAnswers.builder("R8").holds(example("Online mentor")).build())
                .fit(RoleType.PEER_SUPPORTER);
        assertThat(fit.score()).isLessThan(50);
        assertThat(fit.fits()).isTrue();
        assertThat(fit.reasons()).first().asString().isEqualTo("Holds Online mentor");
        assertThat(fit.reasons()).last().asString().endsWith("but a role of this type is held");
    }

    @Test
    void roleFits_areOrderedByScoreThenGuideOrder() {
        Profile profile = Profiler.profile(ratedAll("R9", 2)
                .connection(RoleType.PEER_SUPPORTER, 4).build());
        assertThat(profile.roleFits()).hasSize(6);
        assertThat(profile.roleFits().get(0).roleType()).isEqualTo(RoleType.PEER_SUPPORTER);
        // the other five tie on score, so they follow the guide's order
        assertThat(profile.roleFits().subList(1, 6)).extracting(RoleFit::roleType).containsExactly(
                RoleType.PATIENT_ENTREPRENEUR, RoleType.COMMUNITY_ENABLER, RoleType.ACTIVIST_CAMPAIGNER,
                RoleType.INFORMAL_REPRESENTATIVE, RoleType.FORMAL_REPRESENTATIVE);
    }

    @Test
    void growth_ranksAttributesNeededByFittingRolesFirst_andListsUnrated() {
        ProfileAnswers answers = ProfileAnswers.builder("R10")
                .connection(RoleType.FORMAL_REPRESENTATIVE, 4)
                .holds(example("CCG Lay member"))
                .rate(LeadershipAttribute.LEADING_THEMSELVES, 1)
                .rate(LeadershipAttribute.CHALLENGING, 2)
                .rate(LeadershipAttribute.COMMUNICATING, 4)
                .rate(LeadershipAttribute.SEEING_THE_BIG_PICTURE, 3)
                .rate(LeadershipAttribute.PEER_SUPPORT_NETWORK, 0)
                .build();
        Profile profile = Profiler.profile(answers);
        assertThat(profile.stage()).isEqualTo(DevelopmentStage.EMBEDDED);
        assertThat(profile.growth()).extracting(Growth::attribute).containsExactly(
                LeadershipAttribute.CHALLENGING,          // key to the fitting formal role
                LeadershipAttribute.PEER_SUPPORT_NETWORK, // then lowest rating first
                LeadershipAttribute.LEADING_THEMSELVES);
        assertThat(profile.growth()).extracting(Growth::rank).containsExactly(1, 2, 3);
        Growth first = profile.growth().get(0);
        assertThat(first.neededBy()).contains(RoleType.FORMAL_REPRESENTATIVE);
        assertThat(first.reason()).contains("Developing (2 of 4)").contains("Formal representatives");
        assertThat(first.points()).extracting(p -> p.number()).containsExactly(8, 39);
        assertThat(profile.growth().get(1).points()).extracting(p -> p.number()).containsExactly(8, 39, 40);
        assertThat(profile.unrated()).containsExactly(LeadershipAttribute.LEADING_BY_EXAMPLE,
                LeadershipAttribute.BUILDING_RELATIONSHIPS, LeadershipAttribute.LIFELONG_LEARNING);
        assertThat(profile.toString()).startsWith("R10: Embedded; fits [Formal representatives");
    }

    @Test
    void replacedRules_changeTheOutcome() {
        ProfileAnswers answers = ratedAll("R11", 2).build();
        assertThat(Profiler.profile(answers).fittingRoles()).isEmpty();
        ProfileRules lenient = ProfileRules.standard().withFitThreshold(30);
        assertThat(Profiler.profile(answers, lenient).fittingRoles()).hasSize(6);
        ProfileRules connectionOnly = ProfileRules.standard().withConnectionWeight(1);
        assertThat(Profiler.profile(answers, connectionOnly).roleFits()).allSatisfy(f -> assertThat(f.score()).isZero());
        ProfileRules strict = ProfileRules.standard().withGrowBelow(AttributeRating.STRONG);
        assertThat(Profiler.profile(ratedAll("R12", 3).build(), strict).growth()).hasSize(8);
        ProfileRules noFormal = ProfileRules.standard().withStageMarkers(Set.of(),
                ConnectionLevel.CONTINUING_DIALOGUE, ConnectionLevel.AD_HOC);
        ProfileAnswers governor = ProfileAnswers.builder("R13").holds(example("FT Governor")).build();
        assertThat(Profiler.profile(governor, noFormal).stage()).isEqualTo(DevelopmentStage.EMERGING);
        ProfileRules peer = ProfileRules.standard().withKeyAttributes(RoleType.PEER_SUPPORTER,
                LeadershipAttribute.PEER_SUPPORT_NETWORK);
        assertThat(peer.keyAttributes(RoleType.PEER_SUPPORTER)).containsExactly(
                LeadershipAttribute.PEER_SUPPORT_NETWORK);
    }

    @Test
    void standardRules_giveEveryRoleTypeThreeKeyAttributes() {
        ProfileRules rules = ProfileRules.standard();
        for (RoleType type : RoleType.values()) {
            assertThat(rules.keyAttributes(type)).as(type.id()).hasSize(3);
        }
        assertThat(rules.embeddedRoleTypes()).containsExactly(RoleType.FORMAL_REPRESENTATIVE);
    }

    @Test
    void docsProfileMd_keyAttributeTable_matchesTheStandardRules() throws IOException {
        String doc = Files.readString(Path.of("..", "..", "docs", "profile.md"));
        for (RoleType type : RoleType.values()) {
            String row = doc.lines().filter(l -> l.startsWith("| " + type.displayName() + " |")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/profile.md has no row for " + type.displayName()));
            String cell = row.split("\\|")[2];
            List<Integer> documented = Pattern.compile("\\b(\\d)\\b").matcher(cell).results()
                    .map(m -> Integer.parseInt(m.group(1))).toList();
            assertThat(documented).as(type.id()).containsExactlyElementsOf(ProfileRules.standard()
                    .keyAttributes(type).stream().map(LeadershipAttribute::number).toList());
        }
        ProfileRules rules = ProfileRules.standard();
        assertThat(doc).contains("| `withConnectionWeight(w)` | the weight of the connection in a fit, 0 to 1 | "
                + rules.connectionWeight() + " |");
        assertThat(doc).contains("| `withFitThreshold(n)` | the score at which a role type fits, 0 to 100 | "
                + rules.fitThreshold() + " |");
        assertThat(doc).contains("| `withGrowBelow(rating)` | the rating below which attributes are to grow | `"
                + rules.growBelow().name() + "` |");
    }

    @Test
    void badRules_areRefused_sayingWhatIsAllowed() {
        ProfileRules rules = ProfileRules.standard();
        assertThatThrownBy(() -> rules.withFitThreshold(101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("101").hasMessageContaining("0").hasMessageContaining("100");
        assertThatThrownBy(() -> rules.withConnectionWeight(Double.NaN))
                .hasMessageContaining("allowed: 0 to 1");
        assertThatThrownBy(() -> rules.withKeyAttributes(RoleType.PEER_SUPPORTER))
                .hasMessageContaining("role.peer-supporter").hasMessageContaining("attributes 1 to 8");
        assertThatThrownBy(() -> rules.withStageMarkers(Set.of(), ConnectionLevel.AD_HOC,
                ConnectionLevel.SYSTEMATIC)).hasMessageContaining("at most the embedded one");
        assertThatThrownBy(() -> new ProfileRules(Map.of(), Set.of(), ConnectionLevel.CONTINUING_DIALOGUE,
                ConnectionLevel.AD_HOC, 0.4, 50, AttributeRating.CONFIDENT))
                .hasMessageContaining("No key attributes");
    }

    @Test
    void builder_refusesRepeatsAndValuesOffTheScale() {
        ProfileAnswers.Builder builder = ProfileAnswers.builder("R14")
                .connection(RoleType.COMMUNITY_ENABLER, 1)
                .rate(LeadershipAttribute.COMMUNICATING, 2);
        assertThatThrownBy(() -> builder.connection(RoleType.COMMUNITY_ENABLER, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Community Enablers").hasMessageContaining("given twice");
        assertThatThrownBy(() -> builder.rate(LeadershipAttribute.COMMUNICATING, 3))
                .hasMessageContaining("Attribute 5").hasMessageContaining("rated twice");
        assertThatThrownBy(() -> builder.connection(RoleType.PEER_SUPPORTER, 5))
                .isInstanceOf(UnknownElementException.class).hasMessageContaining("0 to 4");
        assertThatThrownBy(() -> builder.rate(LeadershipAttribute.COMMUNICATING, -1))
                .isInstanceOf(UnknownElementException.class).hasMessageContaining("attribute rating")
                .hasMessageContaining("0 to 4");
        ExampleRole madeUp = new ExampleRole("example-role.astronaut", "Astronaut", "Not in the guide.",
                RoleType.PEER_SUPPORTER.source());
        assertThatThrownBy(() -> builder.holds(madeUp)).isInstanceOf(UnknownElementException.class)
                .hasMessageContaining("example-role.astronaut").hasMessageContaining("example-role.ft-governor");
        assertThatThrownBy(() -> ProfileAnswers.builder(" ")).isInstanceOf(IllegalArgumentException.class);
        // the failed calls left the builder as it was
        ProfileAnswers built = builder.build();
        assertThat(built.connection(RoleType.COMMUNITY_ENABLER)).contains(ConnectionLevel.AWARE);
        assertThat(built.connection(RoleType.PEER_SUPPORTER)).isEmpty();
        assertThat(built.rating(LeadershipAttribute.COMMUNICATING)).contains(AttributeRating.DEVELOPING);
        assertThat(built.rolesHeld()).isEmpty();
    }

    @Test
    void answers_impliedTypes_copies_andNullsNamed() {
        ProfileAnswers answers = ProfileAnswers.builder("R15").holds(example("Lay advocate"))
                .holds(example("FT Governor")).build();
        assertThat(answers.rolesHeld()).containsExactly(RoleType.FORMAL_REPRESENTATIVE, RoleType.PEER_SUPPORTER);
        assertThat(answers.exampleRolesHeld()).extracting(ExampleRole::displayName)
                .containsExactly("FT Governor", "Lay advocate");
        ProfileAnswers without = answers.withoutRole(RoleType.FORMAL_REPRESENTATIVE);
        assertThat(without.rolesHeld()).containsExactly(RoleType.PEER_SUPPORTER);
        assertThat(without.exampleRolesHeld()).extracting(ExampleRole::displayName).containsExactly("Lay advocate");
        assertThat(answers.rolesHeld()).hasSize(2);
        assertThat(answers.withRole(RoleType.ACTIVIST_CAMPAIGNER).holds(RoleType.ACTIVIST_CAMPAIGNER)).isTrue();
        assertThat(answers.withRole(example("Coach")).exampleRolesHeld()).hasSize(3);
        assertThat(answers.withLabel("Other").label()).isEqualTo("Other");
        assertThat(answers.withRating(LeadershipAttribute.CHALLENGING, AttributeRating.STRONG)
                .rating(LeadershipAttribute.CHALLENGING)).contains(AttributeRating.STRONG);
        assertThat(answers.ratings()).isEmpty();
        assertThat(answers).isEqualTo(ProfileAnswers.builder("R15").holds(example("FT Governor"))
                .holds(example("Lay advocate")).build());
        assertThatThrownBy(() -> answers.withConnection(null, ConnectionLevel.AWARE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("setting");
        assertThatThrownBy(() -> answers.connections().put(RoleType.PEER_SUPPORTER, ConnectionLevel.AWARE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void roleTypeOfExampleRole_findsTheChartColumn() {
        for (RoleType type : RoleType.values()) {
            for (ExampleRole e : type.exampleRoles()) {
                assertThat(RoleType.of(e)).isEqualTo(type);
            }
        }
    }

    @Test
    void attributeRating_scale() {
        assertThat(AttributeRating.of(3)).isEqualTo(AttributeRating.CONFIDENT);
        assertThat(AttributeRating.CONFIDENT.label()).isEqualTo("Confident (3 of 4)");
        assertThat(AttributeRating.CONFIDENT.next()).contains(AttributeRating.STRONG);
        assertThat(AttributeRating.STRONG.next()).isEmpty();
        assertThatThrownBy(() -> AttributeRating.of(5)).isInstanceOf(UnknownElementException.class);
    }
}
