package org.patientleadership.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares {@link Agreement} with R's psych (ICC and cohen.kappa, on the committed fixtures, to 1e-6) and with
 * the worked example of Krippendorff's "Computing Krippendorff's Alpha-Reliability" (published to three
 * decimals).
 */
class AgreementTest {

    private static final List<Integer> LEVELS = List.of(0, 1, 2, 3, 4);

    @ParameterizedTest
    @ValueSource(strings = {"raters-complete", "raters-missing", "raters-two", "raters-two-unused-level"})
    void test_icc_matchesPsych(String set) {
        IntraclassCorrelation icc = Agreement.icc(References.items(set));
        List<References.Line> lines = References.lines(set, "icc");
        assertThat(lines).hasSize(42);
        for (References.Line l : lines) {
            Icc form = icc.forms().stream().filter(i -> i.form().psychName().equals(l.row())).findFirst()
                    .orElseThrow();
            OptionalDouble actual = switch (l.column()) {
                case "ICC" -> form.value();
                case "F" -> form.f();
                case "df1" -> OptionalDouble.of(form.df1());
                case "df2" -> OptionalDouble.of(form.df2());
                case "p" -> form.p();
                case "lower bound" -> form.bounds().map(b -> OptionalDouble.of(b.lower())).orElseThrow();
                case "upper bound" -> form.bounds().map(b -> OptionalDouble.of(b.upper())).orElseThrow();
                default -> throw new AssertionError(l.column());
            };
            assertThat(actual.getAsDouble()).as(set + " " + l.row() + " " + l.column())
                    .isCloseTo(l.value(), within(1e-6));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"raters-complete", "raters-two", "raters-two-unused-level"})
    void test_kappa_matchesPsych(String set) {
        ItemData all = References.items(set);
        ItemData two = firstTwo(all);
        Kappa k = Agreement.kappa(two, LEVELS);
        for (References.Line l : References.lines(set, "kappa")) {
            OptionalDouble actual = switch (l.column()) {
                case "kappa" -> k.unweighted();
                case "linear" -> k.linear();
                case "quadratic" -> k.quadratic();
                default -> throw new AssertionError(l.column());
            };
            assertThat(actual.getAsDouble()).as(set + " " + l.column()).isCloseTo(l.value(), within(1e-6));
        }
    }

    static ItemData firstTwo(ItemData all) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int r = 0; r < all.cases(); r++) {
            rows.add(Arrays.asList(all.value(r, 0).isPresent() ? all.value(r, 0).getAsInt() : null,
                    all.value(r, 1).isPresent() ? all.value(r, 1).getAsInt() : null));
        }
        return ItemData.of(List.of(all.items().get(0), all.items().get(1)), rows);
    }

    /** Krippendorff (2011), section C: four observers, twelve units, values 1 to 5, with missing values. */
    static ItemData krippendorffExample() {
        Integer[][] observers = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}};
        List<List<Integer>> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            List<Integer> row = new ArrayList<>();
            for (Integer[] o : observers) {
                row.add(o[u]);
            }
            units.add(row);
        }
        return ItemData.of(List.of("A", "B", "C", "D"), units);
    }

    @ParameterizedTest
    @CsvSource({"NOMINAL, 0.743", "ORDINAL, 0.815", "INTERVAL, 0.849", "RATIO, 0.797"})
    void test_krippendorff_publishedExample(Metric metric, double published) {
        KrippendorffAlpha a = Agreement.krippendorff(krippendorffExample(), metric);
        assertThat(a.pairable()).isEqualTo(40);
        assertThat(a.value().getAsDouble()).isCloseTo(published, within(5e-4));
    }

    @Test
    void test_krippendorff_publishedBinaryExample() {
        // Krippendorff (2011), section A: two observers, ten units, binary data: alpha = 0.095
        int[] a = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
        int[] b = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
        List<List<Integer>> rows = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            rows.add(List.of(a[i], b[i]));
        }
        KrippendorffAlpha alpha = Agreement.krippendorff(ItemData.of(List.of("A", "B"), rows), Metric.NOMINAL);
        assertThat(alpha.value().getAsDouble()).isCloseTo(0.095, within(5e-4));
    }

    @Test
    void test_kappa_threeRaters_typedError() {
        assertThatThrownBy(() -> Agreement.kappa(References.items("raters-complete"), LEVELS))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("exactly two raters");
    }

    @Test
    void test_kappa_ratingOffScale_typedError() {
        ItemData d = ItemData.of(List.of("a", "b"), List.of(List.of(1, 7)));
        assertThatThrownBy(() -> Agreement.kappa(d, LEVELS)).isInstanceOf(AnalysisException.class)
                .hasMessageContaining("allowed: [0, 1, 2, 3, 4]");
    }

    @Test
    void test_oneRater_emptyWithReason() {
        ItemData one = ItemData.of(List.of("a"), List.of(List.of(1), List.of(2)));
        assertThat(Agreement.icc(one).forms()).isEmpty();
        assertThat(Agreement.icc(one).notes()).anyMatch(n -> n.contains("at least two raters"));
        assertThat(Agreement.krippendorff(one, Metric.ORDINAL).value()).isEmpty();
    }

    @Test
    void test_allSame_emptyNotNaN() {
        ItemData same = ItemData.of(List.of("a", "b"), List.of(List.of(2, 2), List.of(2, 2), List.of(2, 2)));
        assertThat(Agreement.krippendorff(same, Metric.ORDINAL).value()).isEmpty();
        assertThat(Agreement.kappa(same, LEVELS).unweighted()).isEmpty();
        IntraclassCorrelation icc = Agreement.icc(same);
        assertThat(icc.forms()).allMatch(i -> i.value().isEmpty() && i.f().isEmpty() && i.bounds().isEmpty());
        assertThat(icc.notes()).isNotEmpty();
    }
}
