package org.patientleadership.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.patientleadership.csv.Samples.cells;
import static org.patientleadership.csv.Samples.csv;
import static org.patientleadership.csv.Samples.redcapHeader;
import static org.patientleadership.csv.Samples.row;
import static org.patientleadership.csv.Samples.utf8;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;
import org.patientleadership.assessment.Assessment;

class RedcapImportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
    private static final String FORM = RedcapExport.FORM;

    /** A longitudinal project with a repeating checklist, another repeating form and another field. */
    private static List<String> longitudinalHeader() {
        List<String> header = new ArrayList<>(List.of("study_id", "redcap_event_name", "redcap_repeat_instrument",
                "redcap_repeat_instance", "age"));
        header.addAll(RedcapExport.LAYOUT.all());
        header.addAll(List.of(RedcapExport.COMPLETE, "visit_log_complete"));
        return header;
    }

    private static byte[] oneRecord(String... pairs) {
        Map<String, String> all = cells("record_id", "1", "organisation", "North Trust", "assessment_date",
                "2026-03-31");
        all.putAll(cells(pairs));
        List<String> header = redcapHeader();
        return utf8(csv(List.of(header, row(header, all))));
    }

    private static Problem onlyProblem(byte[] file) {
        List<Problem> problems = RedcapImport.read(file).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void test_longitudinalExport_eachRowWithChecklistDataIsOneAssessment_othersSkippedWithANote() {
        List<String> h = longitudinalHeader();
        byte[] file = utf8(csv(List.of(h,
                row(h, cells("study_id", "1", "redcap_event_name", "baseline_arm_1", "age", "40",
                        "organisation", "A", "assessment_date", "2026-01-10", "assessor_roles", "Board member",
                        "point_01", "3", "point_01_evidence", "Minutes", "point_02", "NA", RedcapExport.COMPLETE,
                        "2")),
                row(h, cells("study_id", "1", "redcap_event_name", "baseline_arm_1", "redcap_repeat_instrument",
                        "visit_log", "redcap_repeat_instance", "1", "visit_log_complete", "0")),
                row(h, cells("study_id", "1", "redcap_event_name", "followup_arm_1", RedcapExport.COMPLETE, "0")),
                row(h, cells("study_id", "2", "redcap_event_name", "baseline_arm_1", "redcap_repeat_instrument",
                        FORM, "redcap_repeat_instance", "1", "organisation", "B", "assessment_date", "2026-02-01",
                        "point_40", "4", RedcapExport.COMPLETE, "1")),
                row(h, cells("study_id", "2", "redcap_event_name", "baseline_arm_1", "redcap_repeat_instrument",
                        FORM, "redcap_repeat_instance", "2", "organisation", "B", "assessment_date", "2026-03-01",
                        "point_40", "3", RedcapExport.COMPLETE, "0")))));
        ImportResult result = RedcapImport.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.orThrow()).containsExactly(
                Assessment.builder("A", LocalDate.of(2026, 1, 10)).assessorRoles("Board member")
                        .rate(1, 3, "Minutes").notApplicable(2).build(),
                Assessment.builder("B", LocalDate.of(2026, 2, 1)).rate(40, 4).build(),
                Assessment.builder("B", LocalDate.of(2026, 3, 1)).rate(40, 3).build());
        assertThat(result.rows()).extracting(RowResult::redcap).containsExactly(
                Optional.of(new RedcapRow("1", Optional.of("baseline_arm_1"), OptionalInt.empty(),
                        OptionalInt.of(2))),
                Optional.of(new RedcapRow("1", Optional.of("baseline_arm_1"), OptionalInt.of(1), OptionalInt.empty())),
                Optional.of(new RedcapRow("1", Optional.of("followup_arm_1"), OptionalInt.empty(), OptionalInt.of(0))),
                Optional.of(new RedcapRow("2", Optional.of("baseline_arm_1"), OptionalInt.of(1), OptionalInt.of(1))),
                Optional.of(new RedcapRow("2", Optional.of("baseline_arm_1"), OptionalInt.of(2),
                        OptionalInt.of(0))));
        assertThat(result.rows().get(4).redcap().orElseThrow()).hasToString(
                "record 2, event baseline_arm_1, instance 2");
        assertThat(result.notes()).extracting(Problem::location).containsExactly("row 1, column age",
                "row 1, column visit_log_complete", "row 3", "row 4");
        assertThat(result.notes().get(2).message()).isEqualTo("the row holds the repeating instrument visit_log, "
                + "not " + FORM);
        assertThat(result.notes().get(3).message()).contains("holds no data of the " + FORM + " instrument");
        assertThat(result.columnNotes().get(0).message()).contains("not a field of the checklist instrument");
    }

    @Test
    void test_sameRecordEventAndInstanceTwice_isAProblem() {
        List<String> h = redcapHeader();
        byte[] file = utf8(csv(List.of(h,
                row(h, cells("record_id", "7", "organisation", "A", "assessment_date", "2026-01-01")),
                row(h, cells("record_id", "7", "organisation", "A", "assessment_date", "2026-01-02")))));
        ImportResult result = RedcapImport.read(file);
        assertThat(result.assessments()).hasSize(1);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("row 3, column record_id");
            assertThat(p.message()).isEqualTo("the record 7 already appears in row 2");
        });
    }

    @Test
    void test_formStatus_instanceAndRecordId_areChecked() {
        Problem status = onlyProblem(oneRecord(RedcapExport.COMPLETE, "3"));
        assertThat(status.location()).isEqualTo("row 2, column " + RedcapExport.COMPLETE);
        assertThat(status.allowed()).containsExactly("0 (incomplete)", "1 (unverified)", "2 (complete)", "empty");
        Problem blankId = onlyProblem(oneRecord("record_id", " "));
        assertThat(blankId.location()).isEqualTo("row 2, column record_id");
        assertThat(blankId.message()).isEqualTo("the record id is blank");

        List<String> h = longitudinalHeader();
        byte[] noInstance = utf8(csv(List.of(h, row(h, cells("study_id", "1", "redcap_repeat_instrument", FORM,
                "organisation", "A", "assessment_date", "2026-01-01")))));
        assertThat(onlyProblem(noInstance).message()).contains("repeat instance").contains("is missing");
        List<String> noInstanceColumn = new ArrayList<>(h);
        noInstanceColumn.remove("redcap_repeat_instance");
        byte[] withoutColumn = utf8(csv(List.of(noInstanceColumn, row(noInstanceColumn, cells("study_id", "1",
                "redcap_repeat_instrument", FORM, "organisation", "A", "assessment_date", "2026-01-01")))));
        assertThat(onlyProblem(withoutColumn).location()).isEqualTo("row 2, column redcap_repeat_instrument");
        byte[] zero = utf8(csv(List.of(h, row(h, cells("study_id", "1", "redcap_repeat_instrument", FORM,
                "redcap_repeat_instance", "0", "organisation", "A", "assessment_date", "2026-01-01")))));
        assertThat(onlyProblem(zero).location()).isEqualTo("row 2, column redcap_repeat_instance");
        ImportResult failed = RedcapImport.read(zero);
        assertThat(failed.rows().get(0).redcap()).isEmpty();
    }

    @Test
    void test_valuesAreCheckedAsInThePlainCsv() {
        assertThat(onlyProblem(oneRecord("point_07", "established")).message())
                .isEqualTo("the rating is the label 'established'; give its value, 3, instead");
        assertThat(onlyProblem(oneRecord("point_07", "5")).location()).isEqualTo("row 2, column point_07");
        assertThat(RedcapImport.read(oneRecord("point_07", "5")).rows().get(0).redcap())
                .as("the record of a row with problems is still known").isPresent();
        assertThat(onlyProblem(oneRecord("assessment_date", "03/31/2026")).location())
                .isEqualTo("row 2, column assessment_date");
        assertThat(onlyProblem(oneRecord("organisation", "")).message()).isEqualTo("the organisation is blank");
        assertThat(RedcapImport.read(oneRecord("point_07", "NA", "point_07_evidence", "Not a trust"))
                .orThrow().get(0).answer(7).orElseThrow().isNotApplicable()).isTrue();
    }

    @Test
    void test_firstColumn_mustBeTheRecordId() {
        List<String> header = new ArrayList<>(redcapHeader());
        header.remove("record_id");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> RedcapImport.read(utf8(csv(List.of(header)))));
        assertThat(e.location()).isEqualTo("row 1, column organisation");
        assertThat(e.getMessage()).contains("the first column must be the record id");
    }

    @Test
    void test_exportWithLabelsAsHeader_isRefused() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> RedcapImport.read(
                utf8("Record ID,Organisation assessed,Date of the assessment\n1,A,2026-01-01\n")));
        assertThat(e.problems()).extracting(Problem::message).contains("the required column organisation is "
                + "missing", "the required column point_40 is missing");
        assertThat(e.format()).isEqualTo(RedcapImport.FORMAT);
    }

    @Test
    void test_recordsWriter_writesWhatTheImportReads() {
        List<Assessment> assessments = List.of(
                Assessment.builder("North, \"East\"", DAY).assessorRoles("Chair", "Patient leader").rate(1, 2, "A\nB")
                        .notApplicable(9).build(),
                Assessment.builder("South", DAY.minusDays(1)).build());
        String records = RedcapExport.records(assessments);
        assertThat(records.lines().findFirst().orElseThrow()).startsWith("record_id,organisation,assessment_date,"
                + "assessor_roles,point_01,point_01_evidence,point_02,").endsWith(",point_40_evidence,"
                + RedcapExport.COMPLETE);
        ImportResult result = RedcapImport.read(utf8(records));
        assertThat(result.orThrow()).isEqualTo(assessments);
        assertThat(result.rows()).extracting(r -> r.redcap().orElseThrow().recordId()).containsExactly("1", "2");
        assertThat(result.rows()).extracting(r -> r.redcap().orElseThrow().formStatus()).containsOnly(
                OptionalInt.of(2));
    }

    @Test
    void test_redcapRow_checksItsFields() {
        assertThatThrownBy(() -> new RedcapRow(" ", Optional.empty(), OptionalInt.empty(), OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedcapRow("1", Optional.empty(), OptionalInt.of(0), OptionalInt.empty()))
                .hasMessageContaining("repeatInstance");
        assertThatThrownBy(() -> new RedcapRow("1", Optional.empty(), OptionalInt.empty(), OptionalInt.of(3)))
                .hasMessageContaining("form status");
        assertThat(new RedcapRow("9", Optional.empty(), OptionalInt.empty(), OptionalInt.empty()))
                .hasToString("record 9");
    }
}
