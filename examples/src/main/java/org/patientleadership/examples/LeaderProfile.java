package org.patientleadership.examples;

import java.io.PrintStream;
import java.util.stream.Collectors;

import org.patientleadership.profile.AttributeRating;
import org.patientleadership.profile.Growth;
import org.patientleadership.profile.Profile;
import org.patientleadership.profile.ProfileAnswers;
import org.patientleadership.profile.Profiler;
import org.patientleadership.profile.RoleFit;
import org.patientleadership.roles.ConnectionLevel;
import org.patientleadership.roles.ExampleRole;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

/**
 * The patient leader's example: one (fictional) person's answers turned into a profile with their development
 * stage, the role types that fit them and why, and the attributes to grow, each citing the guide.
 */
public final class LeaderProfile {

    private LeaderProfile() {
    }

    /**
     * Builds the sample answers: a member of a practice's patient participation group who also helps at a
     * community project, and has not yet rated one attribute.
     *
     * @return the answers
     */
    static ProfileAnswers sample() {
        ExampleRole ppg = RoleType.INFORMAL_REPRESENTATIVE.exampleRoles().stream()
                .filter(e -> e.displayName().equals("Patient Participation Group member")).findFirst().orElseThrow();
        return ProfileAnswers.builder("Respondent A (fictional)")
                .connection(RoleType.INFORMAL_REPRESENTATIVE, ConnectionLevel.SYSTEMATIC)
                .connection(RoleType.COMMUNITY_ENABLER, ConnectionLevel.AD_HOC)
                .connection(RoleType.PEER_SUPPORTER, ConnectionLevel.AWARE)
                .connection(RoleType.FORMAL_REPRESENTATIVE, ConnectionLevel.NO_LINKS)
                .rate(LeadershipAttribute.LEADING_THEMSELVES, AttributeRating.CONFIDENT)
                .rate(LeadershipAttribute.LEADING_BY_EXAMPLE, AttributeRating.CONFIDENT)
                .rate(LeadershipAttribute.BUILDING_RELATIONSHIPS, AttributeRating.STRONG)
                .rate(LeadershipAttribute.CHALLENGING, AttributeRating.BEGINNING)
                .rate(LeadershipAttribute.COMMUNICATING, AttributeRating.CONFIDENT)
                .rate(LeadershipAttribute.SEEING_THE_BIG_PICTURE, AttributeRating.DEVELOPING)
                .rate(LeadershipAttribute.PEER_SUPPORT_NETWORK, AttributeRating.DEVELOPING)
                .holds(ppg)
                .build();
    }

    /**
     * Runs the example.
     *
     * @param args  not used
     */
    public static void main(String[] args) {
        print(Profiler.profile(sample()), System.out);
    }

    /**
     * Prints a profile: stage, fitting roles, attributes to grow and unrated attributes.
     *
     * @param profile  the profile
     * @param out  where to print
     */
    static void print(Profile profile, PrintStream out) {
        out.println("Patient-leader profile: " + profile.answers().label());
        out.println("Stage: " + profile.stage().displayName());
        profile.stageReasons().forEach(r -> out.println("   " + r));
        out.println();
        Table table = new Table("Role type", "Fit", "Fits?");
        for (RoleFit fit : profile.roleFits()) {
            table.row(fit.roleType().displayName(), fit.score() + "/100",
                    fit.fits() ? (fit.holds() ? "yes (holds a role)" : "yes") : "no");
        }
        table.print(out);
        for (RoleFit fit : profile.fittingRoles()) {
            out.println();
            out.println("Why " + fit.roleType().displayName() + ":");
            fit.reasons().forEach(r -> out.println("   " + r));
        }
        out.println();
        out.println("Attributes to grow:");
        for (Growth g : profile.growth()) {
            out.println(g + " – see guide points " + g.points().stream()
                    .map(p -> Integer.toString(p.number())).collect(Collectors.joining(", ")));
            out.println("   " + g.reason());
        }
        if (!profile.unrated().isEmpty()) {
            out.println("Not rated yet: " + profile.unrated().stream().map(LeadershipAttribute::displayName)
                    .collect(Collectors.joining(", ")));
        }
    }
}
