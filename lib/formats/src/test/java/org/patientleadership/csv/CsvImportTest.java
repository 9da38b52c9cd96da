package org.patientleadership.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.patientleadership.csv.Samples.csv;
import static org.patientleadership.csv.Samples.plain;
import static org.patientleadership.csv.Samples.plainHeader;
import static org.patientleadership.csv.Samples.row;
import static org.patientleadership.csv.Samples.utf8;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;

class CsvImportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    private static Problem onlyProblem(byte[] file) {
        ImportResult result = CsvImport.read(file);
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    private static InvalidInputException refused(byte[] file) {
        return (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> CsvImport.read(file));
    }

    @Test
    void test_validRow_readsRatingsNotApplicableUnansweredRolesAndEvidence() {
        byte[] file = plain(Map.of("assessor_roles", " Board member ;Patient leader; ", "point_1", "3",
                "point_2", "na", "point_3", " 0 ", "point_1_evidence", "Board minutes, May", "point_2_evidence",
                "No such board"));
        ImportResult result = CsvImport.read(file);
        assertThat(result.problems()).isEmpty();
        assertThat(result.notes()).isEmpty();
        assertThat(result.orThrow()).containsExactly(Assessment.builder("North Trust", DAY)
                .assessorRoles("Board member", "Patient leader").rate(1, 3, "Board minutes, May")
                .add(org.patientleadership.assessment.Answer.notApplicable(2).withEvidence("No such board"))
                .rate(3, 0).build());
        RowResult row = result.rows().get(0);
        assertThat(row.row()).isEqualTo(2);
        assertThat(row.isRead()).isTrue();
        assertThat(row.redcap()).isEmpty();
    }

    @Test
    void test_headerNames_matchIgnoringCaseAndSpaces_inAnyOrder() {
        List<String> header = new ArrayList<>(plainHeader());
        java.util.Collections.reverse(header);
        header.replaceAll(h -> h.equals("organisation") ? " Organisation " : h.equals("date") ? "DATE" : h);
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(" Organisation ", "Trust");
        cells.put("DATE", "2026-03-31");
        cells.put("point_40", "4");
        List<Assessment> read = CsvImport.read(utf8(csv(List.of(header, row(header, cells))))).orThrow();
        assertThat(read).containsExactly(Assessment.builder("Trust", DAY).rate(40, 4).build());
    }

