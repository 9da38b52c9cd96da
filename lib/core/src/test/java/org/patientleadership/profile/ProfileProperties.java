package org.patientleadership.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.patientleadership.roles.ConnectionLevel;
import org.patientleadership.testing.ProfileArbitraries;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

/** Laws of the patient-leader profile: bounds, monotone stage and fit, complete growth, deterministic. */
class ProfileProperties {

    private static final int THREADS = 8;

    @Provide
    Arbitrary<ProfileAnswers> answers() {
        return ProfileArbitraries.answers(Arbitraries.just("Respondent"));
    }

    @Provide
    Arbitrary<ProfileRules> rules() {
        return ProfileArbitraries.rules();
    }

    @Property
    void scoresStayWithin0And100_andEveryRoleTypeAppearsOnce(@ForAll("answers") ProfileAnswers answers,
            @ForAll("rules") ProfileRules rules) {
        Profile profile = Profiler.profile(answers, rules);
        assertThat(profile.roleFits()).extracting(RoleFit::roleType).containsExactlyInAnyOrder(RoleType.values());
        assertThat(profile.roleFits()).allSatisfy(f -> {
            assertThat(f.score()).isBetween(0, 100);
            assertThat(f.fits()).isEqualTo(f.holds() || f.score() >= rules.fitThreshold());
        });
        for (int i = 1; i < profile.roleFits().size(); i++) {
            assertThat(profile.roleFits().get(i).score()).isLessThanOrEqualTo(profile.roleFits().get(i - 1).score());
        }
    }

    @Property
    void raisingAConnection_neverLowersStageOrAnyFit(@ForAll("answers") ProfileAnswers answers,
            @ForAll("rules") ProfileRules rules, @ForAll RoleType setting) {
        ConnectionLevel now = answers.connection(setting).orElse(ConnectionLevel.NO_LINKS);
        ConnectionLevel raised = now.next().orElse(now);
        assertNotLower(Profiler.profile(answers, rules),
                Profiler.profile(answers.withConnection(setting, raised), rules));
    }

    @Property
    void raisingARating_neverLowersAnyFit_andNeverChangesTheStage(@ForAll("answers") ProfileAnswers answers,
            @ForAll("rules") ProfileRules rules, @ForAll LeadershipAttribute attribute,
            @ForAll AttributeRating rating) {
        AttributeRating now = answers.rating(attribute).orElse(AttributeRating.NOT_YET);
        AttributeRating raised = rating.compareTo(now) > 0 ? rating : now;
        Profile before = Profiler.profile(answers, rules);
        Profile after = Profiler.profile(answers.withRating(attribute, raised), rules);
        assertNotLower(before, after);
        assertThat(after.stage()).isEqualTo(before.stage());
    }

    @Property
    void takingOnARole_neverLowersStageOrRemovesAFit(@ForAll("answers") ProfileAnswers answers,
            @ForAll("rules") ProfileRules rules, @ForAll RoleType type) {
        Profile before = Profiler.profile(answers, rules);
        Profile after = Profiler.profile(answers.withRole(type), rules);
        assertNotLower(before, after);
        assertThat(after.fit(type).fits()).isTrue();
    }

    @Property
    void growth_isExactlyTheRatedAttributesBelowTheMark(@ForAll("answers") ProfileAnswers answers,
            @ForAll("rules") ProfileRules rules) {
        Profile profile = Profiler.profile(answers, rules);
        List<LeadershipAttribute> expected = new ArrayList<>();
        answers.ratings().forEach((a, r) -> {
            if (r.compareTo(rules.growBelow()) < 0) {
                expected.add(a);
            }
        });
        assertThat(profile.growth()).extracting(Growth::attribute).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(profile.growth()).allSatisfy(g -> {
            assertThat(g.rating()).isLessThan(rules.growBelow());
            assertThat(g.neededBy()).allSatisfy(t -> assertThat(profile.fit(t).fits()).isTrue());
        });
        assertThat(profile.unrated()).allSatisfy(a -> assertThat(answers.rating(a)).isEmpty())
                .hasSize(LeadershipAttribute.values().length - answers.ratings().size());
        for (int i = 0; i < profile.growth().size(); i++) {
            assertThat(profile.growth().get(i).rank()).isEqualTo(i + 1);
        }
    }

    @Property
    void raisingAnAttributeToStrong_removesItFromGrowth_andAddsNoOther(@ForAll("answers") ProfileAnswers answers,
            @ForAll LeadershipAttribute attribute) {
        Profile before = Profiler.profile(answers);
        Profile after = Profiler.profile(answers.withRating(attribute, AttributeRating.STRONG));
        assertThat(after.growth()).extracting(Growth::attribute).doesNotContain(attribute)
                .isSubsetOf(before.growth().stream().map(Growth::attribute).toList());
    }

    @Property(tries = 20)
    void identicalInput_givesIdenticalProfiles_on8Threads(@ForAll("answers") ProfileAnswers answers)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        Callable<Profile> task = () -> {
            start.await();
            return Profiler.profile(answers);
        };
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Profile>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(task));
            }
            Profile first = futures.get(0).get();
            for (Future<Profile> future : futures) {
                assertThat(future.get()).isEqualTo(first);
            }
            assertThat(first).isEqualTo(Profiler.profile(answers));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertNotLower(Profile before, Profile after) {
        assertThat(after.stage()).isGreaterThanOrEqualTo(before.stage());
        for (RoleFit fit : before.roleFits()) {
            RoleFit later = after.fit(fit.roleType());
            assertThat(later.score()).as(fit.roleType().id()).isGreaterThanOrEqualTo(fit.score());
            if (fit.fits()) {
                assertThat(later.fits()).as(fit.roleType().id()).isTrue();
            }
        }
    }
}
