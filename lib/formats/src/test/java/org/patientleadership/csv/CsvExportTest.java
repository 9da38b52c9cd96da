package org.patientleadership.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;

class CsvExportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    @Test
    void test_write_headerThenOneRowPerAssessment() {
        Assessment a = Assessment.builder("North, \"East\" Trust", DAY).assessorRoles("Board member", "Patient leader")
                .rate(1, 3, "Minutes of May").notApplicable(2).build();
        List<String> lines = CsvExport.write(List.of(a)).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(String.join(",", CsvImport.header()));
        assertThat(lines.get(1)).startsWith("\"North, \"\"East\"\" Trust\",2026-03-31,Board member; Patient leader,"
                + "3,Minutes of May,NA,,,");
        assertThat(lines.get(1).chars().filter(c -> c == ',').count()).as("82 separators, 1 quoted comma")
                .isEqualTo(83);
    }

    @Test
    void test_write_roundTrips() {
        List<Assessment> written = List.of(Assessment.builder("A", DAY).rate(40, 4, "line\nbreak").build(),
                Assessment.builder("B", DAY.plusDays(1)).assessorRoles("Chair").build());
        byte[] bytes = CsvExport.write(written).getBytes(StandardCharsets.UTF_8);
        assertThat(CsvImport.read(bytes).orThrow()).isEqualTo(written);
        assertThat(CsvImport.read(CsvExport.write(List.of()).getBytes(StandardCharsets.UTF_8)).orThrow()).isEmpty();
    }

    @Test
    void test_write_refusesWhatCannotBeReadBack() {
        RatingScale other = new RatingScale("yes-no", "Yes or no", List.of(
                new RatingLevel(0, "no", "no", "Not done."), new RatingLevel(1, "yes", "yes", "Done.")));
        Assessment maturity = Assessment.builder("A", DAY).build();
        Assessment yesNo = Assessment.builder("B", DAY).scale(other).build();
        assertThatThrownBy(() -> CsvExport.write(List.of(maturity, yesNo)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one scale");
        assertThatThrownBy(() -> CsvExport.write(List.of(Assessment.builder("A", DAY).assessorRoles("x; y")
                .build()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x; y'");
        assertThatThrownBy(() -> RedcapExport.records(List.of(Assessment.builder("A", LocalDate.of(10_000, 1, 1))
                .build()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> CsvExport.write(null)).isInstanceOf(NullPointerException.class);
    }
}
