package org.patientleadership.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.internal.Checks;
import org.patientleadership.roles.ConnectionLevel;
import org.patientleadership.roles.DevelopmentStage;
import org.patientleadership.roles.ExampleRole;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

/**
 * Derives a patient leader's {@link Profile} from their {@link ProfileAnswers} by documented, replaceable
 * {@link ProfileRules}.
 *
 * <p><b>Development stage</b> (guide, point 7, stages ordered potential, emerging, embedded):
 * <ol>
 *   <li>Embedded, if the person holds a role of an {@linkplain ProfileRules#embeddedRoleTypes() embedded type}
 *       (standard: formal representatives), or holds a role whose setting they rate at the
 *       {@linkplain ProfileRules#embeddedConnection() embedded connection} or above (standard: continuing
 *       dialogue).</li>
 *   <li>Otherwise emerging, if they hold any role, or rate any setting at the
 *       {@linkplain ProfileRules#emergingConnection() emerging connection} or above (standard: ad hoc).</li>
 *   <li>Otherwise potential: no role yet and at most informal contact; point 29 describes first steps.</li>
 * </ol>
 * The stage rests on roles and connections only, never on the self-ratings: point 34 asks organisations to
 * look at attributes rather than roles, so attributes decide fit and growth instead. Holding more roles or
 * rating a connection higher never lowers the stage.
 *
 * <p><b>Role fit</b>, for each of the six role types, with {@code w} the
 * {@linkplain ProfileRules#connectionWeight() connection weight} (standard 0.4), {@code c} the connection with
 * the type's setting (0–4, unanswered counted as 0) and {@code m} the mean self-rating of its
 * {@linkplain ProfileRules#keyAttributes() key attributes} (0–4, unrated counted as 0):
 * <pre>  score = round(100 × (w × c / 4 + (1 − w) × m / 4))</pre>
 * A role type fits when its score reaches the {@linkplain ProfileRules#fitThreshold() threshold} (standard 50)
 * or when the person holds a role of that type. Raising any rating or connection never lowers a score.
 *
 * <p><b>Attributes to grow:</b> every attribute rated below {@linkplain ProfileRules#growBelow() growBelow}
 * (standard: Confident), ranked by how many fitting role types have it as a key attribute (more first), then by
 * rating (lower first), then by the guide's number. Unrated attributes are not guessed at: the profile lists
 * them as {@linkplain Profile#unrated() unrated}.
 *
 * <p>Profiling is pure and deterministic. This class is immutable and thread-safe.
 */
public final class Profiler {

    private static final int SCALE_TOP = 4;

    private Profiler() {
    }

    /**
     * Derives a profile by the {@link ProfileRules#standard() standard rules}.
     *
     * @param answers  the person's answers, not null
     * @return the profile, not null
     * @throws NullPointerException if the answers are null
     */
    public static Profile profile(ProfileAnswers answers) {
        return profile(answers, ProfileRules.standard());
    }

    /**
     * Derives a profile by the given rules.
     *
     * @param answers  the person's answers, not null
     * @param rules  the rules, not null
     * @return the profile, not null
     * @throws NullPointerException if an argument is null
     */
    public static Profile profile(ProfileAnswers answers, ProfileRules rules) {
        Checks.notNull(answers, "answers");
        Checks.notNull(rules, "rules");
        List<String> stageReasons = new ArrayList<>();
        DevelopmentStage stage = stage(answers, rules, stageReasons);
        List<RoleFit> fits = new ArrayList<>();
        for (RoleType type : RoleType.values()) {
            fits.add(fit(answers, rules, type));
        }
        fits.sort(Comparator.comparingInt(RoleFit::score).reversed()
                .thenComparing(RoleFit::roleType));
        EnumSet<LeadershipAttribute> unrated = EnumSet.allOf(LeadershipAttribute.class);
        unrated.removeAll(answers.ratings().keySet());
        return new Profile(answers, stage, stageReasons, fits, growth(answers, rules, fits), unrated);
    }

