package org.patientleadership.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.Section;

/** The laws of issue 13 for priority scores and plans, proven over generated assessments, choices and policies. */
class PlanProperties {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
    private static final LocalDate YEAR_BEFORE = DAY.minusYears(1);

    /** Answers for some points: a rating 0–4 with or without evidence, or not applicable (-1). */
    static Arbitrary<Assessment> assessments(LocalDate date) {
        Arbitrary<Integer> answer = Arbitraries.integers().between(-1, 9);
        return Arbitraries.maps(Arbitraries.integers().between(1, 40), answer).ofMaxSize(40).map(m -> {
            List<Answer> answers = new ArrayList<>();
            m.forEach((p, r) -> answers.add(r < 0 ? Answer.notApplicable(p)
                    : r > 4 ? Answer.rated(p, r - 5).withEvidence("note " + p) : Answer.rated(p, r)));
            return new Assessment("Org", date, List.of(), RatingScale.MATURITY, answers);
        });
    }

    @Provide
    Arbitrary<PlanRequest> requests() {
        Arbitrary<Optional<Assessment>> earlier = assessments(YEAR_BEFORE).optional();
        Arbitrary<Set<Integer>> points = Arbitraries.integers().between(1, 40).set().ofMaxSize(6);
        return Combinators.combine(assessments(DAY), earlier, points, points, policies(),
                Arbitraries.integers().between(1, 8), Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(1, 3)).as((a, e, focus, skip, policy, now, next, cap) -> {
                    Set<Integer> s = new HashSet<>(skip);
                    s.removeAll(focus);
                    return new PlanRequest(a, e, List.copyOf(focus), List.copyOf(s), policy, ScoringOptions.DEFAULT,
                            now, next, cap);
                });
    }

    /** The standard policy, or one with other weights and prerequisites (a later point resting on an earlier). */
    @Provide
    Arbitrary<RecommendationPolicy> policies() {
        Arbitrary<Double> weight = Arbitraries.doubles().between(0, 3).ofScale(2);
        Arbitrary<Map<PriorityFactor, Double>> weights = weight.list().ofSize(PriorityFactor.values().length)
                .map(ws -> {
                    Map<PriorityFactor, Double> m = new EnumMap<>(PriorityFactor.class);
                    for (PriorityFactor f : PriorityFactor.values()) {
                        m.put(f, ws.get(f.ordinal()));
                    }
                    return m;
                });
        Arbitrary<List<Prerequisite>> prerequisites = Combinators.combine(Arbitraries.integers().between(2, 40),
                Arbitraries.integers().between(1, 39)).as((a, b) -> a > b ? List.of(a, b) : List.of(b + 1, a))
                .list().ofMaxSize(15).map(pairs -> {
                    List<Prerequisite> list = new ArrayList<>();
                    Set<List<Integer>> seen = new HashSet<>();
                    for (List<Integer> pair : pairs) {
                        if (!pair.get(0).equals(pair.get(1)) && seen.add(pair)) {
                            list.add(Prerequisite.of(pair.get(0), pair.get(1), "generated", "generated"));
                        }
                    }
                    return list;
                });
        Arbitrary<RecommendationPolicy> other = Combinators.combine(weights, prerequisites,
                Arbitraries.doubles().between(0, 1).ofScale(2)).as((w, p, medium) ->
                RecommendationPolicy.of(w, p, medium + 0.5, medium));
        return Arbitraries.oneOf(Arbitraries.just(RecommendationPolicy.standard()), other);
    }

    private static List<PriorityScore> rank(PlanRequest r) {
        PlanRequest checked = r;
        return checked.policy().rank(r.assessment(), Scoring.score(r.assessment(), r.options()),
                r.earlier().orElse(null), r.flags(r.focus()), r.flags(r.skip()));
    }

    @Property
    void samePlan_whateverTheOrderOfTheAnswers(@ForAll("requests") PlanRequest r, @ForAll long seed) {
        List<Answer> shuffled = new ArrayList<>(r.assessment().answers());
        Collections.shuffle(shuffled, new Random(seed));
        Assessment a = r.assessment();
        Assessment b = new Assessment(a.organisation(), a.date(), a.assessorRoles(), a.scale(), shuffled);
        PlanRequest other = new PlanRequest(b, r.earlier(), r.focus(), r.skip(), r.policy(), r.options(),
                r.nowSize(), r.nextSize(), r.sectionCap());
        assertThat(Planner.plan(other)).isEqualTo(Planner.plan(r));
        assertThat(Planner.plan(r)).isEqualTo(Planner.plan(r));
    }

