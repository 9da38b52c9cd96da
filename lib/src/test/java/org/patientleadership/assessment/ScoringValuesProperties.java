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

/** The fast path for cohorts, {@code Scoring.values}, gives exactly the values of {@code Scoring.score}. */
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
}
