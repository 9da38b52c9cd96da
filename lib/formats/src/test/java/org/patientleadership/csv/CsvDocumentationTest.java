package org.patientleadership.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.patientleadership.assessment.RatingScale;

/** docs/csv.md documents the formats as the code implements them. */
class CsvDocumentationTest {

    private static String doc() throws IOException {
        return Files.readString(Path.of("..", "..", "docs", "csv.md"), StandardCharsets.UTF_8);
    }

    @Test
    void test_doc_showsTheChoicesTheDictionaryWrites() throws IOException {
        assertThat(doc()).contains("\n" + RedcapExport.choices(RatingScale.MATURITY) + "\n");
    }

    @Test
    void test_doc_namesEveryColumnOfBothFormats() throws IOException {
        String doc = doc();
        for (String column : new String[] {CsvImport.ORGANISATION, CsvImport.DATE, CsvImport.ASSESSOR_ROLES,
                "point_1", "point_40_evidence", RedcapExport.RECORD_ID, RedcapExport.ASSESSMENT_DATE,
                RedcapExport.RATING_GUIDE, RedcapExport.COMPLETE, RedcapImport.EVENT, RedcapImport.REPEAT_INSTRUMENT,
                RedcapImport.REPEAT_INSTANCE, "point_01_evidence"}) {
            assertThat(doc).as(column).contains("`" + column);
        }
        assertThat(doc).contains("-Dpatientleadership.regenerate=true");
    }

    @Test
    void test_doc_statesTheDefaultLimits() throws IOException {
        String doc = doc();
        assertThat(CsvLimits.DEFAULT).isEqualTo(new CsvLimits(8 * 1024 * 1024, 50_000, 5_000, 10_000, 10_000));
        assertThat(doc).contains("| `maxBytes` | 8 MiB |", "| `maxRows` (data rows) | 50,000 |",
                "| `maxColumns` | 5,000", "| `maxCellLength` (characters) | 10,000 |", "| `maxProblems` | 10,000;");
    }
}
