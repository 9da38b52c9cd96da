package org.patientleadership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleadership.Problem;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.csv.CsvImport;
import org.patientleadership.csv.ImportResult;
import org.patientleadership.json.JsonFormat;

class ImportAndScoreTest {

    @Test
    void importsTheGoodRows_listsTheProblems_scoresAndWritesJson(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportAndScore.run(ImportAndScore.sample(), dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        ImportResult imported = CsvImport.read(ImportAndScore.sample());
        List<Assessment> good = imported.assessments();
        assertThat(good).hasSize(3);
        assertThat(out).startsWith("Imported 4 rows: 3 assessments read, 1 row with problems (kept out)");
        assertThat(imported.problems()).hasSize(3).allSatisfy(p -> assertThat(out).contains("   " + p));
        assertThat(imported.problems()).extracting(Problem::location).containsExactly("row 4, column date",
                "row 4, column point_12", "row 4, column point_30");
        for (Assessment a : good) {
            AssessmentResult expected = AssessmentResult.of(a);
            String overall = String.format(Locale.ROOT, "%.1f",
                    expected.scores().overall().value().getAsDouble());
            Path file = dir.resolve(ImportAndScore.fileName(a));
            assertThat(out).containsPattern(java.util.regex.Pattern.quote(a.organisation()) + " *\\| " + a.date()
                    + " *\\| " + overall.replace(".", "\\.") + " .*" + java.util.regex.Pattern.quote(
                    file.getFileName().toString()));
            assertThat(JsonFormat.read(Files.readAllBytes(file), AssessmentResult.class)).isEqualTo(expected);
        }
        assertThat(out).doesNotContain("Eastfield Community Health (fictional) |");
    }

    @Test
    void fileNames_areSlugsWithTheDate() {
        Assessment a = Assessment.builder("St Mary's & Co. (fictional)", java.time.LocalDate.of(2026, 1, 2)).build();
        assertThat(ImportAndScore.fileName(a)).isEqualTo("st-mary-s-co-fictional-2026-01-02.json");
    }
}
