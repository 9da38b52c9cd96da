package org.patientleadership.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.Section;

/** Laws of scoring and recommendation, proven over generated assessments. */
class AssessmentProperties {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    /** Answers for some of the 40 points: a rating 0–4, or not applicable (encoded as -1). */
    @Provide
    Arbitrary<Assessment> assessments() {
        return org.patientleadership.testing.AssessmentArbitraries.assessments(DAY, List.of());
    }

    @Provide
    Arbitrary<List<Assessment>> cohorts() {
        return assessments().list().ofMaxSize(20);
    }

    private static List<Score> all(Scores s) {
        List<Score> all = new ArrayList<>(s.sections().values());
        all.add(s.overall());
        return all;
    }

    @Property
    void scores_stayWithin0And100(@ForAll("assessments") Assessment a) {
        for (Score s : all(Scoring.score(a, ScoringOptions.DEFAULT.withMinimumCoverage(0)))) {
            s.value().ifPresent(v -> assertThat(v).isBetween(0.0, 100.0));
            assertThat(s.coverage()).isBetween(0.0, 1.0);
            assertThat(s.answered()).isLessThanOrEqualTo(s.applicable());
        }
    }

    @Property
    void raisingOneRating_neverLowersItsSectionOrOverall(@ForAll("assessments") Assessment a,
            @ForAll @IntRange(min = 1, max = 40) int point) {
        int current = a.answer(point).flatMap(x -> x.rating().isPresent()
                ? java.util.Optional.of(x.rating().getAsInt()) : java.util.Optional.empty()).orElse(-1);
        if (current < 0 || current == 4) {
            return;
        }
        ScoringOptions o = ScoringOptions.DEFAULT.withMinimumCoverage(0);
        Scores before = Scoring.score(a, o);
        Scores after = Scoring.score(a.withAnswer(Answer.rated(point, current + 1)), o);
        Section s = Checklist.point(point).section();
        assertThat(after.section(s).value().getAsDouble()).isGreaterThan(before.section(s).value().getAsDouble());
        assertThat(after.overall().value().getAsDouble())
                .isGreaterThanOrEqualTo(before.overall().value().getAsDouble());
    }

    @Property
    void scores_doNotDependOnAnswerOrder(@ForAll("assessments") Assessment a, @ForAll long seed) {
        List<Answer> shuffled = new ArrayList<>(a.answers());
        Collections.shuffle(shuffled, new Random(seed));
        Assessment b = new Assessment(a.organisation(), a.date(), a.assessorRoles(), a.scale(), shuffled);
        assertThat(b).isEqualTo(a);
        assertThat(Scoring.score(b)).isEqualTo(Scoring.score(a));
    }

    @Property
    void notApplicable_neverChangesOtherContributions(@ForAll("assessments") Assessment a,
            @ForAll @IntRange(min = 1, max = 40) int point) {
        ScoringOptions o = ScoringOptions.DEFAULT.withMinimumCoverage(0);
        Scores before = Scoring.score(a, o);
        Scores after = Scoring.score(a.withAnswer(Answer.notApplicable(point)), o);
        for (Section s : Section.values()) {
            assertThat(after.section(s).contributions())
                    .containsExactlyElementsOf(before.section(s).contributions().stream()
                            .filter(c -> c.point() != point).toList());
        }
    }

    @Property
    void unansweredInsteadOfNotApplicable_changesCoverageNotScore(@ForAll("assessments") Assessment a,
            @ForAll @IntRange(min = 1, max = 40) int point) {
        Assessment na = a.withAnswer(Answer.notApplicable(point));
        Assessment open = a.withoutAnswer(point);
        ScoringOptions o = ScoringOptions.DEFAULT.withMinimumCoverage(0);
        Score before = Scoring.score(na, o).overall();
        Score after = Scoring.score(open, o).overall();
        assertThat(after.value()).isEqualTo(before.value());
        assertThat(after.applicable()).isEqualTo(before.applicable() + 1);
        assertThat(after.answered()).isEqualTo(before.answered());
    }

    @Property
    void fullyAchieved_getsNoRecommendations(@ForAll("assessments") Assessment a) {
        Assessment top = a;
        for (Answer x : a.answers()) {
            if (!x.isNotApplicable()) {
                top = top.withAnswer(Answer.rated(x.point(), 4));
            }
        }
        assertThat(Recommender.recommend(top, 40)).isEmpty();
    }

    @Property
    void improvingARating_neverAddsARecommendationForThatPoint(@ForAll("assessments") Assessment a,
            @ForAll @IntRange(min = 1, max = 40) int point, @ForAll @IntRange(min = 0, max = 40) int limit,
            @ForAll @IntRange(min = 0, max = 4) int rating) {
        int current = a.answer(point).filter(x -> !x.isNotApplicable()).map(x -> x.rating().getAsInt()).orElse(-1);
        if (current < 0 || rating <= current) {
            return;
        }
        boolean before = Recommender.recommend(a, limit).stream().anyMatch(r -> r.point().number() == point);
        boolean after = Recommender.recommend(a.withAnswer(Answer.rated(point, rating)), limit).stream()
                .anyMatch(r -> r.point().number() == point);
        assertThat(!before && after).as("recommendation added for point %d", point).isFalse();
    }

    @Property
    void recommendations_neverIncludeAchievedPoints_andAreRanked(@ForAll("assessments") Assessment a) {
        List<Recommendation> r = Recommender.recommend(a, 40);
        for (int i = 0; i < r.size(); i++) {
            assertThat(r.get(i).rank()).isEqualTo(i + 1);
            assertThat(r.get(i).rating()).isLessThan(4);
            if (i > 0) {
                assertThat(r.get(i).priority()).isGreaterThanOrEqualTo(r.get(i - 1).priority());
            }
        }
    }

    @Property(tries = 20)
    void identicalInput_givesIdenticalOutput_on8Threads(@ForAll("assessments") Assessment a) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Map.Entry<Scores, List<Recommendation>>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> Map.entry(Scoring.score(a), Recommender.recommend(a, 10))));
            }
            Map.Entry<Scores, List<Recommendation>> first = futures.get(0).get();
            for (Future<Map.Entry<Scores, List<Recommendation>>> f : futures) {
                assertThat(f.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Property(tries = 50)
    void cohort_countsAddUp_andDoNotDependOnOrder(@ForAll("cohorts") List<Assessment> cohort,
            @ForAll long seed) {
        Cohort c = Cohort.of(cohort, ScoringOptions.DEFAULT);
        for (PointStatistics p : c.points()) {
            long rated = p.distribution().values().stream().mapToLong(Long::longValue).sum();
            assertThat(rated + p.notApplicable() + p.unanswered()).isEqualTo(cohort.size());
            assertThat(p.ratings().count()).isEqualTo(rated);
            p.ratings().mean().ifPresent(m -> assertThat(m).isBetween(p.ratings().min().getAsDouble(),
                    p.ratings().max().getAsDouble()));
        }
        List<Assessment> shuffled = new ArrayList<>(cohort);
        Collections.shuffle(shuffled, new Random(seed));
        Cohort d = Cohort.of(shuffled, ScoringOptions.DEFAULT);
        assertThat(d.points()).isEqualTo(c.points());
        for (Section s : Section.values()) {
            assertThat(d.sections().get(s).scores().median()).isEqualTo(c.sections().get(s).scores().median());
            assertThat(d.sections().get(s).completeCases()).isEqualTo(c.sections().get(s).completeCases());
        }
    }
}
