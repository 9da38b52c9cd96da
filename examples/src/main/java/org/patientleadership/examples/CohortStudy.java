package org.patientleadership.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Change;
import org.patientleadership.assessment.Cohort;
import org.patientleadership.assessment.PointStatistics;
import org.patientleadership.assessment.SectionStatistics;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;

/**
 * The researcher's example: a cohort of generated self-assessments (fictional organisations, from a fixed
 * seed, so every run prints the same), summarised per section with Cronbach's alpha, the weakest points with
 * their rating distributions, and the change between two years of one organisation.
 *
 * <p>The assessments are generated lazily and read in one pass, as a stream of any size would be. Run with
 * an argument to choose the cohort size, e.g. {@code -Dexec.args=100000}.
 */
public final class CohortStudy {

    /** The cohort size when no argument is given. */
    static final int DEFAULT_SIZE = 500;
    /** The seed of the generator. */
    static final long SEED = 2026L;

    private CohortStudy() {
    }

    /**
     * Generates assessments of fictional organisations. Each has a hidden maturity; each section adds a
     * common offset (later sections are weaker, as in the flagship sample) and each point some noise, so that
     * points of one section agree with each other and alpha has something to measure. About 4% of answers are
     * not applicable and 3% unanswered.
     *
     * @param size  how many assessments
     * @param seed  the seed of the generator
     * @return the assessments, generated as they are read
     */
    static Stream<Assessment> generate(int size, long seed) {
        Random random = new Random(seed);
        return IntStream.rangeClosed(1, size).mapToObj(i -> assess(String.format(Locale.ROOT,
                "Organisation %05d (generated)", i), LocalDate.of(2026, 3, 31), random.nextGaussian(), random));
    }

    private static Assessment assess(String organisation, LocalDate date, double maturity, Random random) {
        Assessment.Builder builder = Assessment.builder(organisation, date).assessorRoles("Engagement lead");
        for (ChecklistPoint point : Checklist.points()) {
            double roll = random.nextDouble();
            double noise = random.nextGaussian() * 0.7;
            if (roll < 0.04) {
                builder.notApplicable(point.number());
            } else if (roll >= 0.07) {
                double offset = 0.4 - 0.25 * (point.section().number() - 1);
                long rating = Math.round(2 + 0.9 * maturity + offset + noise);
                builder.rate(point.number(), (int) Math.max(0, Math.min(4, rating)));
            }
        }
        return builder.build();
    }

    /**
     * Builds two yearly assessments of one organisation, the second after a year of work on its weakest
     * sections.
     *
     * @return the earlier and the later assessment
     */
    static List<Assessment> twoYears() {
        Random random = new Random(SEED + 1);
        String name = "Lakeside Health Partnership (fictional)";
        Assessment before = assess(name, LocalDate.of(2025, 3, 31), -0.4, random);
        Assessment after = assess(name, LocalDate.of(2026, 3, 31), 0.3, random);
        return List.of(before, after);
    }

    /**
     * Runs the example.
     *
     * @param args  optionally, the cohort size (default 500)
     */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_SIZE;
        Cohort cohort = Cohort.of(generate(size, SEED)::iterator);
        printCohort(cohort, System.out);
        System.out.println();
        List<Assessment> years = twoYears();
        printChange(Change.between(years.get(0), years.get(1)), System.out);
    }

    /**
     * Prints the section statistics and the three weakest points of a cohort.
     *
     * @param cohort  the cohort statistics
     * @param out  where to print
     */
    static void printCohort(Cohort cohort, PrintStream out) {
        out.println("Cohort of " + cohort.size() + " generated self-assessments");
        out.println();
        Table table = new Table("Section", "Mean", "Median", "SD", "Alpha", "Complete");
        for (Section s : Section.values()) {
            SectionStatistics st = cohort.sections().get(s);
            table.row(s.number() + ". " + s.displayName(), format(st.scores().mean()), format(st.scores().median()),
                    format(st.scores().standardDeviation()), format2(st.cronbachAlpha()),
                    Long.toString(st.completeCases()));
        }
        table.row("Overall", format(cohort.overall().mean()), format(cohort.overall().median()),
                format(cohort.overall().standardDeviation()), "", "");
        table.print(out);
        out.println();
        out.println("Weakest points (lowest mean rating), with the count at each rating 0–4:");
        for (PointStatistics p : weakest(cohort, 3)) {
            out.println("   Point " + p.point() + " – " + Checklist.point(p.point()).title() + ": mean "
                    + format2(p.ratings().mean()) + "; " + IntStream.rangeClosed(0, 4)
                    .mapToObj(r -> r + ":" + p.distribution().getOrDefault(r, 0L))
                    .collect(Collectors.joining(" ")));
        }
    }

    /**
     * Finds the points with the lowest mean rating, lowest first, ties by point number.
     *
     * @param cohort  the cohort statistics
     * @param n  how many points
     * @return the points' statistics
     */
    static List<PointStatistics> weakest(Cohort cohort, int n) {
        return cohort.points().stream().filter(p -> p.ratings().mean().isPresent())
                .sorted(Comparator.comparingDouble((PointStatistics p) -> p.ratings().mean().getAsDouble())
                        .thenComparingInt(PointStatistics::point))
                .limit(n).toList();
    }

    /**
     * Prints the change between two assessments of one organisation.
     *
     * @param change  the change
     * @param out  where to print
     */
    static void printChange(Change change, PrintStream out) {
        out.println("Change for " + change.after().organisation() + ", " + change.before().date() + " to "
                + change.after().date());
        for (Section s : Section.values()) {
            OptionalDouble d = change.sections().get(s);
            out.println("   " + s.number() + ". " + s.displayName() + ": "
                    + (d.isPresent() ? String.format(Locale.ROOT, "%+.1f", d.getAsDouble()) : "insufficient data"));
        }
        out.println("   Overall: " + (change.overall().isPresent()
                ? String.format(Locale.ROOT, "%+.1f", change.overall().getAsDouble()) : "insufficient data"));
        out.println("Improved: " + change.improved().size() + " points; fell back: " + change.fellBack().size()
                + " points");
        out.println("Fell back: " + change.fellBack().stream().map(c -> "point " + c.point() + " ("
                + c.before().getAsInt() + " → " + c.after().getAsInt() + ")").collect(Collectors.joining(", ")));
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : "–";
    }

    private static String format2(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "–";
    }
}
