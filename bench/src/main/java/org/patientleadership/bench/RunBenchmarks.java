package org.patientleadership.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of this module, pairs each library benchmark with its baseline, and writes the table
 * of ratios to a Markdown file (normally {@code docs/benchmarks.md}), with the JDK, the cores, the size of
 * the {@code lib} jar, its runtime dependencies and the time to a first score in a fresh JVM.
 *
 * <p>Arguments: the Markdown file to write, and the {@code lib} jar. With {@code -Dbench.quick=true} every
 * benchmark runs once, briefly, in this JVM: a smoke test, not a measurement.
 */
public final class RunBenchmarks {

    private static final int STARTUP_RUNS = 7;

    private RunBenchmarks() {
    }

    /**
     * One row of the table: a library benchmark, its baseline (or none), a target for time (a ratio, or
     * nanoseconds when absolute) and a target for the ratio of bytes allocated per operation (NaN for none).
     */
    record Row(String work, String library, String baseline, double target, boolean absolute, double allocTarget) {
        Row(String work, String library, String baseline, double target, boolean absolute) {
            this(work, library, baseline, target, absolute, Double.NaN);
        }
    }

    /** The key prefix of the bytes allocated per operation ({@code gc.alloc.rate.norm}) of a benchmark. */
    static final String ALLOC = "alloc:";
    /** The limits beside the table: lib jar size and cold start against a Jackson-only JVM. */
    static final long JAR_LIMIT = 500 * 1024;
    static final double STARTUP_LIMIT = 1.0;

    /** The rows, in the order of the table. */
    static final List<Row> ROWS = List.of(
            new Row("Score one 40-point assessment (sections + overall)", "ScoreBenchmark.library",
                    "ScoreBenchmark.baseline", 1.5, false, 2),
            new Row("Recommendations for one assessment", "ScoreBenchmark.recommend", null, 10_000, true),
            new Row("Full plan for one assessment (with last year's)", "ScoreBenchmark.plan", null, 20_000, true),
            new Row("Parse one assessment from JSON and score it", "ParseBenchmark.library",
                    "ParseBenchmark.baseline", 1.25, false, 1.5),
            new Row("Cohort statistics, 10^5 assessments", "CohortBenchmark.library:100000",
                    "CohortBenchmark.baseline:100000", 1.5, false),
            new Row("Cohort statistics, 10^6 assessments", "CohortBenchmark.library:1000000",
                    "CohortBenchmark.baseline:1000000", 1.5, false),
            new Row("Place an activity on the ladders", "PlaceBenchmark.library", "PlaceBenchmark.baseline", 2,
                    false));