    private static DevelopmentStage stage(ProfileAnswers answers, ProfileRules rules, List<String> reasons) {
        for (RoleType type : answers.rolesHeld()) {
            if (rules.embeddedRoleTypes().contains(type)) {
                reasons.add("Holds " + held(answers, type) + " (" + type.displayName()
                        + "); point 7 counts such established roles as embedded");
            }
            Optional<ConnectionLevel> level = answers.connection(type);
            if (level.isPresent() && !level.get().isBefore(rules.embeddedConnection())) {
                reasons.add("Holds " + held(answers, type) + " and rates the connection with "
                        + type.displayName() + " at " + label(level.get()) + ", at or above the embedded mark of "
                        + rules.embeddedConnection().number());
            }
        }
        if (!reasons.isEmpty()) {
            return DevelopmentStage.EMBEDDED;
        }
        for (RoleType type : answers.rolesHeld()) {
            reasons.add("Holds " + held(answers, type) + " (" + type.displayName()
                    + "), though not in an embedded way");
        }
        answers.connections().forEach((type, level) -> {
            if (!level.isBefore(rules.emergingConnection())) {
                reasons.add("Rates the connection with " + type.displayName() + " at " + label(level)
                        + ", at or above the emerging mark of " + rules.emergingConnection().number());
            }
        });
        if (!reasons.isEmpty()) {
            return DevelopmentStage.EMERGING;
        }
        reasons.add("Holds no role yet and rates no setting at " + label(rules.emergingConnection())
                + " or above; point 29 describes first steps for people at this point");
        return DevelopmentStage.POTENTIAL;
    }

    private static RoleFit fit(ProfileAnswers answers, ProfileRules rules, RoleType type) {
        List<String> reasons = new ArrayList<>();
        boolean holds = answers.holds(type);
        if (holds) {
            reasons.add("Holds " + held(answers, type));
        }
        Optional<ConnectionLevel> level = answers.connection(type);
        int connection = level.map(ConnectionLevel::number).orElse(0);
        reasons.add("Connection with this setting: "
                + level.map(Profiler::label).orElse("not answered, counted as 0"));
        Set<LeadershipAttribute> keys = rules.keyAttributes(type);
        int sum = 0;
        List<String> ratings = new ArrayList<>();
        for (LeadershipAttribute attribute : keys) {
            Optional<AttributeRating> rating = answers.rating(attribute);
            sum += rating.map(AttributeRating::value).orElse(0);
            ratings.add(attribute.displayName() + ": " + rating.map(AttributeRating::label)
                    .orElse("not rated, counted as 0"));
        }
        double mean = (double) sum / keys.size();
        reasons.add("Key attributes: " + String.join("; ", ratings) + "; mean "
                + String.format(Locale.ROOT, "%.1f", mean) + " of 4");
        double w = rules.connectionWeight();
        int score = (int) Math.round(100 * (w * connection / SCALE_TOP + (1 - w) * mean / SCALE_TOP));
        boolean reached = score >= rules.fitThreshold();
        reasons.add("Score " + score + " of 100 (connection weighs " + format(w) + ", key attributes "
                + format(1 - w) + "), " + (reached ? "at or above" : "below") + " the threshold of "
                + rules.fitThreshold() + (!reached && holds ? ", but a role of this type is held" : ""));
        return new RoleFit(type, score, holds, holds || reached, keys, reasons);
    }

    private static List<Growth> growth(ProfileAnswers answers, ProfileRules rules, List<RoleFit> fits) {
        record Candidate(LeadershipAttribute attribute, AttributeRating rating, List<RoleType> neededBy) {
        }
        List<Candidate> candidates = new ArrayList<>();
        answers.ratings().forEach((attribute, rating) -> {
            if (rating.compareTo(rules.growBelow()) < 0) {
                List<RoleType> neededBy = fits.stream().filter(RoleFit::fits)
                        .filter(f -> f.keyAttributes().contains(attribute)).map(RoleFit::roleType)
                        .sorted().toList();
                candidates.add(new Candidate(attribute, rating, neededBy));
            }
        });
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.neededBy().size())
                .thenComparing(Candidate::rating).thenComparing(Candidate::attribute));
        List<Growth> growth = new ArrayList<>();
        for (Candidate c : candidates) {
            List<ChecklistPoint> points = new ArrayList<>(List.of(Checklist.point(8), Checklist.point(39)));
            if (c.attribute() == LeadershipAttribute.PEER_SUPPORT_NETWORK) {
                points.add(Checklist.point(40));
            }
            String need = c.neededBy().isEmpty()
                    ? "not a key attribute of any fitting role type, but one that every patient leader uses"
                    : "a key attribute of " + c.neededBy().size() + " fitting role type"
                            + (c.neededBy().size() == 1 ? "" : "s") + ": " + c.neededBy().stream()
                            .map(RoleType::displayName).collect(Collectors.joining(", "));
            growth.add(new Growth(growth.size() + 1, c.attribute(), c.rating(), c.neededBy(), points,
                    "Rated " + c.rating().label() + ", below " + rules.growBelow().label() + "; " + need));
        }
        return growth;
    }

    private static String held(ProfileAnswers answers, RoleType type) {
        List<String> names = answers.exampleRolesHeld().stream().filter(e -> RoleType.of(e) == type)
                .map(ExampleRole::displayName).toList();
        return names.isEmpty() ? "a role among " + type.displayName() : String.join(" and ", names);
    }

    private static String label(ConnectionLevel level) {
        return level.displayName() + " (" + level.number() + " of 4)";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
