package org.patientleadership.profile;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.patientleadership.internal.Checks;
import org.patientleadership.internal.EnumSets;
import org.patientleadership.roles.DevelopmentStage;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

/**
 * Holds what {@link Profiler} derives from one person's {@link ProfileAnswers}: their development stage with
 * its reasons, how well each of the six role types fits them, the attributes to grow and the attributes they
 * left unrated.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param answers  the answers the profile was derived from
 * @param stage  the development stage
 * @param stageReasons  why the person is at that stage, in words, unmodifiable
 * @param roleFits  all six role types, best fit first (score high to low, then the guide's order), unmodifiable
 * @param growth  the attributes to grow, ranked (see {@link Profiler}), unmodifiable, possibly empty
 * @param unrated  the attributes the person did not rate, in the guide's order, unmodifiable, possibly empty
 */
public record Profile(ProfileAnswers answers, DevelopmentStage stage, List<String> stageReasons,
        List<RoleFit> roleFits, List<Growth> growth, Set<LeadershipAttribute> unrated) {

    /**
     * Creates a profile, checking and copying the fields.
     *
     * @param answers  the answers, not null
     * @param stage  the stage, not null
     * @param stageReasons  the stage's reasons, not null
     * @param roleFits  one fit for each of the six role types, not null
     * @param growth  the attributes to grow, not null
     * @param unrated  the unrated attributes, not null
     * @throws NullPointerException if an argument or item is null
     * @throws IllegalArgumentException if the role fits do not cover each role type once
     */
    public Profile {
        Checks.notNull(answers, "answers");
        Checks.notNull(stage, "stage");
        stageReasons = List.copyOf(stageReasons);
        roleFits = List.copyOf(roleFits);
        if (roleFits.stream().map(RoleFit::roleType).distinct().count() != RoleType.values().length
                || roleFits.size() != RoleType.values().length) {
            throw new IllegalArgumentException("roleFits must hold one fit for each of the "
                    + RoleType.values().length + " role types; got " + roleFits);
        }
        growth = List.copyOf(growth);
        unrated = EnumSets.copy(LeadershipAttribute.class, unrated, "unrated");
    }

    /**
     * Obtains the role types that fit, best first.
     *
     * @return the fitting role types' fits, unmodifiable, possibly empty, not null
     */
    public List<RoleFit> fittingRoles() {
        return roleFits.stream().filter(RoleFit::fits).toList();
    }

    /**
     * Obtains the fit of one role type.
     *
     * @param type  the role type, not null
     * @return its fit, not null
     * @throws NullPointerException if the type is null
     */
    public RoleFit fit(RoleType type) {
        Objects.requireNonNull(type, "type");
        return roleFits.stream().filter(f -> f.roleType() == type).findFirst().orElseThrow();
    }

    /**
     * Returns {@code label: stage; fits ...; grow ...}.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return answers.label() + ": " + stage.displayName() + "; fits " + fittingRoles().stream()
                .map(f -> f.roleType().displayName()).toList() + "; grow " + growth.stream()
                .map(g -> g.attribute().displayName()).toList();
    }
}
