package org.patientleadership.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every figure of {@link ItemAnalysis} with R's psych::alpha on the committed fixture data sets
 * (complete, with missing ratings, tiny n, a constant item, negatively correlated items), in both missing-data
 * modes, to 1e-6.
 */
class ItemAnalysisTest {

    private static final double TOLERANCE = 1e-6;

    static Stream<Arguments> sets() {
        List<Arguments> args = new ArrayList<>();
        for (String set : List.of("items-complete", "items-missing", "items-tiny", "items-constant",
                "items-negative")) {
            args.add(Arguments.of(set, "pairwise", MissingData.PAIRWISE));
            args.add(Arguments.of(set, "complete", MissingData.COMPLETE_CASES));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sets")
    void test_of_matchesPsych(String set, String mode, MissingData missing) {
        ItemAnalysis a = ItemAnalysis.of(References.items(set), missing);
        List<References.Line> lines = References.lines(set, mode);
        assertThat(lines).hasSizeGreaterThan(20);
        int compared = 0;
        for (References.Line l : lines) {
            OptionalDouble actual = figure(a, l);
            String where = set + " " + mode + " " + l.table() + " " + l.row() + " " + l.column();
            if (l.value() == null) {
                assertThat(actual).as(where).isEmpty();
            } else {
                assertThat(actual).as(where).isPresent();
                assertThat(actual.getAsDouble()).as(where).isCloseTo(l.value(), within(TOLERANCE));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(lines.size());
        // every analysed item and figure has a reference line: nothing is left unchecked
        long drop = lines.stream().filter(l -> l.table().equals("alpha.drop")).map(References.Line::row)
                .distinct().count();
        assertThat(drop).isEqualTo(a.items().size());
    }

    private static OptionalDouble figure(ItemAnalysis a, References.Line l) {
        switch (l.table()) {
            case "total":
                return switch (l.column()) {
                    case "mean" -> a.mean();
                    case "sd" -> a.sd();
                    default -> reliability(a.total(), l.column());
                };
            case "feldt":
                return a.feldt().map(i -> OptionalDouble.of(l.column().equals("lower") ? i.lower() : i.upper()))
                        .orElse(OptionalDouble.empty());
            case "duhachek":
                return a.duhachek().map(i -> OptionalDouble.of(l.column().equals("lower") ? i.lower() : i.upper()))
                        .orElse(OptionalDouble.empty());
            case "alpha.drop":
                return reliability(item(a, l.row()).ifDropped(), l.column());
            case "item.stats": {
                ItemStatistics s = item(a, l.row());
                return switch (l.column()) {
                    case "n" -> OptionalDouble.of(s.n());
                    case "raw.r" -> s.rawR();
                    case "std.r" -> s.stdR();
                    case "r.cor" -> s.rCor();
                    case "r.drop" -> s.rDrop();
                    case "mean" -> s.mean();
                    case "sd" -> s.sd();
                    default -> throw new AssertionError("unknown column " + l.column());
                };
            }
            case "response.freq": {
                ItemStatistics s = item(a, l.row());
                if (l.column().equals("miss")) {
                    return OptionalDouble.of(s.missing());
                }
                Double f = s.frequencies().get(Integer.valueOf(l.column()));
                return f == null ? OptionalDouble.empty() : OptionalDouble.of(f);
            }
            default:
                throw new AssertionError("unknown table " + l.table());
        }
    }

    private static ItemStatistics item(ItemAnalysis a, String name) {
        return a.item(name).orElseThrow(() -> new AssertionError("no item " + name));
    }

    private static OptionalDouble reliability(Reliability r, String column) {
        return switch (column) {
            case "raw_alpha" -> r.rawAlpha();
            case "std.alpha" -> r.stdAlpha();
            case "G6(smc)" -> r.g6();
            case "average_r" -> r.averageR();
            case "S/N" -> r.signalToNoise();
            case "ase", "alpha se" -> r.alphaSe();
            case "var.r" -> r.varR();
            case "median_r", "med.r" -> r.medianR();
            default -> throw new AssertionError("unknown column " + column);
        };
    }

    @Test
    void test_of_constantItemLeftOutWithNote() {
        ItemAnalysis a = ItemAnalysis.of(References.items("items-constant"));
        assertThat(a.constantItems()).containsExactly("i3");
        assertThat(a.items()).doesNotContain("i3");
        assertThat(a.notes()).anyMatch(n -> n.contains("i3") && n.contains("does not vary"));
    }

    @Test
    void test_of_tinyHasNoDropStandardErrors() {
        ItemAnalysis a = ItemAnalysis.of(References.items("items-tiny"));
        assertThat(a.itemStatistics()).allMatch(s -> s.ifDropped().alphaSe().isEmpty());
        assertThat(a.notes()).anyMatch(n -> n.contains("no more cases"));
    }

    @Test
    void test_of_oneCase_emptyWithReason() {
        ItemData one = ItemData.of(List.of("a", "b", "c"), List.of(Arrays.asList(1, 2, 3)));
        ItemAnalysis a = ItemAnalysis.of(one);
        assertThat(a.isEmpty()).isTrue();
        assertThat(a.total().rawAlpha()).isEmpty();
        assertThat(a.notes()).anyMatch(n -> n.contains("at least two"));
    }

    @Test
    void test_of_oneItem_emptyWithReason() {
        ItemData one = ItemData.of(List.of("a"), List.of(List.of(1), List.of(2), List.of(4)));
        ItemAnalysis a = ItemAnalysis.of(one);
        assertThat(a.isEmpty()).isTrue();
        assertThat(a.notes()).anyMatch(n -> n.contains("at least two"));
    }

    @Test
    void test_of_fewerThanTwoCompleteCases_emptyWithReason() {
        ItemData d = ItemData.of(List.of("a", "b"), List.of(Arrays.asList(1, null), Arrays.asList(null, 2),
                Arrays.asList(3, 3)));
        ItemAnalysis complete = ItemAnalysis.of(d, MissingData.COMPLETE_CASES);
        assertThat(complete.isEmpty()).isTrue();
        assertThat(complete.notes()).anyMatch(n -> n.contains("rated every item"));
        ItemAnalysis pairwise = ItemAnalysis.of(d, MissingData.PAIRWISE);
        assertThat(pairwise.isEmpty()).isTrue();
    }

    @Test
    void test_of_twoItems_dropEmpty() {
        ItemData d = ItemData.of(List.of("a", "b"), List.of(List.of(1, 2), List.of(2, 2), List.of(3, 4),
                List.of(0, 1)));
        ItemAnalysis a = ItemAnalysis.of(d);
        assertThat(a.total().rawAlpha()).isPresent();
        assertThat(a.itemStatistics()).allMatch(s -> s.ifDropped().rawAlpha().isEmpty());
    }
}