    @Property
    void loweringARating_neverLowersThatPointsScore(@ForAll("requests") PlanRequest r,
            @ForAll @IntRange(min = 1, max = 40) int point) {
        Optional<Answer> answer = r.assessment().answer(point);
        if (answer.isEmpty() || answer.get().isNotApplicable() || answer.get().rating().getAsInt() == 0
                || r.skip().contains(point)) {
            return;
        }
        int rating = answer.get().rating().getAsInt();
        Answer lower = new Answer(point, java.util.OptionalInt.of(rating - 1), answer.get().evidence());
        PlanRequest lowered = new PlanRequest(r.assessment().withAnswer(lower), r.earlier(), r.focus(), r.skip(),
                r.policy(), r.options(), r.nowSize(), r.nextSize(), r.sectionCap());
        double after = score(rank(lowered), point).orElseThrow();
        score(rank(r), point).ifPresent(before -> assertThat(after).isGreaterThanOrEqualTo(before));
    }

    private static Optional<Double> score(List<PriorityScore> ranked, int point) {
        return ranked.stream().filter(s -> s.point() == point).map(PriorityScore::total).findFirst();
    }

    @Property
    void neverPlans_topRated_notApplicable_unanswered_orSkipped(@ForAll("requests") PlanRequest r) {
        Plan plan = Planner.plan(r);
        for (int p = 1; p <= 40; p++) {
            Optional<Answer> a = r.assessment().answer(p);
            boolean candidate = a.isPresent() && !a.get().isNotApplicable() && a.get().rating().getAsInt() < 4
                    && !r.skip().contains(p);
            assertThat(plan.item(p).isPresent()).as("point " + p).isEqualTo(candidate);
        }
        assertThat(plan.skipped()).isEqualTo(r.skip());
    }

    @Property
    void noPointBeforeAnUnfinishedPrerequisite_andTheSectionCapHolds(@ForAll("requests") PlanRequest r) {
        Plan plan = Planner.plan(r);
        for (PlanItem item : plan.items()) {
            for (int req : r.policy().requires(item.point().number())) {
                plan.item(req).ifPresent(p -> {
                    assertThat(p.position()).isLessThan(item.position());
                    assertThat(p.horizon() == Horizon.LATER && item.horizon() == Horizon.LATER
                            || p.horizon().compareTo(item.horizon()) < 0).isTrue();
                });
            }
        }
        Set<Section> sectionsWithCandidates = new HashSet<>();
        plan.items().forEach(i -> sectionsWithCandidates.add(i.point().section()));
        if (sectionsWithCandidates.size() > 1) {
            for (Section s : Section.values()) {
                assertThat(plan.horizon(Horizon.NOW).stream().filter(i -> i.point().section() == s).count())
                        .isLessThanOrEqualTo(r.sectionCap());
            }
        }
        assertThat(plan.horizon(Horizon.NOW)).hasSizeLessThanOrEqualTo(r.nowSize());
        assertThat(plan.horizon(Horizon.NEXT)).hasSizeLessThanOrEqualTo(r.nextSize());
    }

    @Property
    void aPointThatFellBack_ranksAtLeastAsHigh(@ForAll("requests") PlanRequest r,
            @ForAll @IntRange(min = 1, max = 40) int point, @ForAll @IntRange(min = 1, max = 4) int drop) {
        Optional<Answer> answer = r.assessment().answer(point);
        if (answer.isEmpty() || answer.get().isNotApplicable() || r.skip().contains(point)) {
            return;
        }
        int rating = answer.get().rating().getAsInt();
        if (rating == 4) {
            return;
        }
        Assessment base = r.earlier().orElse(new Assessment("Org", YEAR_BEFORE, List.of(), RatingScale.MATURITY,
                List.of()));
        Assessment same = base.withAnswer(Answer.rated(point, rating));
        Assessment higher = base.withAnswer(Answer.rated(point, Math.min(4, rating + drop)));
        List<PriorityScore> steady = rank(r.withEarlier(same));
        List<PriorityScore> fell = rank(r.withEarlier(higher));
        assertThat(score(fell, point).orElseThrow()).isGreaterThanOrEqualTo(score(steady, point).orElseThrow());
        assertThat(index(fell, point)).isLessThanOrEqualTo(index(steady, point));
    }

