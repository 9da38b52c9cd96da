package org.patientleadership.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.internal.Checks;

/**
 * Describes what a {@link Plan} is made from: the assessment, optionally an earlier assessment of the same
 * organisation (so points that fell back rank higher), the organisation's choices (points to focus on and
 * points to skip this year), the {@link RecommendationPolicy}, the {@link ScoringOptions}, and the shape of the
 * plan (how many steps now and next, and at most how many per section now).
 *
 * <p>Start with {@link #of(Assessment)} and change parts with the {@code with…} copies. Every part is checked
 * when the request is built: an earlier assessment dated after the later one, of another organisation or on
 * another scale, or a focus or skipped point outside 1 to 40 or in both lists, throws
 * {@link PlanningException} naming it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param assessment  the assessment to plan from, not null
 * @param earlier  an earlier assessment of the same organisation on the same scale, or empty
 * @param focus  the points chosen as a focus, ascending, distinct
 * @param skip  the points skipped this year, ascending, distinct, none also a focus
 * @param policy  the recommendation policy, not null
 * @param options  the scoring options, not null
 * @param nowSize  at most how many steps in {@link Horizon#NOW}, 1 to 40
 * @param nextSize  at most how many steps in {@link Horizon#NEXT}, 0 to 40
 * @param sectionCap  at most how many steps of one section in {@link Horizon#NOW} while other sections have
 *     candidates, 1 to 40
 */
