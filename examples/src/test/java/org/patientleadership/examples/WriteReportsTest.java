package org.patientleadership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleadership.assessment.PlanItem;
import org.patientleadership.assessment.Planner;
import org.patientleadership.report.AssessmentReport;
import org.patientleadership.report.CohortReport;
import org.patientleadership.report.ProgressReport;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class WriteReportsTest {

    /** The committed example, relative to the examples module, where Maven runs the tests. */
    private static final Path DOCS = Path.of("..", "docs");
    /** Set this system property to rewrite the committed example instead of failing. */
    private static final String REGENERATE = "patientleadership.regenerate";

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void writesTheThreeReports_asHtmlAndMarkdown(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WriteReports.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        AssessmentReport flagship = WriteReports.flagship();
        ProgressReport progress = WriteReports.progress(
                CohortStudy.generate(CohortStudy.DEFAULT_SIZE, CohortStudy.SEED).toList());
        assertThat(out.lines().toList()).containsExactly(flagship.title(),
                "   " + dir.resolve("report-example.html"), "   " + dir.resolve("report-example.md"),
                progress.title(), "   " + dir.resolve("progress-example.html"),
                "   " + dir.resolve("progress-example.md"), "Cohort of 500 generated assessments",
                "   " + dir.resolve("cohort-example.html"), "   " + dir.resolve("cohort-example.md"));
        assertThat(Files.readString(dir.resolve("report-example.html"))).isEqualTo(flagship.html());
        assertThat(Files.readString(dir.resolve("progress-example.md"))).isEqualTo(progress.markdown())
                .contains("## Is the change real?").contains("Section 1: cohort of 500 assessments: raw alpha ")
                .containsPattern("measurement error");
        for (String name : List.of("report-example", "progress-example", "cohort-example")) {
            Document doc = parse(Files.readString(dir.resolve(name + ".html")));
            assertThat(doc.getElementsByTagNameNS("*", "svg").getLength()).as(name).isPositive();
            assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).as(name).isZero();
            assertThat(Files.readString(dir.resolve(name + ".md"))).as(name).startsWith("# ");
        }
        CohortReport cohort = CohortReport.of("Cohort of 500 generated assessments",
                CohortStudy.generate(CohortStudy.DEFAULT_SIZE, CohortStudy.SEED).toList());
        assertThat(Files.readString(dir.resolve("cohort-example.html"))).isEqualTo(cohort.html());
    }

    @Test
    void flagshipReport_showsTheSampleScoresRecommendationsAndLadders() throws Exception {
        AssessmentReport report = WriteReports.flagship();
        String text = parse(report.html()).getDocumentElement().getTextContent();
        assertThat(text).contains("Riverside Community NHS Trust (fictional)").contains("Discharge redesign group")
                .contains("Annual patient survey").contains("◀ here");
        for (PlanItem item : Planner.plan(SelfAssessment.request()).items()) {
            assertThat(text).contains(item.point().title() + " (point " + item.point().number() + ", section "
                    + item.point().section().number() + "; priority: ");
        }
        assertThat(text).contains("Skipped this year, so never planned: The future is digital (point 32).")
                .contains("Compared with the assessment of 2025-03-31.");
    }

    @Test
    void committedExample_isWhatTheCodeWrites() throws Exception {
        AssessmentReport report = WriteReports.flagship();
        Path html = DOCS.resolve("report-example.html");
        Path md = DOCS.resolve("report-example.md");
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(html, report.html(), StandardCharsets.UTF_8);
            Files.writeString(md, report.markdown(), StandardCharsets.UTF_8);
        }
        String hint = " is out of date; regenerate it with: ./mvnw -q -pl examples -am test "
                + "-Dtest=WriteReportsTest -Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE + "=true";
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).as("docs/report-example.html" + hint)
                .isEqualTo(report.html());
        assertThat(Files.readString(md, StandardCharsets.UTF_8)).as("docs/report-example.md" + hint)
                .isEqualTo(report.markdown());
    }
}
