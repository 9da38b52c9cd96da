package org.patientleadership.testing;

import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import org.patientleadership.profile.AttributeRating;
import org.patientleadership.profile.ProfileAnswers;
import org.patientleadership.profile.ProfileRules;
import org.patientleadership.roles.ConnectionLevel;
import org.patientleadership.roles.ExampleRole;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

/** Generators of profile answers and rules, shared by the profile laws and the JSON schema laws. */
public final class ProfileArbitraries {

    private ProfileArbitraries() {
    }

    /**
     * Generates answers: any connections, ratings and roles, some left unanswered.
     *
     * @param labels  the respondent labels to use
     * @return the generator
     */
    public static Arbitrary<ProfileAnswers> answers(Arbitrary<String> labels) {
        return Combinators.combine(labels,
                Arbitraries.maps(Arbitraries.of(RoleType.class), Arbitraries.of(ConnectionLevel.class))
                        .ofMaxSize(RoleType.values().length),
                Arbitraries.maps(Arbitraries.of(LeadershipAttribute.class), Arbitraries.of(AttributeRating.class))
                        .ofMaxSize(LeadershipAttribute.values().length),
                Arbitraries.subsetOf(RoleType.values()),
                Arbitraries.subsetOf(RoleType.allExampleRoles()))
                .as((String label, Map<RoleType, ConnectionLevel> c, Map<LeadershipAttribute, AttributeRating> r,
                        Set<RoleType> roles, Set<ExampleRole> examples) ->
                        new ProfileAnswers(label, c, r, roles, examples));
    }

    /**
     * Generates rules: the standard ones, or the standard ones with a changed threshold, weight, growth mark and
     * key attributes of one role type.
     *
     * @return the generator
     */
    public static Arbitrary<ProfileRules> rules() {
        Arbitrary<ProfileRules> varied = Combinators.combine(
                Arbitraries.integers().between(0, 100),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.of(AttributeRating.class),
                Arbitraries.of(RoleType.class),
                Arbitraries.subsetOf(LeadershipAttribute.values()).ofMinSize(1))
                .as((threshold, weight, grow, type, keys) -> ProfileRules.standard().withFitThreshold(threshold)
                        .withConnectionWeight(weight).withGrowBelow(grow)
                        .withKeyAttributes(type, keys.toArray(LeadershipAttribute[]::new)));
        return Arbitraries.oneOf(Arbitraries.just(ProfileRules.standard()), varied);
    }
}