    @Test
    void test_unknownColumn_isAHeaderProblem_andTheRowsAreStillRead() {
        ImportResult result = CsvImport.read(plain(Map.of("point_41", "3")));
        assertThat(result.headerProblems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("row 1, column point_41");
            assertThat(p.value()).isEqualTo("point_41");
            assertThat(p.message()).contains("not part of the plain CSV format");
            assertThat(p.allowed()).contains("point_1 to point_40");
        });
        assertThat(result.assessments()).hasSize(1);
        assertThatThrownBy(result::orThrow).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("row 1, column point_41");
    }

    @Test
    void test_missingRequiredColumns_refuseTheFile_namingEach() {
        List<String> header = new ArrayList<>(plainHeader());
        header.remove("date");
        header.remove("point_12");
        InvalidInputException e = refused(utf8(csv(List.of(header, row(header, Map.of("organisation", "T"))))));
        assertThat(e.problems()).extracting(Problem::location).containsExactly("row 1", "row 1");
        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "the required column date is missing", "the required column point_12 is missing");
        assertThat(e.format()).isEqualTo(CsvImport.FORMAT);
    }

    @Test
    void test_duplicateColumn_refusesTheFile() {
        List<String> header = new ArrayList<>(plainHeader());
        header.add("Point_3");
        InvalidInputException e = refused(utf8(csv(List.of(header, row(header, Map.of())))));
        assertThat(e.location()).isEqualTo("row 1, column Point_3");
        assertThat(e.getMessage()).contains("appears more than once (columns 6 and 44)");
    }

    @Test
    void test_blankColumnName_refusesTheFile() {
        List<String> header = new ArrayList<>(plainHeader());
        header.add(2, " ");
        InvalidInputException e = refused(utf8(csv(List.of(header))));
        assertThat(e.location()).isEqualTo("row 1, column 3");
        assertThat(e.getMessage()).contains("column 3 has no name");
    }

    @Test
    void test_semicolonSeparatedFile_getsAHint() {
        InvalidInputException e = refused(utf8(String.join(";", plainHeader()) + "\nT;2026-03-31\n"));
        assertThat(e.problems().get(0).message()).contains("separate the columns with commas");
    }

    @Test
    void test_ratingOffTheScale_namesRowColumnValueAndLevels() {
        Problem p = onlyProblem(plain(Map.of("point_12", "7")));
        assertThat(p.location()).isEqualTo("row 2, column point_12");
        assertThat(p.value()).isEqualTo("7");
        assertThat(p.allowed()).containsExactly("0 not started", "1 planned", "2 in progress", "3 established",
                "4 embedded", "NA (not applicable)", "empty (unanswered)");
        assertThat(p.message()).isEqualTo("the rating 7 is not on the scale 'maturity'");
    }

    @Test
    void test_hugeAndNegativeNumbers_areOffTheScale() {
        assertThat(onlyProblem(plain(Map.of("point_1", "99999999999999999999999"))).message())
                .contains("is not on the scale");
        assertThat(onlyProblem(plain(Map.of("point_1", "-1"))).message()).contains("is not on the scale");
    }

    @Test
    void test_nonNumericRatings_areProblems_andALabelGetsAHint() {
        assertThat(onlyProblem(plain(Map.of("point_5", "3.0"))).message())
                .isEqualTo("the rating is not a whole number");
        assertThat(onlyProblem(plain(Map.of("point_5", "three"))).message())
                .isEqualTo("the rating is not a whole number");
        assertThat(onlyProblem(plain(Map.of("point_5", "Established"))).message())
                .isEqualTo("the rating is the label 'established'; give its value, 3, instead");
        assertThat(onlyProblem(plain(Map.of("point_5", "N/A"))).location()).isEqualTo("row 2, column point_5");
    }

    @Test
    void test_badDates_areProblems() {
        assertThat(onlyProblem(plain(Map.of("date", "31/03/2026"))).message())
                .isEqualTo("the date is not written YYYY-MM-DD");
        assertThat(onlyProblem(plain(Map.of("date", "2026-02-30"))).message())
                .isEqualTo("the date 2026-02-30 does not exist");
        Problem missing = onlyProblem(plain(Map.of("date", "")));
        assertThat(missing.location()).isEqualTo("row 2, column date");
        assertThat(missing.message()).isEqualTo("the date is missing");
    }

    @Test
    void test_blankOrganisation_isAProblem() {
        Problem p = onlyProblem(plain(Map.of("organisation", "  ")));
        assertThat(p.location()).isEqualTo("row 2, column organisation");
        assertThat(p.message()).isEqualTo("the organisation is blank");
    }

    @Test
    void test_evidenceWithoutRating_isAProblem() {
        Problem p = onlyProblem(plain(Map.of("point_7_evidence", "We did it")));
        assertThat(p.location()).isEqualTo("row 2, column point_7_evidence");
        assertThat(p.message()).contains("no rating");
    }

    @Test
    void test_raggedRows_areProblemsOfTheirRow() {
        String header = String.join(",", plainHeader());
        String good = "T,2026-03-31,," + ",".repeat(39);
        String file = header + "\n" + good + "\n" + good + ",extra\n" + "T,2026-03-31\n";
        ImportResult result = CsvImport.read(utf8(file));
        assertThat(result.rows()).extracting(RowResult::isRead).containsExactly(true, false, false);
        assertThat(result.problems()).extracting(Problem::location).containsExactly("row 3", "row 4");
        assertThat(result.problems().get(0).message()).isEqualTo("the row has 44 cells, but the header has 43 "
                + "columns; does a cell hold an unquoted comma?");
        assertThat(result.problems().get(1).message()).startsWith("the row has 2 cells");
        assertThat(result.assessments()).hasSize(1);
    }

    @Test
    void test_allProblemsOfARow_areListed_inColumnOrder() {
        byte[] file = plain(Map.of("organisation", "", "date", "x", "point_2", "9", "point_1", "y"));
        ImportResult result = CsvImport.read(file);
        assertThat(result.rows().get(0).problems()).extracting(Problem::location).containsExactly(
                "row 2, column organisation", "row 2, column date", "row 2, column point_1",
                "row 2, column point_2");
        assertThat(result.rows().get(0).assessment()).isEmpty();
    }

    @Test
    void test_keepGoodRows_orAllOrNothing() {
        List<String> header = plainHeader();
        byte[] file = utf8(csv(List.of(header,
                row(header, Map.of("organisation", "A", "date", "2026-01-01", "point_1", "1")),
                row(header, Map.of("organisation", "B", "date", "2026-01-02", "point_1", "5")),
                row(header, Map.of("organisation", "C", "date", "2026-01-03", "point_1", "2")))));
        ImportResult result = CsvImport.read(file);
        assertThat(result.assessments()).extracting(Assessment::organisation).containsExactly("A", "C");
        assertThat(result.hasProblems()).isTrue();
        assertThatThrownBy(result::orThrow).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).location()).isEqualTo("row 3, column point_1"));
    }

    @Test
    void test_blankRows_areSkippedWithANote() {
        String header = String.join(",", plainHeader());
        String file = header + "\n" + "T,2026-03-31" + ",".repeat(41) + "\n\n" + ",".repeat(42) + "\n";
        ImportResult result = CsvImport.read(utf8(file));
        assertThat(result.rows()).extracting(RowResult::isSkipped).containsExactly(false, true, true);
        assertThat(result.notes()).extracting(Problem::location).containsExactly("row 3", "row 4");
        assertThat(result.notes()).extracting(Problem::message).containsOnly("the row is blank");
        assertThat(result.orThrow()).hasSize(1);
    }

    @Test
    void test_headerOnly_givesNoRows() {
        ImportResult result = CsvImport.read(utf8(String.join(",", plainHeader()) + "\n"));
        assertThat(result.rows()).isEmpty();
        assertThat(result.orThrow()).isEmpty();
    }

    @Test
    void test_quotedCellsWithCommasAndLineBreaks_stayInTheirRow() {
        List<String> header = new ArrayList<>(plainHeader());
        header.add("point_1_evidence");
        byte[] file = utf8(csv(List.of(header, row(header, Map.of("organisation", "North, \"East\"", "date",
                "2026-03-31", "point_1", "2", "point_1_evidence", "line one\r\nline two")), row(header, Map.of(
                "organisation", "", "date", "2026-03-31")))));
        ImportResult result = CsvImport.read(file);
        assertThat(result.assessments().get(0).organisation()).isEqualTo("North, \"East\"");
        assertThat(result.assessments().get(0).answer(1).orElseThrow().evidence()).contains("line one\r\nline two");
        assertThat(result.problems()).extracting(Problem::location).containsExactly("row 3, column organisation");
    }

    @Test
    void test_crlfLineEnds_andUtf8ByteOrderMark_areAccepted() {
        String text = new String(plain(Map.of("point_1", "1")), StandardCharsets.UTF_8).replace("\n", "\r\n");
        byte[] withBom = utf8("\uFEFF" + text);
        assertThat(CsvImport.read(withBom).orThrow()).containsExactly(Assessment.builder("North Trust", DAY)
                .rate(1, 1).build());
    }

    @Test
    void test_utf16_isRefused() {
        byte[] utf16 = ("\uFEFF" + String.join(",", plainHeader())).getBytes(StandardCharsets.UTF_16LE);
        assertThat(refused(utf16).getMessage()).contains("UTF-16");
        byte[] noBom = String.join(",", plainHeader()).getBytes(StandardCharsets.UTF_16LE);
        assertThat(refused(noBom).getMessage()).contains("NUL");
    }

    @Test
    void test_invalidUtf8_andEmptyFiles_areRefused() {
        assertThat(refused(new byte[] {'a', (byte) 0xC3, '\n'}).getMessage()).contains("not valid UTF-8");
        assertThat(refused(new byte[0]).getMessage()).contains("empty");
        assertThat(refused(utf8(" \n\n")).getMessage()).contains("empty");
    }

    @Test
    void test_unclosedQuote_refusesTheFile_atItsRow() {
        String text = new String(plain(Map.of()), StandardCharsets.UTF_8) + "\"Trust,2026-03-31\n";
        InvalidInputException e = refused(utf8(text));
        assertThat(e.location()).isEqualTo("row 3");
        assertThat(e.getMessage()).contains("cannot be read as CSV").contains("Missing closing quote");
    }

    @Test
    void test_limits_bytesRowsColumnsAndCells() {
        byte[] file = plain(Map.of("point_3_evidence", "x".repeat(50), "point_3", "1"));
        assertThat(catchRead(file, CsvLimits.DEFAULT.withMaxBytes(100)).getMessage()).contains("too large");
        List<String> header = plainHeader();
        byte[] twoRows = utf8(csv(List.of(header, row(header, Map.of("organisation", "A", "date", "2026-01-01")),
                row(header, Map.of("organisation", "B", "date", "2026-01-01")))));
        InvalidInputException rows = catchRead(twoRows, CsvLimits.DEFAULT.withMaxRows(1));
        assertThat(rows.location()).isEqualTo("row 3");
        assertThat(rows.getMessage()).contains("more than 1 data rows");
        assertThat(catchRead(twoRows, CsvLimits.DEFAULT.withMaxColumns(42)).getMessage())
                .contains("more than 42 columns");
        ImportResult cells = CsvImport.read(file, RatingScale.MATURITY, CsvLimits.DEFAULT.withMaxCellLength(20));
        assertThat(cells.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("row 2, column point_3_evidence");
            assertThat(p.message()).isEqualTo("the cell has 50 characters");
            assertThat(p.allowed()).containsExactly("at most 20 characters");
        });
    }

    @Test
    void test_tooManyProblems_stopTheImport() {
        List<String> header = plainHeader();
        List<List<String>> rows = new ArrayList<>(List.of(header));
        for (int i = 0; i < 5; i++) {
            rows.add(row(header, Map.of("organisation", "", "date", "x")));
        }
        InvalidInputException e = catchRead(utf8(csv(rows)), CsvLimits.DEFAULT.withMaxProblems(5));
        assertThat(e.problems()).hasSize(6);
        assertThat(e.location()).isEqualTo("row 2, column organisation");
        assertThat(e.problems().get(5).message()).isEqualTo("the file has more than 5 problems; the import "
                + "stopped at row 4");
    }

    @Test
    void test_otherScale_isUsedForRatingsAndMessages() {
        RatingScale yesNo = new RatingScale("yes-no", "Yes or no", List.of(
                new RatingLevel(1, "no", "no", "Not done."), new RatingLevel(2, "yes", "yes", "Done.")));
        ImportResult result = CsvImport.read(plain(Map.of("point_1", "2", "point_2", "0")), yesNo, CsvLimits.DEFAULT);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("the rating 0 is not on the scale 'yes-no'");
            assertThat(p.allowed()).startsWith("1 no", "2 yes");
        });
    }

    @Test
    void test_inputStream_isReadToTheLimit() {
        byte[] file = plain(Map.of("point_1", "4"));
        assertThat(CsvImport.read(new ByteArrayInputStream(file)).orThrow()).hasSize(1);
        assertThatThrownBy(() -> CsvImport.read(new ByteArrayInputStream(file), RatingScale.MATURITY,
                CsvLimits.DEFAULT.withMaxBytes(10))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void test_limitsAndRowResults_checkTheirArguments() {
        assertThatThrownBy(() -> new CsvLimits(0, 1, 1, 1, 1)).hasMessageContaining("maxBytes");
        assertThatThrownBy(() -> CsvLimits.DEFAULT.withMaxRows(0)).hasMessageContaining("maxRows");
        assertThatThrownBy(() -> RowResult.skipped(1, "x", java.util.Optional.empty()))
                .hasMessageContaining("numbered from 2");
        assertThatThrownBy(() -> RowResult.failed(2, List.of(), java.util.Optional.empty()))
                .hasMessageContaining("exactly one");
        assertThat(CsvImport.pointColumn(7)).isEqualTo("point_7");
        assertThat(CsvImport.evidenceColumn(40)).isEqualTo("point_40_evidence");
        assertThatThrownBy(() -> CsvImport.pointColumn(41)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CsvImport.header()).hasSize(83).startsWith("organisation", "date", "assessor_roles", "point_1",
                "point_1_evidence");
        assertThat(Arrays.asList(RedcapExport.pointVariable(7), RedcapExport.evidenceVariable(12)))
                .containsExactly("point_07", "point_12_evidence");
    }

    private static InvalidInputException catchRead(byte[] file, CsvLimits limits) {
        return (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
                () -> CsvImport.read(file, RatingScale.MATURITY, limits));
    }
}
