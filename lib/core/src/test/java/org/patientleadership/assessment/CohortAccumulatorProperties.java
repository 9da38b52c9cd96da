package org.patientleadership.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;

/**
 * Laws of the mergeable cohort statistics: the cohort of two merged partial accumulators equals the cohort of the
 * whole, value for value (point summaries and distributions, section summaries and Cronbach's alpha, overall);
 * the parallel collector equals the sequential computation; merging leaves the other accumulator unchanged.
 */
class CohortAccumulatorProperties {

    /** A second scale, 0 to 2, so that alpha's "scale of the first assessment" rule is exercised across merges. */
    private static final RatingScale SHORT = new RatingScale("short", "Short", List.of(
            new RatingLevel(0, "no", "no", "Not in place."),
            new RatingLevel(1, "partly", "partly", "Partly in place."),
            new RatingLevel(2, "yes", "yes", "In place.")));

    @Provide
    Arbitrary<Assessment> assessments() {
        Arbitrary<Boolean> shortScale = Arbitraries.integers().between(0, 5).map(i -> i == 0);
        // Most points fully rated, so that sections have complete cases and alpha is present.
        Arbitrary<List<Integer>> ratings = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 4)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(-1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(-2))).list().ofSize(40);
        return net.jqwik.api.Combinators.combine(shortScale, ratings).as((s, rs) -> {
            Assessment.Builder b = Assessment.builder("Org", LocalDate.of(2026, 1, 1));
            if (s) {
                b.scale(SHORT);
            }
            for (int i = 0; i < 40; i++) {
                int r = rs.get(i);
                if (r == -1) {
                    b.notApplicable(i + 1);
                } else if (r >= 0) {
                    b.rate(i + 1, s ? Math.min(r, 2) : r);
                }
            }
            return b.build();
        });
    }

    @Provide
    Arbitrary<List<Assessment>> cohort10() {
        return assessments().list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<Assessment>> cohort30() {
        return assessments().list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Assessment>> cohort40() {
        return assessments().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Assessment>> cohort60() {
        return assessments().list().ofMaxSize(60);
    }

    @Property(tries = 200)
    void mergedPartsEqualTheWhole(@ForAll("cohort30") List<Assessment> all,
            @ForAll @IntRange(min = 0, max = 30) int cut) {
        int at = Math.min(cut, all.size());
        CohortAccumulator left = CohortAccumulator.create();
        all.subList(0, at).forEach(left::add);
        CohortAccumulator right = CohortAccumulator.create();
        all.subList(at, all.size()).forEach(right::add);

        Cohort merged = left.merge(right).toCohort();

        assertThat(merged).isEqualTo(Cohort.of(all));
    }

    @Property(tries = 100)
    void manyPartsMergedInAnyTreeShapeEqualTheWhole(@ForAll("cohort40") List<Assessment> all,
            @ForAll @IntRange(min = 1, max = 7) int parts) {
        List<CohortAccumulator> accumulators = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            accumulators.add(CohortAccumulator.create());
        }
        int chunk = Math.max(1, (all.size() + parts - 1) / parts);
        for (int i = 0; i < all.size(); i++) {
            accumulators.get(Math.min(i / chunk, parts - 1)).add(all.get(i));
        }
        // Merge pairwise from the right, as a fork-join tree would: (a (b (c d)))
        CohortAccumulator acc = accumulators.get(parts - 1);
        for (int p = parts - 2; p >= 0; p--) {
            acc = accumulators.get(p).merge(acc);
        }
        assertThat(acc.toCohort()).isEqualTo(Cohort.of(all));
        assertThat(acc.size()).isEqualTo(all.size());
    }

    @Property(tries = 50)
    void parallelCollectorEqualsSequential(@ForAll("cohort60") List<Assessment> all) {
        assertThat(all.parallelStream().collect(Cohort.collector())).isEqualTo(Cohort.of(all));
        assertThat(all.stream().collect(Cohort.collector(ScoringOptions.DEFAULT))).isEqualTo(Cohort.of(all));
    }

    @Property(tries = 100)
    void mergeLeavesTheOtherUnchanged(@ForAll("cohort10") List<Assessment> a,
            @ForAll("cohort10") List<Assessment> b) {
        CohortAccumulator left = CohortAccumulator.create();
        a.forEach(left::add);
        CohortAccumulator right = CohortAccumulator.create();
        b.forEach(right::add);
        Cohort before = right.toCohort();

        left.merge(right);

        assertThat(right.toCohort()).isEqualTo(before);
    }

    @Property(tries = 100)
    void mergeWithItselfDoublesTheCohort(@ForAll("cohort10") List<Assessment> a) {
        CohortAccumulator acc = CohortAccumulator.create();
        a.forEach(acc::add);
        List<Assessment> twice = new ArrayList<>(a);
        twice.addAll(a);

        assertThat(acc.merge(acc).toCohort()).isEqualTo(Cohort.of(twice));
    }

    @Test
    void test_merge_differentOptions_isRejected() {
        CohortAccumulator a = CohortAccumulator.create();
        CohortAccumulator b = CohortAccumulator.create(ScoringOptions.DEFAULT.withMinimumCoverage(0.9));
        assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different options");
    }

    @Test
    void test_empty_givesAnEmptyCohort() {
        Cohort c = CohortAccumulator.create().toCohort();
        assertThat(c).isEqualTo(Cohort.of(List.of()));
        assertThat(c.size()).isZero();
    }
}
