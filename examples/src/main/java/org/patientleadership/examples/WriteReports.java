package org.patientleadership.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.report.AssessmentReport;
import org.patientleadership.report.CohortReport;
import org.patientleadership.report.ProgressReport;
import org.patientleadership.report.Report;

/**
 * Writes the three reports as HTML and Markdown: the flagship sample's self-assessment with its two
 * activities on the ladders and the same plan as the flagship example prints (committed as {@code docs/report-example.html} and {@code .md}), one
 * organisation's progress over a year, and a generated cohort of 500.
 */
public final class WriteReports {

    /** Where the reports go unless the first argument says otherwise. */
    static final Path DEFAULT_DIRECTORY = Path.of("target", "reports");

    private WriteReports() {
    }

    /**
     * Makes the report of the flagship sample.
     *
     * @return the report
     */
    static AssessmentReport flagship() {
        return AssessmentReport.of(SelfAssessment.sample()).withActivities(SelfAssessment.activities())
                .withPlan(SelfAssessment.request());
    }

    /**
     * Runs the example.
     *
     * @param args  optionally, the directory to write to (default {@code target/reports})
     */
    public static void main(String[] args) {
        run(args.length > 0 ? Path.of(args[0]) : DEFAULT_DIRECTORY, System.out);
    }

    /**
     * Writes the three reports.
     *
     * @param dir  the directory to write to, created if missing
     * @param out  where to say what was written
     */
    static void run(Path dir, PrintStream out) {
        List<Assessment> cohort = CohortStudy.generate(CohortStudy.DEFAULT_SIZE, CohortStudy.SEED).toList();
        write(dir, "report-example", flagship(), out);
        write(dir, "progress-example", progress(cohort), out);
        write(dir, "cohort-example", CohortReport.of("Cohort of " + cohort.size() + " generated assessments",
                cohort), out);
    }

    /**
     * Makes the progress report of the sample trust's two years, saying whether each section's change is real
     * with the reliability and spread of the generated cohort.
     *
     * @param cohort  the cohort
     * @return the report
     */
    static ProgressReport progress(List<Assessment> cohort) {
        return ProgressReport.of(CohortStudy.twoYears()).withReliabilityFrom(cohort);
    }

    /**
     * Writes one report as {@code name.html} and {@code name.md}.
     *
     * @param dir  the directory, created if missing
     * @param name  the file name without extension
     * @param report  the report
     * @param out  where to say what was written
     */
    static void write(Path dir, String name, Report report, PrintStream out) {
        try {
            Files.createDirectories(dir);
            Path html = dir.resolve(name + ".html");
            Path md = dir.resolve(name + ".md");
            Files.writeString(html, report.html(), StandardCharsets.UTF_8);
            Files.writeString(md, report.markdown(), StandardCharsets.UTF_8);
            out.println(report.title());
            out.println("   " + html);
            out.println("   " + md);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report " + name + " to " + dir, e);
        }
    }
}
