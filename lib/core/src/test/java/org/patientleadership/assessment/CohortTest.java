package org.patientleadership.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.patientleadership.checklist.Section;

class CohortTest {

    private static Assessment intro(String org, int... ratings) {
        Assessment.Builder b = Assessment.builder(org, LocalDate.of(2026, 1, 1));
        for (int i = 0; i < ratings.length; i++) {
            b.rate(i + 1, ratings[i]);
        }
        return b.build();
    }

    @Test
    void test_pointStatistics_meanMedianSpreadDistribution() {
        Cohort c = Cohort.of(List.of(intro("A", 0, 1), intro("B", 2, 1), intro("C", 4), intro("D")),
                ScoringOptions.DEFAULT);
        PointStatistics p1 = c.point(1);
        assertThat(c.size()).isEqualTo(4);
        assertThat(p1.ratings().count()).isEqualTo(3);
        assertThat(p1.ratings().mean().getAsDouble()).isEqualTo(2.0);
        assertThat(p1.ratings().median().getAsDouble()).isEqualTo(2.0);
        assertThat(p1.ratings().standardDeviation().getAsDouble()).isCloseTo(2.0, within(1e-12));
        assertThat(p1.distribution()).containsExactly(java.util.Map.entry(0, 1L), java.util.Map.entry(2, 1L),
                java.util.Map.entry(4, 1L));
        assertThat(p1.unanswered()).isEqualTo(1);
        assertThat(c.point(2).ratings().median().getAsDouble()).isEqualTo(1.0);
        assertThat(c.point(40).ratings().mean()).isEmpty();
    }

    @Test
    void test_cronbachAlpha_matchesAHandComputedValue() {
        Cohort c = Cohort.of(List.of(intro("A", 0, 1, 0, 1), intro("B", 1, 2, 1, 2), intro("C", 2, 3, 2, 3)),
                ScoringOptions.DEFAULT);
        SectionStatistics s = c.sections().get(Section.INTRODUCTION);
        // item variances 1 each (sum 4); totals 2, 6, 10 have variance 16; alpha = 4/3 * (1 - 4/16) = 1.0
        assertThat(s.completeCases()).isEqualTo(3);
        assertThat(s.cronbachAlpha().getAsDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(c.sections().get(Section.ABOUT_PATIENT_LEADERS).cronbachAlpha()).isEmpty();
        assertThat(s.scores().count()).isEqualTo(3);
    }

    @Test
    void test_acceptsAStream_once() {
        Stream<Assessment> stream = Stream.of(intro("A", 1), intro("B", 3));
        Cohort c = Cohort.of(stream::iterator, ScoringOptions.DEFAULT);
        assertThat(c.point(1).ratings().mean().getAsDouble()).isEqualTo(2.0);
    }

    @Test
    void test_change_betweenTwoYears() {
        Assessment y1 = Assessment.builder("Trust", LocalDate.of(2025, 3, 31)).rate(1, 1).rate(2, 3).rate(3, 2)
                .rate(4, 2).build();
        Assessment y2 = Assessment.builder("Trust", LocalDate.of(2026, 3, 31)).rate(1, 3).rate(2, 2).rate(3, 2)
                .rate(4, 2).build();
        Change ch = Change.between(y1, y2, ScoringOptions.DEFAULT);
        assertThat(ch.improved()).extracting(Change.PointChange::point).containsExactly(1);
        assertThat(ch.fellBack()).extracting(Change.PointChange::point).containsExactly(2);
        assertThat(ch.sections().get(Section.INTRODUCTION).getAsDouble()).isCloseTo(6.25, within(1e-9));
        assertThat(ch.sections().get(Section.LEADING_THE_WORK)).isEmpty();
        assertThat(ch.points().get(4).difference()).isEmpty();
    }

    @Test
    void test_overloadsWithoutOptions_useTheDefaultOptions() {
        List<Assessment> list = List.of(intro("A", 0, 1, 3), intro("B", 2, 1, 4), intro("C", 4, 4, 0));
        assertThat(Cohort.of(list)).isEqualTo(Cohort.of(list, ScoringOptions.DEFAULT));
        Assessment later = Assessment.builder("A", LocalDate.of(2027, 1, 1)).rate(1, 3).rate(2, 0).build();
        assertThat(Change.between(list.get(0), later))
                .isEqualTo(Change.between(list.get(0), later, ScoringOptions.DEFAULT));
        assertThat(Change.between(list.get(0), later).improved()).hasSize(1);
    }

    @Test
    void test_change_rejectsMismatches() {
        Assessment a = intro("A", 1);
        assertThatThrownBy(() -> Change.between(a, intro("B", 1), ScoringOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one organisation");
        Assessment earlier = Assessment.builder("A", LocalDate.of(2025, 1, 1)).build();
        assertThatThrownBy(() -> Change.between(a, earlier, ScoringOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dated before");
    }
}