    /**
     * Runs the benchmarks and writes the report.
     *
     * @param args  the Markdown file to write and the lib jar
     * @throws RunnerException if JMH fails
     * @throws IOException if the report cannot be written
     * @throws InterruptedException if interrupted while timing the start-up
     */
    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        Path report = Path.of(args.length > 0 ? args[0] : "benchmarks.md");
        Path jar = args.length > 1 ? Path.of(args[1]) : null;
        boolean quick = Boolean.getBoolean("bench.quick");
        Map<String, Result<?>> results = run(quick, null);
        String markdown = markdown(results, jar, quick ? null : startup());
        if (quick) {
            System.out.println(markdown);
        } else {
            Files.writeString(report, markdown + keptNotes(report), StandardCharsets.UTF_8);
            System.out.println("Wrote " + report.toAbsolutePath().normalize());
        }
    }

    /** The heading from which the hand-written part of the report starts; a new run keeps that part. */
    static final String NOTES = "\n## Notes";

    private static String keptNotes(Path report) throws IOException {
        if (!Files.exists(report)) {
            return "";
        }
        String old = Files.readString(report, StandardCharsets.UTF_8);
        int at = old.indexOf(NOTES);
        return at < 0 ? "" : old.substring(at);
    }

    /**
     * Runs the benchmarks.
     *
     * @param quick  one short iteration each in this JVM (a smoke test) instead of a measurement
     * @param cohortSize  a cohort size to use instead of 10^5 and 10^6, or null
     * @return the primary result of each benchmark, keyed {@code Class.method} or {@code Class.method:size}
     * @throws RunnerException if JMH fails
     */
    static Map<String, Result<?>> run(boolean quick, String cohortSize) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().include("org\\.patientleadership\\.bench\\..*Benchmark");
        if (quick) {
            options.forks(0).warmupIterations(0).measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(50));
        } else {
            options.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(5)
                    .measurementTime(TimeValue.seconds(1)).jvmArgs("-Xmx2g").addProfiler(GCProfiler.class);
        }
        if (cohortSize != null) {
            options.param("size", cohortSize);
        }
        Collection<RunResult> runs = new Runner(options.build()).run();
        Map<String, Result<?>> results = new HashMap<>();
        for (RunResult run : runs) {
            String name = run.getParams().getBenchmark();
            String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String size = run.getParams().getParam("size");
            String id = size == null ? key : key + ":" + size;
            results.put(id, run.getPrimaryResult());
            Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
            if (alloc != null) {
                results.put(ALLOC + id, alloc);
            }
        }
        return results;
    }

    /** The start-up times in milliseconds: medians of the first score and of Jackson only. */
    record Startup(double firstScore, double jacksonOnly, int runs) {
    }

    static Startup startup() throws IOException, InterruptedException {
        double[] first = new double[STARTUP_RUNS];
        double[] jackson = new double[STARTUP_RUNS];
        for (int i = 0; i < STARTUP_RUNS; i++) {
            first[i] = time(FirstScore.class);
            jackson[i] = time(JacksonOnly.class);
        }
        return new Startup(median(first), median(jackson), STARTUP_RUNS);
    }

    private static double time(Class<?> main) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main.getName())
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(main.getSimpleName() + " failed");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /**
     * Renders the report.
     *
     * @param results  the results by key
     * @param jar  the lib jar, or null
     * @param startup  the start-up times, or null
     * @return the Markdown text
     * @throws IOException if the jar cannot be read
     */
    static String markdown(Map<String, Result<?>> results, Path jar, Startup startup) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `./mvnw -B -q -pl bench -am package -DskipTests exec:exec` (see the bench module). Each library "
                + "benchmark runs beside a plain baseline in the same run; the ratio is library time ÷ baseline "
                + "time (lower is better), and the error is the ratio's 99.9% error from both JMH errors.\n\n");
        md.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append('\n');
        md.append("- Cores: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
        md.append("- JMH: 1 fork, 3 × 1 s warm-up, 5 × 1 s measurement, average time per operation\n\n");
        md.append("| benchmark | library | baseline | ratio | target | met | error | allocated: library | "
                + "baseline | ratio | target | met |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : ROWS) {
            Result<?> lib = results.get(row.library());
            Result<?> base = row.baseline() == null ? null : results.get(row.baseline());
            if (lib == null || (row.baseline() != null && base == null)) {
                md.append("| ").append(row.work()).append(" | not run | | | | | | | | | | |\n");
                continue;
            }
            if (row.absolute()) {
                double ns = nanos(lib);
                md.append(String.format(Locale.ROOT, "| %s | %s | — (absolute, this machine) | — | ≤ %.0f µs | %s"
                        + " | ± %s ", row.work(), time(ns), row.target() / 1000, ns <= row.target() ? "yes" : "no",
                        time(nanos(lib.getScoreError(), lib))));
            } else {
                double l = nanos(lib);
                double b = nanos(base);
                double ratio = l / b;
                double error = ratio * (nanos(lib.getScoreError(), lib) / l + nanos(base.getScoreError(), base) / b);
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f× | ≤ %.2f× | %s | ± %.2f ",
                        row.work(), time(l), time(b), ratio, row.target(), ratio <= row.target() ? "yes" : "no",
                        error));
            }
            md.append(allocation(row, results)).append('\n');
        }
        Result<?> small = results.get("CohortBenchmark.library:100000");
        Result<?> large = results.get("CohortBenchmark.library:1000000");
        if (small != null && large != null) {
            md.append(String.format(Locale.ROOT, "%nLinear in N: the library's cohort time grows %.1f× from 10^5 "
                    + "to 10^6 assessments (10× is linear).%n", nanos(large) / nanos(small)));
        }
        Result<?> parallel = results.get("CohortBenchmark.parallel:1000000");
        if (large != null && parallel != null) {
            int cores = Runtime.getRuntime().availableProcessors();
            double speedUp = nanos(large) / nanos(parallel);
            md.append(String.format(Locale.ROOT, "%nParallel collector at 10^6 assessments on %d cores: %s against %s "
                    + "on one core, a speed-up of %.2f× (target ≥ 0.8 × cores = %.1f×: %s).%n", cores,
                    time(nanos(parallel)), time(nanos(large)), speedUp, 0.8 * cores,
                    speedUp >= 0.8 * cores ? "met" : "missed"));
        }
        md.append("\n## Size, dependencies and start-up\n\n");
        if (jar != null && Files.exists(jar)) {
            long size = Files.size(jar);
            md.append(String.format(Locale.ROOT, "- `lib` jar: %s, %,d bytes (target ≤ %,d bytes: %s)%n",
                    jar.getFileName(), size, JAR_LIMIT, size <= JAR_LIMIT ? "met" : "missed"));
        }
        List<String> deps = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.contains("jackson") && entry.endsWith(".jar")) {
                Path p = Path.of(entry);
                deps.add(String.format(Locale.ROOT, "`%s` (%,d bytes)", p.getFileName(), Files.size(p)));
            }
        }
        deps.sort(null);
        md.append("- Runtime dependency closure of `lib`: ").append(String.join(", ", deps)).append('\n');
        if (startup != null) {
            md.append(String.format(Locale.ROOT, "- Time to a first score in a fresh JVM: %.0f ms, against %.0f ms "
                    + "for a JVM that only loads Jackson and reads one document: **%.2f×** (medians of %d runs "
                    + "each, process start to exit; target ≤ %.1f×: %s)%n", startup.firstScore(),
                    startup.jacksonOnly(), startup.firstScore() / startup.jacksonOnly(), startup.runs(), STARTUP_LIMIT,
                    startup.firstScore() / startup.jacksonOnly() <= STARTUP_LIMIT ? "met" : "missed"));
        }
        return md.toString();
    }

    /** The allocation cells of a row: bytes per operation of the library and the baseline, their ratio, target. */
    static String allocation(Row row, Map<String, Result<?>> results) {
        Result<?> lib = results.get(ALLOC + row.library());
        Result<?> base = row.baseline() == null ? null : results.get(ALLOC + row.baseline());
        if (lib == null) {
            return "| not measured | | | | |";
        }
        String libBytes = String.format(Locale.ROOT, "%,.0f B", lib.getScore());
        if (base == null) {
            return "| " + libBytes + " | — | — | — | — |";
        }
        // A baseline that allocates nothing per operation has no ratio; JMH reports about 0 B then.
        double ratio = base.getScore() < 1 ? Double.NaN : lib.getScore() / base.getScore();
        String target = Double.isNaN(row.allocTarget()) ? "—"
                : String.format(Locale.ROOT, "≤ %.2f×", row.allocTarget());
        String met = Double.isNaN(row.allocTarget()) ? "—" : ratio <= row.allocTarget() ? "yes" : "no";
        return String.format(Locale.ROOT, "| %s | %,.0f B | %s | %s | %s |", libBytes, base.getScore(),
                Double.isNaN(ratio) ? "—" : ratio < 0.01 ? "< 0.01×" : String.format(Locale.ROOT, "%.2f×", ratio),
                target, met);
    }

    private static double nanos(Result<?> result) {
        return nanos(result.getScore(), result);
    }

    private static double nanos(double value, Result<?> result) {
        String unit = result.getScoreUnit();
        double factor = unit.startsWith("ns") ? 1 : unit.startsWith("us") ? 1e3 : unit.startsWith("ms") ? 1e6 : 1e9;
        return value * factor;
    }

    private static String time(double ns) {
        if (ns >= 1e6) {
            return String.format(Locale.ROOT, "%.1f ms", ns / 1e6);
        }
        if (ns >= 1e3) {
            return String.format(Locale.ROOT, "%.2f µs", ns / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f ns", ns);
    }
}
