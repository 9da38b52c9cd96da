package org.patientleadership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.patientleadership.profile.Growth;
import org.patientleadership.profile.Profile;
import org.patientleadership.profile.Profiler;
import org.patientleadership.profile.RoleFit;

class LeaderProfileTest {

    private static String run() {
        return Capture.stdout(() -> LeaderProfile.main(new String[0]));
    }

    @Test
    void printsTheStageWithItsReasons() {
        String out = run();
        Profile profile = Profiler.profile(LeaderProfile.sample());
        assertThat(out).startsWith("Patient-leader profile: Respondent A (fictional)\nStage: "
                + profile.stage().displayName() + "\n");
        assertThat(profile.stageReasons()).isNotEmpty()
                .allSatisfy(r -> assertThat(out).contains("   " + r + "\n"));
    }

    @Test
    void printsEveryRoleFit_andTheReasonsOfEachFittingRole() {
        String out = run();
        Profile profile = Profiler.profile(LeaderProfile.sample());
        for (RoleFit fit : profile.roleFits()) {
            assertThat(out).containsPattern(fit.roleType().displayName() + " *\\| " + fit.score() + "/100 *\\| "
                    + (fit.fits() ? "yes" : "no"));
        }
        assertThat(profile.fittingRoles()).isNotEmpty().allSatisfy(fit -> {
            assertThat(out).contains("Why " + fit.roleType().displayName() + ":");
            fit.reasons().forEach(r -> assertThat(out).contains("   " + r));
        });
        assertThat(out).contains("yes (holds a role)");
    }

    @Test
    void printsTheAttributesToGrow_withTheGuidePointsTheyCite() {
        String out = run();
        Profile profile = Profiler.profile(LeaderProfile.sample());
        assertThat(profile.growth()).isNotEmpty();
        for (Growth g : profile.growth()) {
            assertThat(out).contains(g + " – see guide points 8, 39").contains("   " + g.reason());
        }
        assertThat(out).contains("Not rated yet: Becoming a lifelong learner");
    }
}