public record PlanRequest(Assessment assessment, Optional<Assessment> earlier, List<Integer> focus,
        List<Integer> skip, RecommendationPolicy policy, ScoringOptions options, int nowSize, int nextSize,
        int sectionCap) {

    /** The default number of steps now: 5. */
    public static final int DEFAULT_NOW = 5;
    /** The default number of steps next: 5. */
    public static final int DEFAULT_NEXT = 5;
    /** The default cap per section now: 2. */
    public static final int DEFAULT_SECTION_CAP = 2;

    /**
     * Creates a request, checking every part.
     *
     * @param assessment  not null
     * @param earlier  not null, possibly empty
     * @param focus  point numbers 1 to 40
     * @param skip  point numbers 1 to 40, none also in focus
     * @param policy  not null
     * @param options  not null
     * @param nowSize  1 to 40
     * @param nextSize  0 to 40
     * @param sectionCap  1 to 40
     * @throws NullPointerException if an argument or item is null
     * @throws PlanningException if the earlier assessment or a chosen point is invalid
     * @throws IllegalArgumentException if a size is out of range
     */
    public PlanRequest {
        Checks.notNull(assessment, "assessment");
        Checks.notNull(earlier, "earlier");
        earlier.ifPresent(e -> checkEarlier(e, assessment));
        focus = points(focus, "focus");
        skip = points(skip, "skip");
        for (int p : skip) {
            if (focus.contains(p)) {
                throw new PlanningException("Point " + p + " is both a focus and skipped; choose one",
                        "skipped point " + p, List.of("a point not chosen as a focus"));
            }
        }
        Checks.notNull(policy, "policy");
        Checks.notNull(options, "options");
        Checks.inRange(nowSize, 1, ChecklistPoint.COUNT, "number of steps now");
        Checks.inRange(nextSize, 0, ChecklistPoint.COUNT, "number of steps next");
        Checks.inRange(sectionCap, 1, ChecklistPoint.COUNT, "cap per section now");
    }

    private static void checkEarlier(Assessment earlier, Assessment later) {
        if (earlier.date().isAfter(later.date())) {
            throw new PlanningException("The earlier assessment (" + earlier.date() + ") is dated after the later "
                    + "one (" + later.date() + ")", "earlier assessment", List.of("dated on or before " + later.date()));
        }
        if (!earlier.organisation().equals(later.organisation())) {
            throw new PlanningException("The earlier assessment is of '" + earlier.organisation() + "', not '"
                    + later.organisation() + "'", "earlier assessment", List.of(later.organisation()));
        }
        if (!earlier.scale().equals(later.scale())) {
            throw new PlanningException("The earlier assessment is on the scale '" + earlier.scale().id()
                    + "', not '" + later.scale().id() + "'", "earlier assessment", List.of(later.scale().id()));
        }
    }

    private static List<Integer> points(List<Integer> points, String name) {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer p : Checks.noNullItems(points, name)) {
            if (p < 1 || p > ChecklistPoint.COUNT) {
                throw new PlanningException("Unknown " + name + " point " + p + "; allowed: 1 to "
                        + ChecklistPoint.COUNT, name + " point " + p, List.of("1 to " + ChecklistPoint.COUNT));
            }
            sorted.add(p);
        }
        return List.copyOf(sorted);
    }

    /**
     * Obtains a request for one assessment with the standard policy, default scoring options, no earlier
     * assessment and no choices, {@value #DEFAULT_NOW} steps now, {@value #DEFAULT_NEXT} next and at most
     * {@value #DEFAULT_SECTION_CAP} per section now.
     *
     * @param assessment  the assessment, not null
     * @return the request, not null
     */
    public static PlanRequest of(Assessment assessment) {
        return new PlanRequest(assessment, Optional.empty(), List.of(), List.of(), RecommendationPolicy.standard(),
                ScoringOptions.DEFAULT, DEFAULT_NOW, DEFAULT_NEXT, DEFAULT_SECTION_CAP);
    }

    /**
     * Returns a copy compared with an earlier assessment.
     *
     * @param newEarlier  the earlier assessment of the same organisation, on the same scale, not after this one
     * @return the copy, not null
     * @throws PlanningException if the earlier assessment is dated after, or of another organisation or scale
     */
    public PlanRequest withEarlier(Assessment newEarlier) {
        return new PlanRequest(assessment, Optional.of(Checks.notNull(newEarlier, "earlier")), focus, skip, policy,
                options, nowSize, nextSize, sectionCap);
    }

    /**
     * Returns a copy with points chosen as a focus, replacing any chosen before.
     *
     * @param points  the point numbers, 1 to 40
     * @return the copy, not null
     * @throws PlanningException if a point is unknown or skipped
     */
    public PlanRequest withFocus(int... points) {
        return new PlanRequest(assessment, earlier, boxed(points), skip, policy, options, nowSize, nextSize,
                sectionCap);
    }

    /**
     * Returns a copy with points skipped this year, replacing any skipped before.
     *
     * @param points  the point numbers, 1 to 40
     * @return the copy, not null
     * @throws PlanningException if a point is unknown or a focus
     */
    public PlanRequest withSkip(int... points) {
        return new PlanRequest(assessment, earlier, focus, boxed(points), policy, options, nowSize, nextSize,
                sectionCap);
    }

    /**
     * Returns a copy with another policy.
     *
     * @param newPolicy  the policy, not null
     * @return the copy, not null
     */
    public PlanRequest withPolicy(RecommendationPolicy newPolicy) {
        return new PlanRequest(assessment, earlier, focus, skip, newPolicy, options, nowSize, nextSize, sectionCap);
    }

    /**
     * Returns a copy with other scoring options.
     *
     * @param newOptions  the options, not null
     * @return the copy, not null
     */
    public PlanRequest withOptions(ScoringOptions newOptions) {
        return new PlanRequest(assessment, earlier, focus, skip, policy, newOptions, nowSize, nextSize, sectionCap);
    }

    /**
     * Returns a copy with another plan shape.
     *
     * @param newNowSize  at most how many steps now, 1 to 40
     * @param newNextSize  at most how many steps next, 0 to 40
     * @param newSectionCap  at most how many steps of one section now, 1 to 40
     * @return the copy, not null
     * @throws IllegalArgumentException if a number is out of range
     */
    public PlanRequest withShape(int newNowSize, int newNextSize, int newSectionCap) {
        return new PlanRequest(assessment, earlier, focus, skip, policy, options, newNowSize, newNextSize,
                newSectionCap);
    }

    private static List<Integer> boxed(int[] points) {
        return new ArrayList<>(Arrays.stream(points).boxed().toList());
    }

    boolean[] flags(List<Integer> points) {
        boolean[] flags = new boolean[ChecklistPoint.COUNT + 1];
        points.forEach(p -> flags[p] = true);
        return flags;
    }
}