    private static int index(List<PriorityScore> ranked, int point) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).point() == point) {
                return i;
            }
        }
        throw new AssertionError("point " + point + " not ranked");
    }

    /**
     * The documented formula, written again from docs/recommendations.md without the library's code: the
     * ranking under any policy must be exactly what it gives.
     */
    @Property
    void theRanking_isExactlyTheDocumentedFormula(@ForAll("requests") PlanRequest r) {
        Assessment a = r.assessment();
        RecommendationPolicy policy = r.policy();
        Scores scores = Scoring.score(a, r.options());
        record Expected(int point, double total) {
        }
        List<Expected> expected = new ArrayList<>();
        for (Answer ans : a.answers()) {
            int p = ans.point();
            if (ans.isNotApplicable() || ans.rating().getAsInt() == 4 || r.skip().contains(p)) {
                continue;
            }
            int rating = ans.rating().getAsInt();
            Section section = Checklist.point(p).section();
            double others = 0;
            int n = 0;
            for (Section s : Section.values()) {
                if (s != section && scores.section(s).isSufficient()) {
                    others += scores.section(s).value().getAsDouble();
                    n++;
                }
            }
            double weakness = scores.section(section).isSufficient() && n > 0
                    ? Math.max(0, others / n - scores.section(section).value().getAsDouble()) / 100 : 0;
            long unfinished = policy.dependants(p).stream().filter(d -> !r.skip().contains(d))
                    .filter(d -> a.answer(d).map(x -> !x.isNotApplicable() && x.rating().getAsInt() < 4)
                            .orElse(true)).count();
            double fell = r.earlier().flatMap(e -> e.answer(p)).filter(x -> !x.isNotApplicable())
                    .map(x -> Math.max(0, (x.rating().getAsInt() - rating) / 4.0)).orElse(0.0);
            double[] values = {(4 - rating) / 4.0, weakness, unfinished, fell, ans.evidence().isEmpty() ? 1 : 0,
                    r.focus().contains(p) ? 1 : 0};
            double total = 0;
            for (PriorityFactor f : PriorityFactor.values()) {
                if (values[f.ordinal()] > 0) {
                    total += values[f.ordinal()] * policy.weight(f);
                }
            }
            expected.add(new Expected(p, total));
        }
        expected.sort(Comparator.comparingDouble(Expected::total).reversed()
                .thenComparing(e -> Checklist.point(e.point()).section()).thenComparingInt(Expected::point));
        List<PriorityScore> ranked = rank(r);
        assertThat(ranked).extracting(PriorityScore::point).containsExactlyElementsOf(
                expected.stream().map(Expected::point).toList());
        for (int i = 0; i < ranked.size(); i++) {
            PriorityScore s = ranked.get(i);
            assertThat(s.total()).isCloseTo(expected.get(i).total(), org.assertj.core.data.Offset.offset(1e-12));
            double sum = 0;
            for (FactorContribution f : s.factors()) {
                assertThat(f.weight()).isEqualTo(policy.weight(f.factor()));
                sum += f.value() * f.weight();
            }
            assertThat(s.total()).isEqualTo(sum);
            assertThat(s.level()).isEqualTo(s.total() >= policy.highFrom() ? Priority.HIGH
                    : s.total() >= policy.mediumFrom() ? Priority.MEDIUM : Priority.LOW);
        }
    }

    @Property
    void everyPlanItem_isTheRankedScore_withAnAimAboveTheRating(@ForAll("requests") PlanRequest r) {
        Plan plan = Planner.plan(r);
        List<PriorityScore> ranked = rank(r);
        assertThat(plan.items()).extracting(PlanItem::priority).containsExactlyInAnyOrderElementsOf(ranked);
        for (PlanItem item : plan.items()) {
            assertThat(item.aim()).isGreaterThan(item.rating()).isLessThanOrEqualTo(4);
            assertThat(item.ratingText()).isEqualTo("rated " + item.rating() + " ("
                    + RatingScale.MATURITY.level(item.rating(), 1).label() + ") out of 4");
        }
    }
}
