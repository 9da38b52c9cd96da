package org.patientleadership.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.patientleadership.catalogue.Catalogue;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;

/**
 * Tests the exported Questionnaire and CodeSystem: their structure, and their validity under the HAPI FHIR R4
 * instance validator, offline (see {@link FhirValidation} for its setup). No message of severity ERROR or
 * FATAL is allowed, and none of severity WARNING either: each warning HAPI gave was reviewed and fixed, so a
 * new one fails the test to be looked at. Unknown extensions are errors; the SDC calculatedExpression extension
 * is checked against a minimal StructureDefinition of it, as the SDC package is not available offline.
 */
class FhirQuestionnaireTest {

    /** The committed export, relative to the lib module, where Maven runs the tests. */
    private static final Path COMMITTED = Path.of("..", "..", "docs", "fhir", "questionnaire.json");
    /** The committed CodeSystem of the default scale. */
    private static final Path COMMITTED_CODES = Path.of("..", "..", "docs", "fhir", "codesystem-maturity.json");

    private static final RatingScale STARS = new RatingScale("stars.v2", "Stars", List.of(
            new RatingLevel(1, "one", "one star", "Barely begun."),
            new RatingLevel(2, "two", "two stars", "Partly in place."),
            new RatingLevel(3, "three", "three <stars> & more", "Fully in place.")));

    private static final FhirValidation VALIDATION = new FhirValidation(RatingScale.MATURITY, STARS);

    private static JsonNode tree(String json) throws IOException {
        return new ObjectMapper().readTree(json);
    }

