package org.patientleadership.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Cohort;
import org.patientleadership.checklist.ChecklistPoint;

/**
 * Cohort statistics (per point: mean, median, SD, distribution; per section: score mean, median, SD and
 * Cronbach's alpha) over 10^5 and 10^6 assessments, against the same statistics over primitive arrays. Both
 * read a pool of 1000 distinct assessments cycled to the size, so memory holds the pool, not the cohort.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CohortBenchmark {

    private static final int POOL = 1000;
    private static final int SECTIONS = 6;

    /** The cohort size. */
    @Param({"100000", "1000000"})
    public int size;

    private List<Assessment> pool;
    private int[][] plain;

    /** Builds the pool. */
    @Setup
    public void setUp() {
        pool = Fixtures.pool(POOL);
        plain = pool.stream().map(Fixtures::plain).toArray(int[][]::new);
    }

    /**
     * The library.
     *
     * @return the statistics
     */
    @Benchmark
    public Cohort library() {
        return Cohort.of(Fixtures.cycle(pool, size));
    }

    /**
     * The library's collector on a parallel stream, on every core ({@code ForkJoinPool.commonPool()}); compared
     * with {@link #library()} it gives the parallel speed-up.
     *
     * @return the statistics
     */
    @Benchmark
    public Cohort parallel() {
        return IntStream.range(0, size).parallel().mapToObj(i -> pool.get(i % POOL)).collect(Cohort.collector());
    }

    /**
     * The baseline over primitive arrays.
     *
     * @return the statistics, packed in an array
     */
    @Benchmark
    public double[] baseline() {
        int n = ChecklistPoint.COUNT;
        long[][] distribution = new long[n][5];
        double[][] sectionScores = new double[SECTIONS + 1][size];
        int[] sufficient = new int[SECTIONS + 1];
        double[][] itemSum = new double[SECTIONS][];
        double[][] itemSquares = new double[SECTIONS][];
        double[] totalSum = new double[SECTIONS];
        double[] totalSquares = new double[SECTIONS];
        long[] complete = new long[SECTIONS];
        int[] sectionSize = new int[SECTIONS];
        for (int i = 0; i < n; i++) {
            sectionSize[Fixtures.SECTION_OF[i]]++;
        }
        for (int s = 0; s < SECTIONS; s++) {
            itemSum[s] = new double[sectionSize[s]];
            itemSquares[s] = new double[sectionSize[s]];
        }
        for (int k = 0; k < size; k++) {
            int[] ratings = plain[k % POOL];
            for (int i = 0; i < n; i++) {
                if (ratings[i] >= 0) {
                    distribution[i][ratings[i]]++;
                }
            }
            double[] scores = PlainScoring.score(ratings);
            for (int s = 0; s <= SECTIONS; s++) {
                if (!Double.isNaN(scores[s])) {
                    sectionScores[s][sufficient[s]++] = scores[s];
                }
            }
            int start = 0;
            for (int s = 0; s < SECTIONS; s++) {
                boolean full = true;
                double total = 0;
                for (int j = 0; j < sectionSize[s]; j++) {
                    int r = ratings[start + j];
                    full &= r >= 0;
                    total += r;
                }
                if (full) {
                    complete[s]++;
                    for (int j = 0; j < sectionSize[s]; j++) {
                        int r = ratings[start + j];
                        itemSum[s][j] += r;
                        itemSquares[s][j] += (double) r * r;
                    }
                    totalSum[s] += total;
                    totalSquares[s] += total * total;
                }
                start += sectionSize[s];
            }
        }
        double[] out = new double[n * 3 + (SECTIONS + 1) * 3 + SECTIONS];
        int o = 0;
        for (int i = 0; i < n; i++) {
            long count = 0;
            double sum = 0;
            double squares = 0;
            for (int r = 0; r < 5; r++) {
                count += distribution[i][r];
                sum += r * distribution[i][r];
                squares += (double) r * r * distribution[i][r];
            }
            double mean = sum / count;
            out[o++] = mean;
            out[o++] = Math.sqrt((squares - count * mean * mean) / (count - 1));
            long half = (count + 1) / 2;
            int median = 0;
            for (long seen = 0; median < 5 && (seen += distribution[i][median]) < half; median++) {
                // walk the distribution to the middle
            }
            out[o++] = median;
        }
        for (int s = 0; s <= SECTIONS; s++) {
            double[] values = Arrays.copyOf(sectionScores[s], sufficient[s]);
            double sum = 0;
            double squares = 0;
            for (double v : values) {
                sum += v;
                squares += v * v;
            }
            Arrays.sort(values);
            double mean = sum / values.length;
            out[o++] = mean;
            out[o++] = Math.sqrt((squares - values.length * mean * mean) / (values.length - 1));
            out[o++] = values.length % 2 == 1 ? values[values.length / 2]
                    : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        }
        for (int s = 0; s < SECTIONS; s++) {
            double m = complete[s];
            double items = 0;
            for (int j = 0; j < sectionSize[s]; j++) {
                items += (itemSquares[s][j] - itemSum[s][j] * itemSum[s][j] / m) / (m - 1);
            }
            double totals = (totalSquares[s] - totalSum[s] * totalSum[s] / m) / (m - 1);
            int k = sectionSize[s];
            out[o++] = (double) k / (k - 1) * (1 - items / totals);
        }
        return out;
    }
}
