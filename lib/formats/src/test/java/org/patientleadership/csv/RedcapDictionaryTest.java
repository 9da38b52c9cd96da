package org.patientleadership.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;

class RedcapDictionaryTest {

    /** The committed dictionary, relative to the lib module, where Maven runs the tests. */
    private static final Path COMMITTED = Path.of("..", "..", "docs", "redcap", "data-dictionary.csv");
    /** Set this system property to rewrite the committed dictionary instead of failing. */
    private static final String REGENERATE = "patientleadership.regenerate";

    private static final List<String> STANDARD = List.of("Variable / Field Name", "Form Name", "Section Header",
            "Field Type", "Field Label", "Choices, Calculations, OR Slider Labels", "Field Note",
            "Text Validation Type OR Show Slider Number", "Text Validation Min", "Text Validation Max", "Identifier?",
            "Branching Logic (Show field only if...)", "Required Field?", "Custom Alignment",
            "Question Number (surveys only)", "Matrix Group Name", "Matrix Ranking?", "Field Annotation");

    private static Table parse(String text) {
        return Table.read(text.getBytes(StandardCharsets.UTF_8), CsvLimits.DEFAULT, "REDCap data dictionary");
    }

    /** The fields of the dictionary, each as a map from the standard column to its value, by variable name. */
    private static Map<String, Map<String, String>> fields(Table table) {
        return table.rows().stream().collect(Collectors.toMap(r -> r.cells().get(0), r -> {
            Map<String, String> f = new java.util.HashMap<>();
            for (int i = 0; i < STANDARD.size(); i++) {
                f.put(STANDARD.get(i), r.cells().get(i));
            }
            return f;
        }, (a, b) -> {
            throw new AssertionError("duplicate variable");
        }, java.util.LinkedHashMap::new));
    }

    @Test
    void test_committedDictionary_isCurrent() throws IOException {
        String current = RedcapExport.dictionary();
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(COMMITTED, current, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/redcap/data-dictionary.csv is out of date; regenerate it with: ./mvnw -q -pl lib/formats -am test "
                        + "-Dtest=RedcapDictionaryTest -D" + REGENERATE + "=true")
                .isEqualTo(current);
    }

    @Test
    void test_committedDictionary_hasTheStandardHeader_andTheRecordIdFirst() throws IOException {
        Table table = parse(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        assertThat(table.header()).isEqualTo(STANDARD).isEqualTo(RedcapExport.DICTIONARY_COLUMNS);
        assertThat(table.rows().get(0).cells().subList(0, 5)).containsExactly(RedcapExport.RECORD_ID,
                RedcapExport.FORM, "", "text", "Record ID");
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(18));
    }

    @Test
    void test_variableNames_areValidForRedcap_andUnique() {
        Table table = parse(RedcapExport.dictionary());
        Set<String> names = new HashSet<>();
        for (Table.Row r : table.rows()) {
            String name = r.cells().get(0);
            assertThat(name).matches("[a-z][a-z0-9_]*[a-z0-9]").hasSizeLessThanOrEqualTo(26).doesNotContain("__");
            assertThat(names.add(name)).as("unique " + name).isTrue();
            assertThat(r.cells().get(1)).isEqualTo(RedcapExport.FORM);
        }
        assertThat(RedcapExport.FORM).matches("[a-z][a-z0-9_]*");
        assertThat(names).hasSize(1 + 3 + 1 + 80);
    }

    @Test
    void test_assessmentFields_organisationDateAndRoles() {
        Map<String, Map<String, String>> f = fields(parse(RedcapExport.dictionary()));
        assertThat(f.get("organisation")).containsEntry("Field Type", "text").containsEntry("Required Field?", "y")
                .containsEntry("Section Header", RedcapExport.ABOUT_SECTION);
        assertThat(f.get("assessment_date")).containsEntry("Field Type", "text")
                .containsEntry("Text Validation Type OR Show Slider Number", "date_ymd")
                .containsEntry("Required Field?", "y");
        assertThat(f.get("assessor_roles")).containsEntry("Field Type", "text");
        assertThat(f.get("assessor_roles").get("Field Note")).contains("semicolons");
        assertThat(f.get("rating_guide")).containsEntry("Field Type", "descriptive");
        for (RatingLevel l : RatingScale.MATURITY.levels()) {
            assertThat(f.get("rating_guide").get("Field Label")).contains(l.value() + " " + l.label() + ": "
                    + l.description());
        }
        assertThat(List.copyOf(f.keySet()).subList(0, 5)).containsExactly("record_id", "organisation",
                "assessment_date", "assessor_roles", "rating_guide");
    }

    @Test
    void test_eachPoint_isARadioFieldWithTheScaleAndNotApplicable_thenAnEvidenceField() {
        Map<String, Map<String, String>> f = fields(parse(RedcapExport.dictionary()));
        for (ChecklistPoint p : Checklist.points()) {
            Map<String, String> rating = f.get(RedcapExport.pointVariable(p.number()));
            assertThat(rating).containsEntry("Field Type", "radio")
                    .containsEntry("Field Label", "Point " + p.number() + " of 40: " + p.title())
                    .containsEntry("Field Note", p.summary())
                    .containsEntry("Choices, Calculations, OR Slider Labels", "0, not started | 1, planned | "
                            + "2, in progress | 3, established | 4, embedded | NA, not applicable")
                    .containsEntry("Required Field?", "");
            Map<String, String> evidence = f.get(RedcapExport.evidenceVariable(p.number()));
            assertThat(evidence).containsEntry("Field Type", "notes")
                    .containsEntry("Branching Logic (Show field only if...)", "[" + RedcapExport.pointVariable(
                            p.number()) + "] <> ''");
        }
        List<String> order = List.copyOf(f.keySet());
        assertThat(order.subList(5, 9)).containsExactly("point_01", "point_01_evidence", "point_02",
                "point_02_evidence");
        assertThat(order.get(order.size() - 1)).isEqualTo("point_40_evidence");
    }

    @Test
    void test_sectionHeaders_areOnTheFirstPointOfEachSection() {
        Map<String, Map<String, String>> f = fields(parse(RedcapExport.dictionary()));
        Map<String, String> headers = f.entrySet().stream().filter(e -> !e.getValue().get("Section Header")
                .isEmpty()).collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get("Section Header")));
        Map<String, String> expected = new java.util.HashMap<>(Map.of("organisation", RedcapExport.ABOUT_SECTION));
        for (Section s : Section.values()) {
            expected.put(RedcapExport.pointVariable(s.firstPoint()), s.displayName());
        }
        assertThat(headers).isEqualTo(expected);
    }

    @Test
    void test_otherScales_giveTheirOwnChoices_andLabelsWithBarsAreRefused() {
        RatingScale three = new RatingScale("three", "Three", List.of(new RatingLevel(1, "low", "low", "Low."),
                new RatingLevel(2, "mid", "middle, mostly", "Middle."), new RatingLevel(3, "high", "high", "High.")));
        Map<String, Map<String, String>> f = fields(parse(RedcapExport.dictionary(three)));
        assertThat(f.get("point_10").get("Choices, Calculations, OR Slider Labels"))
                .isEqualTo("1, low | 2, middle, mostly | 3, high | NA, not applicable");
        RatingScale bars = new RatingScale("bars", "Bars", List.of(new RatingLevel(0, "a", "a|b", "A."),
                new RatingLevel(1, "c", "c", "C.")));
        assertThatThrownBy(() -> RedcapExport.dictionary(bars)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a|b'");
        assertThat(fields(parse(RedcapExport.dictionary())).keySet()).map(Function.identity()).hasSize(85);
    }
}
