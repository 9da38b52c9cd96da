package org.patientleadership.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Models how next steps are ranked: a replaceable table of {@link Prerequisite}s between the guide's points, a
 * weight for each {@link PriorityFactor}, and the scores from which a priority counts as {@link Priority#HIGH}
 * or {@link Priority#MEDIUM}.
 *
 * <p><b>The formula.</b> A candidate is a point rated below the top of the scale and not skipped. Its priority
 * score is {@code Σ weight(f) × value(f)} over the factors (see {@link PriorityFactor} for each value), added
 * in factor order; its level is HIGH from {@link #highFrom()}, MEDIUM from {@link #mediumFrom()}, LOW below.
 * Candidates rank by score (highest first), then by section (earlier first: the guide's foundations), then by
 * point number, so the order is total and repeatable.
 *
 * <p>{@link #standard()} is the project's policy: weights gap 1, section weakness 1, prerequisite 0.25 per
 * unfinished point resting on it, fell back 1, no evidence 0.1, focus 0.5; HIGH from 1.0 and MEDIUM from 0.6;
 * and eleven prerequisites drawn from the guide's text and ordering, listed and argued in
 * {@code docs/recommendations.md} and {@code docs/readings.md}. Replace any part with the {@code with…} copies.
 *
 * <p>Validation happens at construction: a negative or non-finite weight, a missing factor, thresholds out of
 * order, a prerequisite listed twice or a cycle of prerequisites throws {@link PlanningException} naming the
 * element, and nothing is built.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecommendationPolicy {

    private static final RecommendationPolicy STANDARD = new RecommendationPolicy(standardWeights(),
            standardPrerequisites(), 1.0, 0.6);

    private final Map<PriorityFactor, Double> weights;
    private final double[] weightArray;
    private final List<Prerequisite> prerequisites;
    /** For each point number, the points it rests on, ascending. */
    private final int[][] requires;
    /** For each point number, the points that rest on it, ascending. */
    private final int[][] dependants;
    private final double highFrom;
    private final double mediumFrom;

    private RecommendationPolicy(Map<PriorityFactor, Double> weights, List<Prerequisite> prerequisites,
            double highFrom, double mediumFrom) {
        Checks.notNull(weights, "weights");
        EnumMap<PriorityFactor, Double> copy = new EnumMap<>(PriorityFactor.class);
        for (PriorityFactor f : PriorityFactor.values()) {
            Double w = weights.get(f);
            if (w == null) {
                throw new PlanningException("The policy has no weight for the factor '" + f.id() + "'; give every "
                        + "factor a weight (0 switches it off)", "weight of " + f.id(),
                        List.of("a finite number, 0 or more"));
            }
            copy.put(f, FactorContribution.nonNegative(w, "weight of " + f.id()));
        }
        this.weights = Collections.unmodifiableMap(copy);
        this.weightArray = new double[PriorityFactor.values().length];
        copy.forEach((f, w) -> weightArray[f.ordinal()] = w);
        this.prerequisites = Checks.noNullItems(prerequisites, "prerequisites");
        this.requires = new int[ChecklistPoint.COUNT + 1][];
        this.dependants = new int[ChecklistPoint.COUNT + 1][];
        index(this.prerequisites, requires, dependants);
        checkAcyclic(requires);
        FactorContribution.nonNegative(mediumFrom, "MEDIUM threshold");
        FactorContribution.nonNegative(highFrom, "HIGH threshold");
        if (highFrom < mediumFrom) {
            throw new PlanningException("The HIGH threshold " + highFrom + " is below the MEDIUM threshold "
                    + mediumFrom + "; HIGH must start at or above MEDIUM", "HIGH threshold",
                    List.of("at least " + mediumFrom));
        }
        this.highFrom = highFrom;
        this.mediumFrom = mediumFrom;
    }

    private static void index(List<Prerequisite> list, int[][] requires, int[][] dependants) {
        List<List<Integer>> req = new ArrayList<>();
        List<List<Integer>> dep = new ArrayList<>();
        for (int p = 0; p <= ChecklistPoint.COUNT; p++) {
            req.add(new ArrayList<>());
            dep.add(new ArrayList<>());
        }
        for (Prerequisite p : list) {
            if (req.get(p.point()).contains(p.requires())) {
                throw new PlanningException("Prerequisite " + p.point() + " on " + p.requires() + " is listed "
                        + "twice; list each once", "prerequisite " + p.point() + " on " + p.requires(),
                        List.of("each prerequisite once"));
            }
            req.get(p.point()).add(p.requires());
            dep.get(p.requires()).add(p.point());
        }
        for (int p = 0; p <= ChecklistPoint.COUNT; p++) {
            requires[p] = req.get(p).stream().mapToInt(Integer::intValue).sorted().toArray();
            dependants[p] = dep.get(p).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
    }

    private static void checkAcyclic(int[][] requires) {
        int[] state = new int[requires.length]; // 0 new, 1 on the path, 2 done
        for (int p = 1; p < requires.length; p++) {
            List<Integer> path = new ArrayList<>();
            visit(p, requires, state, path);
        }
    }

    private static void visit(int p, int[][] requires, int[] state, List<Integer> path) {
        if (state[p] == 2) {
            return;
        }
        path.add(p);
        if (state[p] == 1) {
            List<Integer> cycle = path.subList(path.indexOf(p), path.size());
            StringBuilder words = new StringBuilder("point " + cycle.get(0));
            for (int i = 1; i < cycle.size(); i++) {
                words.append(" rests on point ").append(cycle.get(i));
            }
            throw new PlanningException("The prerequisites form a cycle: " + words + "; no point can come first",
                    "prerequisites " + cycle.stream().map(String::valueOf).reduce((a, b) -> a + " → " + b)
                            .orElseThrow(), List.of("prerequisites without cycles"));
        }
        state[p] = 1;
        for (int r : requires[p]) {
            visit(r, requires, state, path);
        }
        state[p] = 2;
        path.remove(path.size() - 1);
    }

    /**
     * Obtains the project's standard policy (see the class description).
     *
     * @return the standard policy, not null
     */
    public static RecommendationPolicy standard() {
        return STANDARD;
    }

    /**
     * Obtains a policy from its parts, checking them.
     *
     * @param weights  a weight for every factor, each finite and 0 or more, not null
     * @param prerequisites  the prerequisites, each once, without cycles, not null
     * @param highFrom  the lowest score counted HIGH, at least {@code mediumFrom}
     * @param mediumFrom  the lowest score counted MEDIUM, finite, 0 or more
     * @return the policy, not null
     * @throws NullPointerException if an argument or item is null
     * @throws PlanningException if a part is invalid, naming it
     */
    public static RecommendationPolicy of(Map<PriorityFactor, Double> weights, List<Prerequisite> prerequisites,
            double highFrom, double mediumFrom) {
        return new RecommendationPolicy(weights, prerequisites, highFrom, mediumFrom);
    }

    private static Map<PriorityFactor, Double> standardWeights() {
        Map<PriorityFactor, Double> w = new EnumMap<>(PriorityFactor.class);
        w.put(PriorityFactor.GAP, 1.0);
        w.put(PriorityFactor.SECTION_WEAKNESS, 1.0);
        w.put(PriorityFactor.PREREQUISITE, 0.25);
        w.put(PriorityFactor.FELL_BACK, 1.0);
        w.put(PriorityFactor.NO_EVIDENCE, 0.1);
        w.put(PriorityFactor.FOCUS, 0.5);
        return w;
    }

    private static List<Prerequisite> standardPrerequisites() {
        return List.of(
                Prerequisite.of(12, 11, "points 11 and 12",
                        "Point 12 builds the strategy on the guide's concepts; point 11 first asks the Board and "
                                + "stakeholders to agree what those concepts mean."),
                Prerequisite.of(14, 12, "points 12 and 14",
                        "Wiring patient leadership into systems and plans presumes the strategy of point 12 "
                                + "that the other plans are to link to."),
                Prerequisite.of(15, 12, "points 12 and 15",
                        "Monitoring checks progress and impact against what the strategy set out to do."),
                Prerequisite.of(16, 12, "points 12 and 16",
                        "Point 16 puts roles into the operational plans that point 12 derives from the strategy, "
                                + "including who promotes that strategy."),
                Prerequisite.of(27, 25, "points 25 and 27",
                        "Mapping starts from the representatives already in place (point 25); point 27 then "
                                + "reworks those roles."),
                Prerequisite.of(28, 25, "points 25 and 28",
                        "Looking for potential leaders beyond the representatives follows the review of who is "
                                + "already involved."),
                Prerequisite.of(33, 25, "points 25 and 33",
                        "Recruiting goes back to the map of where patient leaders are (point 33 asks the reader "
                                + "to look at it again), which point 25 draws up."),
                Prerequisite.of(33, 12, "points 9, 11, 12 and 33",
                        "Point 9 uses the strategy to identify, recruit and support patient leaders, and point 11 "
                                + "puts fostering the culture before bringing people on."),
                Prerequisite.of(35, 25, "points 25 and 35",
                        "Point 35 refers back to section 5 for finding partners; its mapping (point 25) covers "
                                + "partnership fora and the local health economy."),
                Prerequisite.of(38, 14, "points 14 and 38",
                        "Point 14 names resources for the work and a reimbursement policy among the systems to "
                                + "set up, and points to point 38 for it."),
                Prerequisite.of(39, 34, "points 34 and 39",
                        "Point 39 wants learning built on the attributes listed before it, which point 34 sets "
                                + "out."));
    }

    /**
     * Gets the weight of every factor.
     *
     * @return the weights, in factor order, unmodifiable, not null
     */
    public Map<PriorityFactor, Double> weights() {
        return weights;
    }

    /**
     * Gets the weight of one factor.
     *
     * @param factor  the factor, not null
     * @return the weight, 0 or more
     */
    public double weight(PriorityFactor factor) {
        return weightArray[Checks.notNull(factor, "factor").ordinal()];
    }

    /**
     * Gets the prerequisites, in the order given.
     *
     * @return the prerequisites, unmodifiable, not null
     */
    public List<Prerequisite> prerequisites() {
        return prerequisites;
    }

    /**
     * Lists the points a point rests on.
     *
     * @param point  the point number, 1 to 40
     * @return the point numbers, ascending, unmodifiable, not null
     * @throws IllegalArgumentException if the point is out of range
     */
    public List<Integer> requires(int point) {
        return list(requires[Checks.inRange(point, 1, ChecklistPoint.COUNT, "checklist point number")]);
    }

    /**
     * Lists the points that rest on a point.
     *
     * @param point  the point number, 1 to 40
     * @return the point numbers, ascending, unmodifiable, not null
     * @throws IllegalArgumentException if the point is out of range
     */
    public List<Integer> dependants(int point) {
        return list(dependants[Checks.inRange(point, 1, ChecklistPoint.COUNT, "checklist point number")]);
    }

    private static List<Integer> list(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    int[] requiresArray(int point) {
        return requires[point];
    }

    /**
     * Gets the lowest score counted {@link Priority#HIGH}.
     *
     * @return the threshold, at least {@link #mediumFrom()}
     */
    public double highFrom() {
        return highFrom;
    }

    /**
     * Gets the lowest score counted {@link Priority#MEDIUM}.
     *
     * @return the threshold, 0 or more
     */
    public double mediumFrom() {
        return mediumFrom;
    }

    /**
     * Obtains the priority level of a score.
     *
     * @param score  the priority score
     * @return HIGH from {@link #highFrom()}, MEDIUM from {@link #mediumFrom()}, else LOW; not null
     */
    public Priority level(double score) {
        return score >= highFrom ? Priority.HIGH : score >= mediumFrom ? Priority.MEDIUM : Priority.LOW;
    }

    /**
     * Returns a copy with one factor's weight changed.
     *
     * @param factor  the factor, not null
     * @param weight  the weight, finite, 0 or more
     * @return the copy, or this policy if unchanged, not null
     * @throws PlanningException if the weight is negative or not finite
     */
    public RecommendationPolicy withWeight(PriorityFactor factor, double weight) {
        Checks.notNull(factor, "factor");
        if (Double.compare(weights.get(factor), weight) == 0) {
            return this;
        }
        Map<PriorityFactor, Double> copy = new EnumMap<>(weights);
        copy.put(factor, weight);
        return new RecommendationPolicy(copy, prerequisites, highFrom, mediumFrom);
    }

    /**
     * Returns a copy with other prerequisites.
     *
     * @param newPrerequisites  the prerequisites, each once, without cycles, not null
     * @return the copy, or this policy if unchanged, not null
     * @throws PlanningException if a prerequisite is listed twice or they form a cycle
     */
    public RecommendationPolicy withPrerequisites(List<Prerequisite> newPrerequisites) {
        return prerequisites.equals(newPrerequisites) ? this
                : new RecommendationPolicy(weights, newPrerequisites, highFrom, mediumFrom);
    }

    /**
     * Returns a copy with other level thresholds.
     *
     * @param newHighFrom  the lowest score counted HIGH, at least {@code newMediumFrom}
     * @param newMediumFrom  the lowest score counted MEDIUM, finite, 0 or more
     * @return the copy, or this policy if unchanged, not null
     * @throws PlanningException if a threshold is invalid
     */
    public RecommendationPolicy withLevels(double newHighFrom, double newMediumFrom) {
        return Double.compare(newHighFrom, highFrom) == 0 && Double.compare(newMediumFrom, mediumFrom) == 0 ? this
                : new RecommendationPolicy(weights, prerequisites, newHighFrom, newMediumFrom);
    }

    /**
     * Ranks the candidates of one assessment, with no earlier assessment and no choices.
     *
     * @param assessment  the assessment, not null
     * @param scores  its scores, not null
     * @return the candidates' scores, best first, unmodifiable, not null
     */
    public List<PriorityScore> rank(Assessment assessment, Scores scores) {
        Checks.notNull(assessment, "assessment");
        Checks.notNull(scores, "scores");
        return rank(assessment, scores, null, null, null);
    }

    /**
     * Ranks the candidates. The inputs are trusted: {@link PlanRequest} checks them.
     *
     * @param earlier  the earlier assessment, or null
     * @param focus  the focus flags by point number, or null
     * @param skip  the skip flags by point number, or null
     */
    List<PriorityScore> rank(Assessment assessment, Scores scores, Assessment earlier, boolean[] focus,
            boolean[] skip) {
        RatingScale scale = assessment.scale();
        int max = scale.max();
        // Status of every point: 0 unanswered, 1 not applicable, 2 below the top, 3 at the top.
        int[] status = new int[ChecklistPoint.COUNT + 1];
        Answer[] answers = new Answer[ChecklistPoint.COUNT + 1];
        for (Answer a : assessment.answers()) {
            answers[a.point()] = a;
            status[a.point()] = a.isNotApplicable() ? 1 : a.rating().getAsInt() >= max ? 3 : 2;
        }
        int[] earlierRatings = null;
        if (earlier != null) {
            earlierRatings = new int[ChecklistPoint.COUNT + 1];
            Arrays.fill(earlierRatings, Integer.MIN_VALUE);
            for (Answer a : earlier.answers()) {
                if (!a.isNotApplicable()) {
                    earlierRatings[a.point()] = a.rating().getAsInt();
                }
            }
        }
        Section[] sections = Section.values();
        double[] sectionValue = new double[sections.length];
        boolean[] sufficient = new boolean[sections.length];
        for (Section s : sections) {
            Score sc = scores.section(s);
            sufficient[s.ordinal()] = sc.isSufficient();
            sectionValue[s.ordinal()] = sc.isSufficient() ? sc.value().getAsDouble() : 0;
        }
        double[] weakness = new double[sections.length];
        for (int s = 0; s < sections.length; s++) {
            double sum = 0;
            int n = 0;
            for (int o = 0; o < sections.length; o++) {
                if (o != s && sufficient[o]) {
                    sum += sectionValue[o];
                    n++;
                }
            }
            weakness[s] = sufficient[s] && n > 0 ? Math.max(0, sum / n - sectionValue[s]) / 100 : 0;
        }
        record Ranked(PriorityScore score, double total, int section) {
        }
        List<Ranked> ranked = new ArrayList<>();
        List<FactorContribution> factors = new ArrayList<>(PriorityFactor.values().length);
        for (int p = 1; p <= ChecklistPoint.COUNT; p++) {
            if (status[p] != 2 || (skip != null && skip[p])) {
                continue;
            }
            factors.clear();
            int rating = answers[p].rating().getAsInt();
            int section = Section.containing(p).ordinal();
            add(factors, PriorityFactor.GAP, 1 - scale.normalise(rating), "");
            add(factors, PriorityFactor.SECTION_WEAKNESS, weakness[section], "");
            int count = 0;
            StringBuilder which = null;
            for (int d : dependants[p]) {
                if ((status[d] == 0 || status[d] == 2) && (skip == null || !skip[d])) {
                    count++;
                    which = which == null ? new StringBuilder().append(d) : which.append(", ").append(d);
                }
            }
            add(factors, PriorityFactor.PREREQUISITE, count, which == null ? "" : which.toString());
            if (earlierRatings != null && earlierRatings[p] != Integer.MIN_VALUE && earlierRatings[p] > rating) {
                add(factors, PriorityFactor.FELL_BACK, scale.normalise(earlierRatings[p]) - scale.normalise(rating),
                        "from " + earlierRatings[p] + " to " + rating);
            }
            add(factors, PriorityFactor.NO_EVIDENCE, answers[p].evidence().isEmpty() ? 1 : 0, "");
            add(factors, PriorityFactor.FOCUS, focus != null && focus[p] ? 1 : 0, "");
            double total = 0;
            for (FactorContribution f : factors) {
                total += f.contribution();
            }
            ranked.add(new Ranked(new PriorityScore(p, rating, factors, level(total)), total, section));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::total).reversed().thenComparingInt(Ranked::section)
                .thenComparingInt(r -> r.score().point()));
        List<PriorityScore> result = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            result.add(r.score());
        }
        return Collections.unmodifiableList(result);
    }

    private void add(List<FactorContribution> factors, PriorityFactor factor, double value, String detail) {
        if (value > 0) {
            factors.add(new FactorContribution(factor, value, weightArray[factor.ordinal()], detail));
        }
    }

    /**
     * Finds a prerequisite.
     *
     * @param point  the point that rests on the other
     * @param required  the point it rests on
     * @return the prerequisite, or empty if the policy has none between these points
     */
    public Optional<Prerequisite> prerequisite(int point, int required) {
        return prerequisites.stream().filter(p -> p.point() == point && p.requires() == required).findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecommendationPolicy p && weights.equals(p.weights)
                && prerequisites.equals(p.prerequisites) && Double.compare(highFrom, p.highFrom) == 0
                && Double.compare(mediumFrom, p.mediumFrom) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(weights, prerequisites, highFrom, mediumFrom);
    }

    /**
     * Returns the weights, thresholds and number of prerequisites.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return "RecommendationPolicy" + weights + ", HIGH from " + highFrom + ", MEDIUM from " + mediumFrom + ", "
                + prerequisites.size() + " prerequisites";
    }
}
