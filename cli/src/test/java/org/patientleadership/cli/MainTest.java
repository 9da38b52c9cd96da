package org.patientleadership.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.assessment.ScoringOptions;
import org.patientleadership.csv.CsvImport;
import org.patientleadership.csv.RedcapExport;
import org.patientleadership.fhir.FhirQuestionnaire;
import org.patientleadership.json.JsonFormat;
import org.patientleadership.report.AssessmentReport;
import org.patientleadership.report.CohortReport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Runs the command as a user would and checks what it prints, writes and exits with. */
class MainTest {

    static final Path SAMPLES = Path.of("samples");
    static final Path RIVERSIDE = SAMPLES.resolve("riverside-2026.json");
    static final Path RIVERSIDE_2025 = SAMPLES.resolve("riverside-2025.fhir.json");
    static final Path REGION = SAMPLES.resolve("region-2026.csv");

    @TempDir
    Path tmp;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static Assessment riverside() throws Exception {
        return JsonFormat.read(Files.readAllBytes(RIVERSIDE), Assessment.class);
    }

    @Test
    void score_printsTheTable_andTheNextSteps_inPlainWords() {
        Run r = run("score", RIVERSIDE.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Riverside Community NHS Trust (fictional), assessed on 2026-03-31")
                .contains("Overall: 38 of 39 answered; one point marked not applicable.")
                .contains("Next steps (foundations first):")
                .contains("1. Map it out (point 25; high priority)")
                .contains("Why: Rated 1 (planned) out of 4;")
                .doesNotContain("HIGH").doesNotContain("row ");
        assertThat(r.out().lines().filter(l -> l.matches("[0-9]\\. .*\\(point [0-9]+; .*"))).hasSize(5);
    }

    @Test
    void score_steps_changesHowManyAreListed() {
        Run r = run("score", RIVERSIDE.toString(), "--steps", "2");
        assertThat(r.out().lines().filter(l -> l.matches("[0-9]\\. .*\\(point [0-9]+; .*"))).hasSize(2);
        assertThat(run("score", RIVERSIDE.toString(), "-n", "0").out()).doesNotContain("Next steps");
    }

    @Test
    void score_json_isTheLibrarysResultDocument() throws Exception {
        Run r = run("score", RIVERSIDE.toString(), "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(JsonFormat.write(AssessmentResult.of(riverside(), ScoringOptions.DEFAULT, 5))
                + "\n");
        assertThat(JsonFormat.read(r.out(), AssessmentResult.class).organisation())
                .isEqualTo("Riverside Community NHS Trust (fictional)");
    }

    @Test
    void score_csvOfMany_givesSevenRowsPerAssessment() throws Exception {
        Run r = run("score", REGION.toString(), "--format", "csv");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        int assessments = CsvImport.read(Files.readAllBytes(REGION)).orThrow().size();
        assertThat(lines).hasSize(1 + 7 * assessments);
        assertThat(lines.get(0)).isEqualTo("organisation,date,section_number,section,score,band,answered,applicable,"
                + "not_applicable");
        assertThat(lines.get(7)).isEqualTo("Riverside Community NHS Trust (fictional),2026-03-31,,Overall,44.7,"
                + "Making a start,38,39,1");
    }

    @Test
    void score_html_toAFile_isTheLibrarysReport() throws Exception {
        Path file = tmp.resolve("report.html");
        Run r = run("score", RIVERSIDE.toString(), "--format", "html", "--output", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(AssessmentReport.of(riverside()).html());
        assertThat(Files.list(tmp)).containsExactly(file);
    }

    @Test
    void score_markdown() throws Exception {
        Run r = run("score", RIVERSIDE.toString(), "-f", "MD");
        assertThat(r.out()).isEqualTo(AssessmentReport.of(riverside()).markdown());
        assertThat(run("score", RIVERSIDE.toString(), "-f", "md", "--steps", "0").out())
                .isEqualTo(AssessmentReport.of(riverside()).withoutPlan().markdown()).doesNotContain("## Plan");
        assertThat(run("score", RIVERSIDE.toString(), "-f", "md", "--steps", "12").out())
                .contains("\n12. **").contains("### Later");
    }

    @Test
    void formats_areWorkedOutFromTheFile_orSetByAFlag() throws Exception {
        Assessment a = riverside();
        Path fhir = tmp.resolve("response.txt");
        Files.writeString(fhir, FhirQuestionnaire.toResponse(a));
        Path redcap = tmp.resolve("export.csv");
        Files.writeString(redcap, RedcapExport.records(List.of(a)));
        String expected = run("score", RIVERSIDE.toString()).out();
        assertThat(run("score", fhir.toString()).out()).isEqualTo(expected);
        assertThat(run("score", redcap.toString()).out()).isEqualTo(expected);
        assertThat(run("score", redcap.toString(), "--input-format", "redcap").out()).isEqualTo(expected);
        assertThat(run("score", RIVERSIDE_2025.toString()).out()).contains("assessed on 2025-03-31");
        Run wrong = run("score", redcap.toString(), "--input-format", "csv");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).startsWith("patient-leadership: " + redcap + ": cannot be read as CSV assessments");
    }

    @Test
    void badJson_namesTheFileAndPointer_exitsWithOne_andWritesNothing() throws Exception {
        String json = Files.readString(RIVERSIDE).replaceFirst("\"rating\": 3", "\"rating\": 7");
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, json);
        Path target = tmp.resolve("report.html");
        Files.writeString(target, "the old report");
        Run r = run("score", bad.toString(), "--format", "html", "--output", target.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("patient-leadership: " + bad + ": cannot be read as JSON assessment (1 problem):")
                .contains("/answers/0/rating").contains("allowed: 0 to 4").contains("Nothing was written.");
        assertThat(Files.readString(target)).isEqualTo("the old report");
        assertThat(Files.list(tmp)).containsExactlyInAnyOrder(bad, target);
    }

    @Test
    void badCsv_namesTheRowAndColumn() throws Exception {
        String csv = Files.readString(REGION);
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, csv.replaceFirst("2026-03-31", "2026-02-30"));
        Run r = run("cohort", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(bad.toString()).contains("row 2, column date")
                .contains("the date 2026-02-30 does not exist");
    }

    @Test
    void missingOrEmptyFiles_andMissingFolders_areNamed() throws Exception {
        Run missing = run("score", tmp.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("patient-leadership: " + tmp.resolve("nope.json") + ": no such file\n");
        Path empty = Files.writeString(tmp.resolve("empty.csv"), "  \n");
        assertThat(run("score", empty.toString()).err()).contains("the file is empty");
        Run folder = run("score", RIVERSIDE.toString(), "-o", tmp.resolve("no/such/report.txt").toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err()).contains("cannot be written: the folder").contains("does not exist");
    }

    @Test
    void usageErrors_exitWithTwo_andSayWhereHelpIs() {
        for (String[] args : List.of(new String[] {}, new String[] {"score"},
                new String[] {"score", "x.json", "--format", "pdf"}, new String[] {"score", "x.json", "--steps", "41"},
                new String[] {"scor", "x.json"})) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("patient-leadership: ").contains("--help' for the options and examples");
        }
        assertThat(run("score", "x.json", "-f", "pdf").err())
                .contains("'pdf' is not an output format; use table, json, csv, html or md");
    }

    @Test
    void help_showsExamples_forEveryCommand() {
        Run top = run("--help");
        assertThat(top.code()).isZero();
        assertThat(top.out()).contains("Commands:").contains("score").contains("cohort").contains("change")
                .contains("Examples:").contains("Exit codes: 0 done, 1 bad input file");
        for (String command : List.of("score", "cohort", "change")) {
            Run r = run(command, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Examples:").contains("  patient-leadership " + command + " ")
                    .contains("--format").contains("--output");
        }
    }

    @Test
    void cohort_tableJsonAndHtml() throws Exception {
        Run t = run("cohort", REGION.toString());
        assertThat(t.code()).isZero();
        assertThat(t.out()).startsWith("Cohort of 12 assessments (region-2026.csv)")
                .contains("1. Introduction and background").contains("Points rated lowest on average:");
        JsonNode json = new ObjectMapper().readTree(run("cohort", REGION.toString(), "-f", "json").out());
        assertThat(json.get("assessments").asInt()).isEqualTo(12);
        assertThat(json.get("sections")).hasSize(6);
        assertThat(json.get("points")).hasSize(40);
        assertThat(json.get("overall").get("count").asInt()).isEqualTo(12);
        List<Assessment> all = CsvImport.read(Files.readAllBytes(REGION)).orThrow();
        assertThat(run("cohort", REGION.toString(), "-f", "html", "--title", "Region").out())
                .isEqualTo(CohortReport.of("Region", all).html());
        assertThat(run("cohort", REGION.toString(), RIVERSIDE.toString()).out()).startsWith("Cohort of 13 ");
    }

    @Test
    void change_betweenTwoYears() {
        Run r = run("change", RIVERSIDE_2025.toString(), RIVERSIDE.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Riverside Community NHS Trust (fictional): 2025-03-31 to 2026-03-31")
                .contains("Overall                                    40.8   44.7    +3.9")
                .contains("Improved: 10 points").contains("Fell back: 4 points")
                .contains("- Get strategic (point 12): rated 3, now 4");
        assertThat(run("change", RIVERSIDE_2025.toString(), RIVERSIDE.toString(), "-f", "csv").out().lines())
                .hasSize(41).contains("12,Get strategic,3,4,1");
        Run backwards = run("change", RIVERSIDE.toString(), RIVERSIDE_2025.toString());
        assertThat(backwards.code()).isEqualTo(1);
        assertThat(backwards.err()).contains(RIVERSIDE.toString()).contains("later assessment");
        Run many = run("change", REGION.toString(), RIVERSIDE.toString());
        assertThat(many.code()).isEqualTo(1);
        assertThat(many.err()).contains("holds 12 assessments, but this command takes one per file");
    }

    @Test
    void csvOutput_quotesCells_andDisarmsFormulas() {
        String csv = new CsvText("a", "b").row(List.of("=SUM(A1)", "x, \"y\"")).row(List.of("-1.5", "+x")).toString();
        assertThat(csv).isEqualTo("a,b\r\n'=SUM(A1),\"x, \"\"y\"\"\"\r\n-1.5,'+x\r\n");
    }

    @Test
    void samples_areValidInTheirFormats() throws Exception {
        assertThat(InputFormat.detect(Files.readAllBytes(RIVERSIDE))).isEqualTo(InputFormat.JSON);
        assertThat(InputFormat.detect(Files.readAllBytes(RIVERSIDE_2025))).isEqualTo(InputFormat.FHIR);
        assertThat(InputFormat.detect(Files.readAllBytes(REGION))).isEqualTo(InputFormat.CSV);
        assertThat(new String(Files.readAllBytes(REGION), StandardCharsets.UTF_8)).startsWith("organisation,");
    }
}
