package org.patientleadership.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;

/**
 * Laws of the counted multiset behind cohort summaries: its summary equals {@link Summary#of(double[])} over the
 * same values to the last bit, whether the values repeat a lot (counted) or are many and distinct (kept one by
 * one), in any order of adding, and merging two multisets equals adding all values to one.
 */
class ValueCountsProperties {

    @Provide
    Arbitrary<List<Double>> repeating() {
        // Section scores on the 0–4 scale: 100 × k / (4 × n), few distinct values.
        return Arbitraries.integers().between(1, 8).flatMap(n -> Arbitraries.integers().between(0, 4 * n)
                .map(k -> 100.0 * k / (4 * n))).list().ofMaxSize(300);
    }

    @Provide
    Arbitrary<List<Double>> anything() {
        return Arbitraries.doubles().between(0, 100).list().ofMaxSize(300);
    }

    private static ValueCounts of(List<Double> values) {
        ValueCounts counts = new ValueCounts();
        values.forEach(counts::add);
        return counts;
    }

    private static Summary expanded(List<Double> values) {
        return Summary.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Property
    void summary_equalsTheSortedSummary_toTheLastBit(@ForAll("repeating") List<Double> values) {
        assertThat(of(values).summary()).isEqualTo(expanded(values));
    }

    @Property
    void summary_ofDistinctValues_equalsTheSortedSummary(@ForAll("anything") List<Double> values) {
        assertThat(of(values).summary()).isEqualTo(expanded(values));
    }

    @Property
    void merging_equalsAddingEverything(@ForAll("repeating") List<Double> a, @ForAll("anything") List<Double> b) {
        ValueCounts left = of(a);
        ValueCounts right = of(b);
        Summary rightBefore = right.summary();
        left.addAll(right);
        List<Double> all = new ArrayList<>(a);
        all.addAll(b);
        assertThat(left.summary()).isEqualTo(expanded(all));
        assertThat(right.summary()).isEqualTo(rightBefore);
    }

    @Test
    void manyDistinctValues_areKeptOneByOne_withTheSameSummary() {
        List<Double> values = new ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 3 * ValueCounts.MAX_DISTINCT; i++) {
            values.add(random.nextDouble() * 100);
            values.add(25.0);
        }
        ValueCounts counts = of(values);
        assertThat(counts.summary()).isEqualTo(expanded(values));
        ValueCounts few = of(List.of(25.0, 50.0, 25.0));
        few.addAll(counts);
        List<Double> all = new ArrayList<>(List.of(25.0, 50.0, 25.0));
        all.addAll(values);
        assertThat(few.summary()).isEqualTo(expanded(all));
        assertThat(new ValueCounts().summary().count()).isZero();
        assertThat(new ValueCounts().summary().mean()).isEmpty();
    }
}
