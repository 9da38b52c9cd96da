package org.patientleadership.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.patientleadership.checklist.Section;

/**
 * The fast paths agree with their plain definitions: {@code Scoring.values} gives exactly the values of
 * {@code Scoring.score}; the lazily made contributions are the rated points with their weights, and give the
 * score by the documented formula; {@code Summary.ofCounts} summarises a distribution as {@code Summary.of}
 * summarises the expanded values.
 */
class ScoringValuesProperties {

    @Provide
    Arbitrary<Assessment> assessments() {
        return Arbitraries.integers().between(-2, 4).list().ofSize(40).map(ratings -> {
            Assessment.Builder b = Assessment.builder("Org", LocalDate.of(2026, 1, 1));
            for (int i = 0; i < 40; i++) {
                if (ratings.get(i) == -1) {
                    b.notApplicable(i + 1);
                } else if (ratings.get(i) >= 0) {
                    b.rate(i + 1, ratings.get(i));
                }
            }
            return b.build();
        });
    }

    @Provide
    Arbitrary<ScoringOptions> options() {
        Arbitrary<Double> weight = Arbitraries.doubles().between(ScoringOptions.MIN_WEIGHT, ScoringOptions.MAX_WEIGHT)
                .ofScale(6);
        return Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.maps(Arbitraries.integers().between(1, 40), weight).ofMaxSize(8),
                Arbitraries.maps(Arbitraries.of(Section.class), weight).ofMaxSize(3))
                .as((Double c, Map<Integer, Double> pw, Map<Section, Double> sw) ->
                        new ScoringOptions(c, pw, sw, BandScheme.STANDARD));
    }

    @Property
    void compactScores_equalTheScorerBeforeThemToTheLastBit(@ForAll("assessments") Assessment a,
            @ForAll("options") ScoringOptions options) {
        Scores compact = Scoring.score(a, options);
        Scores reference = ReferenceScoring.score(a, options);
        assertThat(compact).isEqualTo(reference);
        assertThat(compact.hashCode()).isEqualTo(reference.hashCode());
        for (Section s : Section.values()) {
            Score c = compact.section(s);
            Score r = reference.section(s);
            assertThat(c.value().isPresent()).isEqualTo(r.value().isPresent());
            if (c.value().isPresent()) {
                assertThat(Double.doubleToRawLongBits(c.value().getAsDouble()))
                        .isEqualTo(Double.doubleToRawLongBits(r.value().getAsDouble()));
            }
            assertThat(c.contributions()).containsExactlyElementsOf(r.contributions());
        }
        assertThat(Double.doubleToRawLongBits(compact.overall().value().orElse(Double.NaN)))
                .isEqualTo(Double.doubleToRawLongBits(reference.overall().value().orElse(Double.NaN)));
    }

    @Property
    void values_equalTheScores(@ForAll("assessments") Assessment a, @ForAll("options") ScoringOptions options) {
        double[] values = new double[7];
        Scoring.values(a, options, values);
        Scores scores = Scoring.score(a, options);
        for (Section s : Section.values()) {
            Score score = scores.section(s);
            assertThat(Double.valueOf(values[s.ordinal()])).isEqualTo(Double.valueOf(score.value().isPresent()
                    ? score.value().getAsDouble() : Double.NaN));
        }
        assertThat(Double.valueOf(values[6])).isEqualTo(Double.valueOf(scores.overall().value().isPresent()
                ? scores.overall().value().getAsDouble() : Double.NaN));
        assertThat(List.of(values.length)).containsExactly(7);
    }

    @Property
    void contributions_areTheRatedPointsAndGiveTheScore(@ForAll("assessments") Assessment a,
            @ForAll("options") ScoringOptions options) {
        Scores scores = Scoring.score(a, options);
        for (Section s : Section.values()) {
            check(a, options, scores.section(s), s.points(), false);
        }
        check(a, options, scores.overall(), org.patientleadership.checklist.Checklist.points(), true);
    }

    private static void check(Assessment a, ScoringOptions options, Score score,
            List<org.patientleadership.checklist.ChecklistPoint> points, boolean overall) {
        List<Contribution> expected = new java.util.ArrayList<>();
        for (org.patientleadership.checklist.ChecklistPoint p : points) {
            a.answer(p.number()).filter(answer -> !answer.isNotApplicable()).ifPresent(answer -> {
                int r = answer.rating().getAsInt();
                double w = options.pointWeight(p.number()) * (overall ? options.sectionWeight(p.section()) : 1);
                expected.add(new Contribution(p.number(), r, a.scale().normalise(r), w));
            });
        }
        assertThat(score.contributions()).containsExactlyElementsOf(expected);
        assertThat(score.contributions()).isEqualTo(List.copyOf(expected));
        assertThat(score.contributions().hashCode()).isEqualTo(expected.hashCode());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> score.contributions().add(new Contribution(1, 0, 0, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
        if (score.value().isPresent()) {
            double weighted = 0;
            double weights = 0;
            for (Contribution c : score.contributions()) {
                weighted += c.weight() * c.normalised();
                weights += c.weight();
            }
            assertThat(score.value().getAsDouble()).isCloseTo(100 * weighted / weights,
                    org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Property
    void ofCounts_summarisesLikeTheExpandedValues(
            @ForAll("distributions") java.util.SortedMap<Integer, Long> counts) {
        double[] expanded = counts.entrySet().stream()
                .flatMapToDouble(e -> java.util.stream.DoubleStream.generate(() -> e.getKey()).limit(e.getValue()))
                .toArray();
        Summary plain = Summary.of(expanded);
        Summary fast = Summary.ofCounts(counts);
        assertThat(fast.count()).isEqualTo(plain.count());
        assertThat(fast.mean()).isEqualTo(plain.mean());
        assertThat(fast.median()).isEqualTo(plain.median());
        assertThat(fast.min()).isEqualTo(plain.min());
        assertThat(fast.max()).isEqualTo(plain.max());
        assertThat(fast.standardDeviation().isPresent()).isEqualTo(plain.standardDeviation().isPresent());
        if (plain.standardDeviation().isPresent()) {
            assertThat(fast.standardDeviation().getAsDouble()).isCloseTo(plain.standardDeviation().getAsDouble(),
                    org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Provide
    Arbitrary<java.util.SortedMap<Integer, Long>> distributions() {
        return Arbitraries.maps(Arbitraries.integers().between(-5, 30), Arbitraries.longs().between(1, 200))
                .ofMaxSize(8).map(java.util.TreeMap::new);
    }
}
