package org.patientleadership.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingScale;

/** Laws of the instrument and agreement statistics, over generated ratings. */
class AnalysisProperties {

    private static final double EPS = 1e-9;

    /** Tables of 2–12 rows and 2–6 columns, ratings 0–4, about a tenth missing (null). */
    @Provide
    Arbitrary<List<List<Integer>>> tables() {
        return Arbitraries.integers().between(2, 6).flatMap(k -> Arbitraries.integers().between(-1, 4)
                .map(v -> v < 0 ? null : v).list().ofSize(k).list().ofMinSize(2).ofMaxSize(12));
    }

    @Provide
    Arbitrary<List<List<Integer>>> completeTables() {
        return Arbitraries.integers().between(2, 6).flatMap(k -> Arbitraries.integers().between(0, 4)
                .list().ofSize(k).list().ofMinSize(2).ofMaxSize(15));
    }

    static ItemData data(List<List<Integer>> rows) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            names.add("i" + i);
        }
        return ItemData.of(names, rows);
    }

    static List<List<Integer>> transpose(List<List<Integer>> rows, List<Integer> columnOrder) {
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> row : rows) {
            List<Integer> r = new ArrayList<>();
            for (int c : columnOrder) {
                r.add(row.get(c));
            }
            out.add(r);
        }
        return out;
    }

    static void same(OptionalDouble a, OptionalDouble b) {
        assertThat(a.isPresent()).isEqualTo(b.isPresent());
        if (a.isPresent()) {
            // relative: near-singular data can give large figures, equal up to rounding
            assertThat(a.getAsDouble()).isCloseTo(b.getAsDouble(),
                    within(1e-9 * Math.max(1, Math.abs(b.getAsDouble()))));
        }
    }

    @Property
    void alpha_unchangedByRowOrder(@ForAll("tables") List<List<Integer>> rows, @ForAll long seed) {
        List<List<Integer>> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        for (MissingData m : MissingData.values()) {
            ItemAnalysis a = ItemAnalysis.of(data(rows), m);
            ItemAnalysis b = ItemAnalysis.of(data(shuffled), m);
            same(a.total().rawAlpha(), b.total().rawAlpha());
            same(a.total().stdAlpha(), b.total().stdAlpha());
            same(a.total().g6(), b.total().g6());
        }
    }

    @Property
    void alpha_neverNaN(@ForAll("tables") List<List<Integer>> rows) {
        for (MissingData m : MissingData.values()) {
            ItemAnalysis a = ItemAnalysis.of(data(rows), m);
            assertThat(a.isEmpty() || !a.notes().isEmpty() || a.total().rawAlpha().isPresent()).isTrue();
            a.total().rawAlpha().ifPresent(v -> assertThat(v).isFinite());
            a.itemStatistics().forEach(s -> s.rDrop().ifPresent(v -> assertThat(v).isFinite()));
        }
    }

    @Property
    void alphaIfDropped_isAlphaOfTheOtherItems(@ForAll("completeTables") List<List<Integer>> rows) {
        ItemAnalysis whole = ItemAnalysis.of(data(rows));
        for (int i = 0; i < whole.items().size() && whole.items().size() > 2; i++) {
            String item = whole.items().get(i);
            List<Integer> others = new ArrayList<>();
            List<String> all = data(rows).items();
            for (int c = 0; c < all.size(); c++) {
                if (!all.get(c).equals(item)) {
                    others.add(c);
                }
            }
            List<String> names = others.stream().map(all::get).toList();
            ItemAnalysis without = ItemAnalysis.of(ItemData.of(names, transpose(rows, others)));
            Reliability dropped = whole.item(item).orElseThrow().ifDropped();
            same(dropped.rawAlpha(), without.total().rawAlpha());
            same(dropped.stdAlpha(), without.total().stdAlpha());
        }
    }

    @Property
    void krippendorff_unchangedByRaterAndRowOrder(@ForAll("tables") List<List<Integer>> rows, @ForAll long seed) {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < rows.get(0).size(); c++) {
            order.add(c);
        }
        Collections.shuffle(order, new Random(seed));
        List<List<Integer>> shuffled = new ArrayList<>(transpose(rows, order));
        Collections.shuffle(shuffled, new Random(seed + 1));
        for (Metric m : Metric.values()) {
            same(Agreement.krippendorff(data(rows), m).value(), Agreement.krippendorff(data(shuffled), m).value());
        }
        IntraclassCorrelation a = Agreement.icc(data(rows));
        IntraclassCorrelation b = Agreement.icc(data(shuffled));
        for (int i = 0; i < a.forms().size(); i++) {
            same(a.forms().get(i).value(), b.forms().get(i).value());
        }
    }

    @Property
    void agreement_oneForIdenticalRaters(@ForAll("completeTables") List<List<Integer>> rows,
            @ForAll @IntRange(min = 2, max = 5) int raters) {
        List<List<Integer>> same = new ArrayList<>();
        for (List<Integer> row : rows) {
            same.add(Collections.nCopies(raters, row.get(0)));
        }
        boolean varies = same.stream().map(r -> r.get(0)).distinct().count() > 1;
        ItemData d = data(same);
        KrippendorffAlpha k = Agreement.krippendorff(d, Metric.ORDINAL);
        IntraclassCorrelation icc = Agreement.icc(d);
        if (varies) {
            assertThat(k.value().getAsDouble()).isCloseTo(1.0, within(EPS));
            for (Icc form : icc.forms()) {
                assertThat(form.value().getAsDouble()).as(form.form().psychName()).isCloseTo(1.0, within(EPS));
            }
        } else {
            assertThat(k.value()).isEmpty();
            assertThat(k.notes()).isNotEmpty();
        }
        if (raters == 2 && varies) {
            Kappa kappa = Agreement.kappa(d, List.of(0, 1, 2, 3, 4));
            assertThat(kappa.unweighted().getAsDouble()).isCloseTo(1.0, within(EPS));
            assertThat(kappa.quadratic().getAsDouble()).isCloseTo(1.0, within(EPS));
        }
    }

    @Property
    void kappa_symmetricInItsRaters(@ForAll("tables") List<List<Integer>> rows) {
        List<List<Integer>> two = transpose(rows, rows.get(0).size() >= 2 ? List.of(0, 1) : List.of(0, 0));
        List<List<Integer>> swapped = transpose(two, List.of(1, 0));
        Kappa a = Agreement.kappa(data(two), List.of(0, 1, 2, 3, 4));
        Kappa b = Agreement.kappa(data(swapped), List.of(0, 1, 2, 3, 4));
        same(a.unweighted(), b.unweighted());
        same(a.linear(), b.linear());
        same(a.quadratic(), b.quadratic());
    }

    /**
     * Krippendorff's alpha for two raters without missing values is, by its definition, one minus the ratio of
     * the mean difference within units to the mean difference over all pairs of the 2N values, times
     * (2N − 1) / (2N)... computed here directly from the pairs, without a coincidence matrix. The ordinal
     * difference of two values uses the ranks of all 2N values.
     */
    @Property
    void krippendorff_twoRatersNoMissing_matchesPairDefinition(@ForAll("completeTables") List<List<Integer>> rows,
            @ForAll("metrics") Metric metric) {
        List<List<Integer>> two = transpose(rows, List.of(0, 1));
        List<Integer> values = new ArrayList<>();
        two.forEach(values::addAll);
        int n = values.size();
        double within = 0;
        for (List<Integer> unit : two) {
            within += 2 * delta(metric, values, unit.get(0), unit.get(1));
        }
        double between = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a != b) {
                    between += delta(metric, values, values.get(a), values.get(b));
                }
            }
        }
        KrippendorffAlpha k = Agreement.krippendorff(data(two), metric);
        if (between == 0) {
            assertThat(k.value()).isEmpty();
            return;
        }
        double expected = 1 - (n - 1) * within / between;
        assertThat(k.value().getAsDouble()).isCloseTo(expected, within(1e-9));
    }

    @Provide
    Arbitrary<Metric> metrics() {
        return Arbitraries.of(Metric.NOMINAL, Metric.ORDINAL, Metric.INTERVAL);
    }

    private static double delta(Metric metric, List<Integer> values, int c, int k) {
        if (c == k) {
            return 0;
        }
        return switch (metric) {
            case NOMINAL -> 1;
            case INTERVAL -> (double) (c - k) * (c - k);
            default -> {
                int lo = Math.min(c, k);
                int hi = Math.max(c, k);
                double count = values.stream().filter(v -> v >= lo && v <= hi).count();
                count -= (values.stream().filter(v -> v == c).count() + values.stream().filter(v -> v == k).count())
                        / 2.0;
                yield count * count;
            }
        };
    }

    /** Ordinal alpha depends on the order of the values only: any increasing relabelling leaves it unchanged. */
    @Property
    void krippendorffOrdinal_unchangedByIncreasingRelabelling(@ForAll("tables") List<List<Integer>> rows) {
        List<List<Integer>> relabelled = new ArrayList<>();
        for (List<Integer> row : rows) {
            List<Integer> r = new ArrayList<>();
            row.forEach(v -> r.add(v == null ? null : v * v * 10 + 3));
            relabelled.add(r);
        }
        same(Agreement.krippendorff(data(rows), Metric.ORDINAL).value(),
                Agreement.krippendorff(data(relabelled), Metric.ORDINAL).value());
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        return org.patientleadership.testing.AssessmentArbitraries.assessments(LocalDate.of(2026, 3, 31),
                List.of("Engagement lead"));
    }

    @Property
    void consensus_ofOneRaterIsThatRater(@ForAll("assessments") Assessment a) {
        RatingRound round = RatingRound.of(new Rater("A", Perspective.STAFF, a));
        assertThat(round.consensus()).isEqualTo(a);
        assertThat(round.agreement().ordinalAlpha().value()).isEmpty();
    }

    @Property
    void consensus_isALevelGivenByARater(@ForAll("assessments") Assessment a, @ForAll("assessments") Assessment b,
            @ForAll("assessments") Assessment c) {
        RatingRound round = RatingRound.of(new Rater("A", Perspective.STAFF, a),
                new Rater("B", Perspective.PATIENT_LEADER, b), new Rater("C", Perspective.GOVERNOR, c));
        Assessment consensus = round.consensus();
        for (Answer answer : consensus.answers()) {
            if (answer.rating().isPresent()) {
                assertThat(List.of(a, b, c).stream().map(x -> x.answer(answer.point())).flatMap(Optional::stream)
                        .anyMatch(x -> x.rating().equals(answer.rating()))).isTrue();
            }
        }
        PerspectiveGap gap = round.gap();
        assertThat(gap.points()).hasSize(40);
        assertThat(gap.summary()).isNotBlank();
    }

    /** Complete-cases raw alpha equals the Cohort's Cronbach's alpha, computed independently in one pass. */
    @Property(tries = 200)
    void completeCasesAlpha_equalsCohortAlpha(@ForAll("cohorts") List<Assessment> cohort) {
        java.util.Map<org.patientleadership.checklist.Section, ItemAnalysis> bySection =
                ItemAnalysis.bySection(cohort, MissingData.COMPLETE_CASES);
        org.patientleadership.assessment.Cohort c = org.patientleadership.assessment.Cohort.of(cohort);
        bySection.forEach((section, analysis) -> {
            assertThat(analysis.cases()).isEqualTo((int) c.sections().get(section).completeCases());
            OptionalDouble expected = c.sections().get(section).cronbachAlpha();
            OptionalDouble actual = analysis.total().rawAlpha();
            // psych leaves a constant item out; the Cohort keeps it in k (docs/statistics.md)
            if (expected.isPresent() && actual.isPresent() && analysis.constantItems().isEmpty()) {
                assertThat(actual.getAsDouble()).isCloseTo(expected.getAsDouble(),
                        within(1e-9 * Math.max(1, Math.abs(expected.getAsDouble()))));
            }
            if (analysis.constantItems().isEmpty() && actual.isEmpty()) {
                assertThat(analysis.notes()).isNotEmpty();
            }
        });
    }

    /** Assessments that rate most points of a section, so that complete cases occur. */
    @Provide
    Arbitrary<List<Assessment>> cohorts() {
        Arbitrary<Integer> answer = Arbitraries.frequency(net.jqwik.api.Tuple.of(1, -2), net.jqwik.api.Tuple.of(1, -1),
                net.jqwik.api.Tuple.of(18, 0)).flatMap(kind -> kind < 0 ? Arbitraries.just(kind)
                        : Arbitraries.integers().between(0, 4));
        return answer.list().ofSize(40).map(ratings -> {
            List<Answer> answers = new ArrayList<>();
            for (int p = 1; p <= 40; p++) {
                int r = ratings.get(p - 1);
                if (r == -1) {
                    answers.add(Answer.notApplicable(p));
                } else if (r >= 0) {
                    answers.add(Answer.rated(p, r));
                }
            }
            return new Assessment("Org", LocalDate.of(2026, 3, 31), List.of(), RatingScale.MATURITY, answers);
        }).list().ofMinSize(2).ofMaxSize(12);
    }
}