    private static void assertValid(String json) {
        List<SingleValidationMessage> messages = VALIDATION.validate(json);
        messages.forEach(m -> System.out.println("HAPI: " + FhirValidation.show(m)));
        assertThat(FhirValidation.errors(messages)).extracting(FhirValidation::show).isEmpty();
        assertThat(messages).filteredOn(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
                .extracting(FhirValidation::show).isEmpty();
    }

    private static List<JsonNode> allItems(JsonNode node) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode item : node.path("item")) {
            all.add(item);
            all.addAll(allItems(item));
        }
        return all;
    }

    @Test
    void test_committedExport_isCurrent() throws IOException {
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/fhir/questionnaire.json is out of date; regenerate it with: ./mvnw -q -pl lib/formats -am test "
                        + "-Dtest=FhirQuestionnaireTest#regenerate -Dfhir.regenerate=true")
                .isEqualTo(FhirQuestionnaire.questionnaire());
        assertThat(Files.readString(COMMITTED_CODES, StandardCharsets.UTF_8))
                .as("docs/fhir/codesystem-maturity.json is out of date")
                .isEqualTo(FhirQuestionnaire.codeSystem(RatingScale.MATURITY));
    }

    /** Rewrites the committed exports; runs only with {@code -Dfhir.regenerate=true}. */
    @Test
    @EnabledIfSystemProperty(named = "fhir.regenerate", matches = "true")
    void regenerate() throws IOException {
        Files.createDirectories(COMMITTED.getParent());
        Files.writeString(COMMITTED, FhirQuestionnaire.questionnaire(), StandardCharsets.UTF_8);
        Files.writeString(COMMITTED_CODES, FhirQuestionnaire.codeSystem(RatingScale.MATURITY),
                StandardCharsets.UTF_8);
    }

    @Test
    void test_questionnaire_isValidFhir() {
        assertValid(FhirQuestionnaire.questionnaire());
    }

    @Test
    void test_questionnaireOfACustomScale_isValidFhir() {
        assertValid(FhirQuestionnaire.questionnaire(STARS));
    }

    @Test
    void test_codeSystems_areValidFhir() {
        assertValid(FhirQuestionnaire.codeSystem(RatingScale.MATURITY));
        assertValid(FhirQuestionnaire.codeSystem(STARS));
    }

    @Test
    void test_validator_catchesMistakes() {
        // The validator is really at work: a wrong extension value and an unknown extension are errors.
        String q = FhirQuestionnaire.questionnaire();
        assertThat(FhirValidation.errors(VALIDATION.validate(q.replace("\"valueExpression\"", "\"valueString\""))))
                .isNotEmpty();
        assertThat(FhirValidation.errors(VALIDATION.validate(q.replace(FhirItems.ORDINAL_VALUE,
                "http://example.org/unknown")))).isNotEmpty();
    }

    @Test
    void test_metadata() throws IOException {
        JsonNode q = tree(FhirQuestionnaire.questionnaire());
        assertThat(q.get("resourceType").asText()).isEqualTo("Questionnaire");
        assertThat(q.get("url").asText()).isEqualTo(FhirQuestionnaire.questionnaireUrl(RatingScale.MATURITY))
                .isEqualTo("https://patientleadership.org/fhir/Questionnaire/checklist-maturity");
        assertThat(q.get("version").asText()).isEqualTo(Catalogue.VERSION);
        assertThat(q.get("name").asText()).isEqualTo("PatientLeadershipChecklistMaturity");
        assertThat(q.get("status").asText()).isEqualTo("active");
        assertThat(q.get("title").asText()).contains("40-point checklist");
        assertThat(q.get("publisher").asText()).isNotBlank();
        assertThat(q.get("subjectType").get(0).asText()).isEqualTo("Organization");
        assertThat(q.get("text").get("status").asText()).isEqualTo("generated");
        assertThat(q.get("text").get("div").asText()).startsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\">")
                .contains("Get strategic (point 12)");
        JsonNode custom = tree(FhirQuestionnaire.questionnaire(STARS));
        assertThat(custom.get("name").asText()).isEqualTo("PatientLeadershipChecklistStarsV2");
        assertThat(custom.get("url").asText()).endsWith("/Questionnaire/checklist-stars.v2");
    }

    @Test
    void test_structure_sixGroupsFortyChoicesUniqueLinkIds() throws IOException {
        JsonNode q = tree(FhirQuestionnaire.questionnaire());
        List<JsonNode> items = allItems(q);
        Set<String> linkIds = new HashSet<>();
        items.forEach(i -> assertThat(linkIds.add(i.get("linkId").asText())).as(i.get("linkId").asText()).isTrue());
        assertThat(items).filteredOn(i -> i.get("type").asText().equals("group")).hasSize(6)
                .extracting(i -> i.get("linkId").asText())
                .containsExactly(Arrays.stream(Section.values()).map(Section::id).toArray(String[]::new));
        assertThat(items).filteredOn(i -> i.get("type").asText().equals("choice")).hasSize(40)
                .extracting(i -> i.get("linkId").asText())
                .containsExactlyElementsOf(Checklist.points().stream().map(ChecklistPoint::id).toList());
        assertThat(q.get("item")).extracting(i -> i.get("linkId").asText()).startsWith("organisation",
                "assessor-roles").endsWith("total");
        assertThat(q.get("item").get(0).get("required").asBoolean()).isTrue();
        assertThat(q.get("item").get(1).get("repeats").asBoolean()).isTrue();
        for (Section s : Section.values()) {
            JsonNode group = items.stream().filter(i -> i.get("linkId").asText().equals(s.id())).findFirst()
                    .orElseThrow();
            assertThat(group.get("text").asText()).isEqualTo(s.displayName());
            assertThat(group.get("item")).filteredOn(i -> i.get("type").asText().equals("choice"))
                    .extracting(i -> i.get("linkId").asText())
                    .containsExactlyElementsOf(s.points().stream().map(ChecklistPoint::id).toList());
        }
    }

    @Test
    void test_points_haveTitleSummaryEvidenceAndScaleOptions() throws IOException {
        for (RatingScale scale : List.of(RatingScale.MATURITY, STARS)) {
            List<JsonNode> choices = allItems(tree(FhirQuestionnaire.questionnaire(scale))).stream()
                    .filter(i -> i.get("type").asText().equals("choice")).toList();
            for (JsonNode item : choices) {
                ChecklistPoint p = Checklist.point(item.get("linkId").asText());
                assertThat(item.get("text").asText()).isEqualTo(p.title());
                assertThat(item.get("prefix").asText()).isEqualTo(p.number() + ".");
                JsonNode options = item.get("answerOption");
                assertThat(options).hasSize(scale.levels().size() + 1);
                for (int i = 0; i < scale.levels().size(); i++) {
                    RatingLevel level = scale.levels().get(i);
                    JsonNode coding = options.get(i).get("valueCoding");
                    assertThat(coding.get("system").asText()).isEqualTo(FhirQuestionnaire.codeSystemUrl(scale));
                    assertThat(coding.get("code").asText()).isEqualTo(level.id());
                    assertThat(coding.get("display").asText()).isEqualTo(level.label());
                    JsonNode ordinal = coding.get("extension").get(0);
                    assertThat(ordinal.get("url").asText()).isEqualTo(
                            "http://hl7.org/fhir/StructureDefinition/ordinalValue");
                    assertThat(ordinal.get("valueDecimal").decimalValue()).isEqualByComparingTo(
                            Integer.toString(level.value()));
                }
                JsonNode na = options.get(scale.levels().size()).get("valueCoding");
                assertThat(na.get("system").asText()).isEqualTo(FhirQuestionnaire.NOT_APPLICABLE_SYSTEM);
                assertThat(na.get("code").asText()).isEqualTo(FhirQuestionnaire.NOT_APPLICABLE_CODE);
                assertThat(na.has("extension")).as("not applicable has no ordinal value").isFalse();
                JsonNode help = item.get("item").get(0);
                assertThat(help.get("type").asText()).isEqualTo("display");
                assertThat(help.get("linkId").asText()).isEqualTo(p.id() + ".help");
                assertThat(help.get("text").asText()).isEqualTo(p.summary());
                JsonNode evidence = item.get("item").get(1);
                assertThat(evidence.get("type").asText()).isEqualTo("text");
                assertThat(evidence.get("linkId").asText()).isEqualTo(p.id() + ".evidence");
            }
        }
    }

    @Test
    void test_total_isACalculatedExpression() throws IOException {
        JsonNode items = tree(FhirQuestionnaire.questionnaire()).get("item");
        JsonNode total = items.get(items.size() - 1);
        assertThat(total.get("linkId").asText()).isEqualTo("total");
        assertThat(total.get("type").asText()).isEqualTo("integer");
        assertThat(total.get("readOnly").asBoolean()).isTrue();
        JsonNode extension = total.get("extension").get(0);
        assertThat(extension.get("url").asText()).isEqualTo(
                "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression");
        assertThat(extension.get("valueExpression").get("language").asText()).isEqualTo("text/fhirpath");
        assertThat(extension.get("valueExpression").get("expression").asText()).contains("ordinal()");
    }

    @Test
    void test_export_isDeterministic() {
        assertThat(FhirQuestionnaire.questionnaire()).isEqualTo(FhirQuestionnaire.questionnaire())
                .isEqualTo(FhirQuestionnaire.questionnaire(RatingScale.MATURITY)).endsWith("}\n");
    }
}
