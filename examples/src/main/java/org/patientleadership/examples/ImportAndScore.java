package org.patientleadership.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.patientleadership.Problem;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.assessment.Score;
import org.patientleadership.csv.CsvImport;
import org.patientleadership.csv.ImportResult;
import org.patientleadership.csv.RowResult;
import org.patientleadership.json.JsonFormat;

/**
 * The data example: a CSV file of self-assessments, as a spreadsheet or form tool exports it, is imported row
 * by row (keeping the good rows and listing the problems of the others), each assessment is scored, and each
 * result is written as a JSON document.
 *
 * <p>Arguments: the CSV file (default: the bundled {@code sample-assessments.csv}, which has one bad row on
 * purpose) and the directory for the JSON results (default: {@code target/example-results}).
 */
public final class ImportAndScore {

    /** The bundled sample file. */
    static final String SAMPLE = "sample-assessments.csv";
    /** The default output directory. */
    static final Path DEFAULT_OUTPUT = Path.of("target", "example-results");

    private ImportAndScore() {
    }

    /**
     * Runs the example.
     *
     * @param args  optionally the CSV file and the output directory
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        byte[] csv = args.length > 0 ? Files.readAllBytes(Path.of(args[0])) : sample();
        Path output = args.length > 1 ? Path.of(args[1]) : DEFAULT_OUTPUT;
        run(csv, output, System.out);
    }

    /**
     * Reads the bundled sample file.
     *
     * @return its bytes
     */
    static byte[] sample() {
        try (InputStream in = ImportAndScore.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("The sample " + SAMPLE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports, scores and writes.
     *
     * @param csv  the CSV bytes
     * @param output  the directory for the JSON results
     * @param out  where to print
     * @throws IOException if a result cannot be written
     */
    static void run(byte[] csv, Path output, PrintStream out) throws IOException {
        ImportResult imported = CsvImport.read(csv);
        long bad = imported.rows().stream().filter(RowResult::hasProblems).count();
        out.println("Imported " + imported.rows().size() + " rows: " + imported.assessments().size()
                + " assessments read, " + bad + (bad == 1 ? " row" : " rows") + " with problems (kept out)");
        for (Problem p : imported.problems()) {
            out.println("   " + p);
        }
        out.println();
        Files.createDirectories(output);
        Table table = new Table("Organisation", "Date", "Overall", "Band", "First step", "JSON");
        for (Assessment assessment : imported.assessments()) {
            AssessmentResult result = AssessmentResult.of(assessment);
            Path file = output.resolve(fileName(assessment));
            Files.writeString(file, JsonFormat.write(result), StandardCharsets.UTF_8);
            Score overall = result.scores().overall();
            table.row(assessment.organisation(), assessment.date().toString(),
                    overall.value().isPresent() ? String.format(Locale.ROOT, "%.1f", overall.value().getAsDouble())
                            : "–",
                    overall.band().map(b -> b.name()).orElse("insufficient data"),
                    result.recommendations().isEmpty() ? "–"
                            : "Point " + result.recommendations().get(0).point().number(),
                    file.getFileName().toString());
        }
        table.print(out);
        out.println();
        out.println("JSON results written to " + output);
    }

    /**
     * Names the JSON file of an assessment's result, such as {@code riverside-trust-2026-03-31.json}.
     *
     * @param assessment  the assessment
     * @return the file name
     */
    static String fileName(Assessment assessment) {
        String slug = assessment.organisation().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "assessment" : slug) + "-" + assessment.date() + ".json";
    }
}
