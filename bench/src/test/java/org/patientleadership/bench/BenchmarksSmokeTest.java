package org.patientleadership.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;

/**
 * Runs every benchmark once, briefly and in this JVM, so that the benchmarks cannot rot. It checks that each
 * row of the report got a result; it does not judge timings.
 */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRuns_andEveryRowOfTheReportIsFilled() throws Exception {
        Map<String, Result<?>> results = RunBenchmarks.run(true, "1000");
        for (RunBenchmarks.Row row : RunBenchmarks.ROWS) {
            String library = row.library().replaceAll(":\\d+$", ":1000");
            assertThat(results).as(row.work()).containsKey(library);
            assertThat(results.get(library).getScore()).as(row.work()).isPositive();
            if (row.baseline() != null) {
                String baseline = row.baseline().replaceAll(":\\d+$", ":1000");
                assertThat(results).as(row.work()).containsKey(baseline);
            }
        }
        String markdown = RunBenchmarks.markdown(results, null, null);
        assertThat(markdown).contains("| benchmark | library | baseline | ratio | target | met | error | allocated: ")
                .contains("Full plan for one assessment")
                .contains("Score one 40-point assessment").contains("jackson-databind");
    }

    @Test
    void allocationCells_giveTheRatioAgainstTheBaseline_andWhetherTheTargetIsMet() {
        RunBenchmarks.Row row = RunBenchmarks.ROWS.get(0);
        Map<String, Result<?>> results = new java.util.HashMap<>();
        assertThat(RunBenchmarks.allocation(row, results)).startsWith("| not measured");
        results.put(RunBenchmarks.ALLOC + row.library(), bytes(400));
        results.put(RunBenchmarks.ALLOC + row.baseline(), bytes(216));
        assertThat(RunBenchmarks.allocation(row, results)).isEqualTo("| 400 B | 216 B | 1.85× | ≤ 2.00× | yes |");
        results.put(RunBenchmarks.ALLOC + row.library(), bytes(1592));
        assertThat(RunBenchmarks.allocation(row, results)).isEqualTo("| 1,592 B | 216 B | 7.37× | ≤ 2.00× | no |");
        results.put(RunBenchmarks.ALLOC + row.baseline(), bytes(0));
        assertThat(RunBenchmarks.allocation(row, results)).isEqualTo("| 1,592 B | 0 B | — | ≤ 2.00× | no |");
    }

    private static Result<?> bytes(double perOp) {
        return new org.openjdk.jmh.results.ScalarResult("gc.alloc.rate.norm", perOp, "B/op",
                org.openjdk.jmh.results.AggregationPolicy.AVG);
    }

    @Test
    void baselineScoring_agreesWithTheLibrary() {
        var assessment = Fixtures.assessment();
        double[] plain = PlainScoring.score(Fixtures.plain(assessment));
        var scores = org.patientleadership.assessment.Scoring.score(assessment);
        assertThat(plain[6]).isCloseTo(scores.overall().value().getAsDouble(), org.assertj.core.data.Offset.offset(1e-9));
        for (var section : org.patientleadership.checklist.Section.values()) {
            var score = scores.section(section);
            double expected = score.value().isPresent() ? score.value().getAsDouble() : Double.NaN;
            assertThat(plain[section.number() - 1]).isEqualTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void baselinePlacement_agreesWithTheLibrary() {
        PlaceBenchmark bench = new PlaceBenchmark();
        bench.setUp();
        var placements = bench.library();
        int[] plain = bench.baseline();
        assertThat(plain[0]).isEqualTo(placements.arnstein().rung().number());
        assertThat(plain[3]).isEqualTo(placements.coProduction().rung().number());
    }
}
