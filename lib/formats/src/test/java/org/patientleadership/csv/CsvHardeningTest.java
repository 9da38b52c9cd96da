package org.patientleadership.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.patientleadership.csv.Samples.cells;
import static org.patientleadership.csv.Samples.csv;
import static org.patientleadership.csv.Samples.redcapHeader;
import static org.patientleadership.csv.Samples.row;
import static org.patientleadership.csv.Samples.utf8;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;
import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingScale;

/** Regression tests of issue 15: formula cells, REDCap instrument labels and missing-data codes, header names. */
class CsvHardeningTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
    private static final CsvOptions EXACT = CsvOptions.DEFAULT.withFormulas(CsvOptions.Formulas.EXACT);

    private static Assessment hostile(String text) {
        return Assessment.builder(text, DAY).assessorRoles(text, "Board").rate(1, 2, text).build();
    }

    private static List<String> dataRow(String csv) {
        return Table.read(utf8(csv), CsvLimits.DEFAULT, "test").rows().get(0).cells();
    }

    // Defect 2: formula injection

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "'=1", "''+x"})
    void test_export_neutralisesFormulaCells_byDefault(String text) {
        List<String> cells = dataRow(CsvExport.write(List.of(hostile(text))));
        assertThat(cells.get(0)).isEqualTo("'" + text);
        assertThat(cells.get(2)).isEqualTo("'" + text + "; Board");
        assertThat(cells.get(4)).isEqualTo("'" + text);
        List<String> redcap = dataRow(RedcapExport.records(List.of(hostile(text))));
        assertThat(redcap.get(1)).isEqualTo("'" + text);
        assertThat(redcap.get(3)).isEqualTo("'" + text + "; Board");
        assertThat(redcap.get(5)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "'=1", "''+x", "'quoted'",
        "plain"})
    void test_roundTrip_isExact_inBothModes(String text) {
        Assessment a = hostile(text);
        assertThat(CsvImport.read(utf8(CsvExport.write(List.of(a))))
                .orThrow()).containsExactly(a);
        assertThat(CsvImport.read(utf8(CsvExport.write(List.of(a), EXACT)), RatingScale.MATURITY, CsvLimits.DEFAULT,
                EXACT).orThrow()).containsExactly(a);
        assertThat(RedcapImport.read(utf8(RedcapExport.records(List.of(a))))
                .orThrow()).containsExactly(a);
        assertThat(RedcapImport.read(utf8(RedcapExport.records(List.of(a), EXACT)), RatingScale.MATURITY,
                CsvLimits.DEFAULT, EXACT).orThrow()).containsExactly(a);
    }

    @Test
    void test_exactMode_writesCellsAsTheyAre() {
        assertThat(dataRow(CsvExport.write(List.of(hostile("=1+1")), EXACT)).get(0)).isEqualTo("=1+1");
        assertThat(dataRow(CsvExport.write(List.of(hostile("'quoted")))).get(0)).isEqualTo("'quoted");
    }

    // Defect 4: a REDCap export matching nothing

    private static List<String> repeatingHeader() {
        List<String> header = new ArrayList<>(List.of("record_id", "redcap_repeat_instrument",
                "redcap_repeat_instance"));
        header.addAll(RedcapExport.LAYOUT.all());
        header.add(RedcapExport.COMPLETE);
        return header;
    }

    private static Map<String, String> checklist(String instrument, String instance) {
        return cells("record_id", "1", "redcap_repeat_instrument", instrument, "redcap_repeat_instance", instance,
                "organisation", "North Trust", "assessment_date", "2026-03-31", "point_01", "3");
    }

    @Test
    void test_redcap_instrumentLabel_isAccepted_whenUnambiguous() {
        List<String> h = repeatingHeader();
        ImportResult result = RedcapImport.read(utf8(csv(List.of(h, row(h, cells("record_id", "1")),
                row(h, checklist("Patient Leadership Checklist", "1")), row(h, checklist("patient leadership "
                        + "checklist", "2"))))));
        assertThat(result.problems()).isEmpty();
        assertThat(result.assessments()).hasSize(2);
        assertThat(result.rows().get(1).redcap().orElseThrow().repeatInstance()).hasValue(1);
    }

    @Test
    void test_redcap_nothingMatched_isAProblem_namingWhatWasSeen() {
        List<String> h = repeatingHeader();
        ImportResult result = RedcapImport.read(utf8(csv(List.of(h, row(h, checklist("Checklist v2", "1")),
                row(h, checklist("visit_log", "1"))))));
        assertThat(result.assessments()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        Problem p = result.problems().get(0);
        assertThat(p.location()).isEqualTo("row 1, column redcap_repeat_instrument");
        assertThat(p.value()).isEqualTo("Checklist v2, visit_log");
        assertThat(p.message()).contains("Checklist v2, visit_log").contains(RedcapExport.FORM);
        assertThat(p.allowed()).contains(RedcapExport.FORM);
        assertThatThrownBy(result::orThrow).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void test_redcap_labelBesideTheName_isAmbiguous_andSkippedWithANote() {
        List<String> h = repeatingHeader();
        ImportResult result = RedcapImport.read(utf8(csv(List.of(h, row(h, checklist(RedcapExport.FORM, "1")),
                row(h, checklist("Patient Leadership Checklist", "2"))))));
        assertThat(result.problems()).isEmpty();
        assertThat(result.assessments()).hasSize(1);
        assertThat(result.rows().get(1).skipped().orElseThrow()).contains("ambiguous");
    }

    @Test
    void test_redcap_rowsWithoutChecklistData_areAProblem_butAHeaderOnlyFileIsNot() {
        List<String> h = redcapHeader();
        ImportResult none = RedcapImport.read(utf8(csv(List.of(h, row(h, cells("record_id", "1"))))));
        assertThat(none.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("no row holds data of the " + RedcapExport.FORM));
        assertThat(RedcapImport.read(utf8(csv(List.of(h)))).orThrow()).isEmpty();
    }

    // Defect 5: missing-data codes

    private static byte[] coded(String point1, String point2) {
        List<String> h = redcapHeader();
        return utf8(csv(List.of(h, row(h, cells("record_id", "1", "organisation", "North Trust", "assessment_date",
                "2026-03-31", "point_01", point1, "point_02", point2, "point_03", "2")))));
    }

    @Test
    void test_redcap_missingDataCodes_readAsUnanswered_keepingTheCode() {
        ImportResult result = RedcapImport.read(coded("UNK", "NASK"));
        assertThat(result.problems()).isEmpty();
        Assessment a = result.orThrow().get(0);
        assertThat(a.answer(1)).isEmpty();
        assertThat(a.answer(2)).isEmpty();
        assertThat(a.answer(3)).hasValue(Answer.rated(3, 2));
        assertThat(result.rows().get(0).missingData()).containsExactly(Map.entry(1, "UNK"), Map.entry(2, "NASK"));
        assertThat(result.notes()).extracting(Problem::location).containsExactly("row 2, column point_01",
                "row 2, column point_02");
        assertThat(result.notes().get(0).message()).contains("missing-data code UNK").contains("unanswered");
    }

    @Test
    void test_redcap_missingDataCodes_canReadAsNotApplicable_andProjectCodesAreRead() {
        CsvOptions options = CsvOptions.DEFAULT.withMissingDataCodes(Set.of("-999", "UNK"))
                .withMissingDataAs(CsvOptions.MissingData.NOT_APPLICABLE);
        ImportResult result = RedcapImport.read(coded("-999", "UNK"), RatingScale.MATURITY, CsvLimits.DEFAULT,
                options);
        Assessment a = result.orThrow().get(0);
        assertThat(a.answer(1)).hasValue(Answer.notApplicable(1));
        assertThat(a.answer(2)).hasValue(Answer.notApplicable(2));
        assertThat(result.notes().get(0).message()).contains("-999").contains("not applicable");
        assertThat(RedcapImport.read(coded("-999", "")).problems()).singleElement()
                .satisfies(p -> assertThat(p.location()).isEqualTo("row 2, column point_01"));
    }

    @Test
    void test_redcap_NA_staysNotApplicable_andCodesMayNotBeRatingsOrNA() {
        ImportResult result = RedcapImport.read(coded("NA", "OTH"));
        assertThat(result.orThrow().get(0).answer(1)).hasValue(Answer.notApplicable(1));
        assertThat(result.rows().get(0).missingData()).containsOnlyKeys(2);
        assertThatThrownBy(() -> CsvOptions.DEFAULT.withMissingDataCodes(Set.of("na")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not applicable");
        assertThatThrownBy(() -> CsvOptions.DEFAULT.withMissingDataCodes(Set.of("not known")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without spaces");
        assertThatThrownBy(() -> RedcapImport.read(coded("", ""), RatingScale.MATURITY, CsvLimits.DEFAULT,
                CsvOptions.DEFAULT.withMissingDataCodes(Set.of("2")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("also a rating");
    }

    @Test
    void test_plainCsv_doesNotReadMissingDataCodes() {
        assertThat(CsvImport.read(Samples.plain(Map.of("point_1", "UNK"))).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not a whole number"));
    }

    // Defect 6: header messages

    @Test
    void test_missingColumn_saysItOnce() {
        List<String> header = Samples.plainHeader();
        header.remove("point_2");
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() ->
                CsvImport.read(utf8(csv(List.of(header)))));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.toString()).isEqualTo("row 1: the required column point_2 is missing");
            assertThat(p.allowed()).isEmpty();
        });
    }

    @Test
    void test_headerNameWithALineBreak_isShownEscaped_inLocations() {
        List<String> header = Samples.plainHeader();
        header.add("note\nline two\u202E");
        ImportResult result = CsvImport.read(utf8(csv(List.of(header))));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("row 1, column note\\nline two\\u202E");
            assertThat(p.location()).doesNotContain("\n");
        });
        List<String> twice = Samples.plainHeader();
        twice.add("a\r\nb");
        twice.add("A\r\nB");
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() ->
                CsvImport.read(utf8(csv(List.of(twice)))));
        assertThat(e.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("row 1, column A\\r\\nB: the column A\\r\\nB appears more than once"));
    }
}
