package org.patientleadership.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;
import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.formats.internal.JsonTrees;
import org.patientleadership.testing.BadInputCorpus;

/**
 * Tests writing assessments as FHIR R4 QuestionnaireResponses and reading them back: round trips, what the
 * reader tolerates, what it refuses and where it says the problem is, and the validity of what is written under
 * the HAPI FHIR R4 instance validator, offline, against the Questionnaire the response answers (see
 * {@link FhirValidation}). No ERROR or FATAL message is allowed; the one kind of WARNING HAPI gives for what the
 * library writes ({@code Type_Specific_Checks_DT_DateTime_Reasonable}, for dates before 1800 or far in the
 * future) flags a likely typing mistake in data, not a fault in the mapping, and is the only warning allowed.
 */
class FhirResponseTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    private static final RatingScale YES_NO = new RatingScale("yes-no", "Yes or no", List.of(
            new RatingLevel(0, "no", "no", "Not in place."), new RatingLevel(1, "yes", "yes", "In place.")));

    private static final FhirValidation VALIDATION = new FhirValidation(RatingScale.MATURITY, YES_NO);

    /** Every point answered: ratings 0 to 4 in turn, every fifth not applicable, evidence on some. */
    private static Assessment full() {
        Assessment.Builder b = Assessment.builder("Northshire <Community> NHS Trust & partners", DAY)
                .assessorRoles("Board member", "Patient leader", "Head of engagement");
        for (int p = 1; p <= 40; p++) {
            if (p % 5 == 0) {
                b.add(Answer.notApplicable(p).withEvidence("No such service here (point " + p + ")"));
            } else if (p % 3 == 0) {
                b.rate(p, p % 5, "Minutes of the board, item " + p + "; \"quoted\" & <marked>");
            } else {
                b.rate(p, p % 5);
            }
        }
        return b.build();
    }

    private static Assessment small() {
        return Assessment.builder("Riverside Surgery", DAY).rate(12, 3, "Strategy agreed in May").notApplicable(7)
                .build();
    }

    private static void assertValid(String json) {
        List<SingleValidationMessage> messages = VALIDATION.validate(json);
        messages.forEach(m -> System.out.println("HAPI: " + FhirValidation.show(m)));
        assertThat(FhirValidation.errors(messages)).extracting(FhirValidation::show).isEmpty();
        assertThat(messages).filteredOn(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
                .filteredOn(m -> !"Type_Specific_Checks_DT_DateTime_Reasonable".equals(m.getMessageId()))
                .extracting(FhirValidation::show).isEmpty();
    }

    private static ObjectNode tree(String json) {
        return (ObjectNode) JsonTrees.parse(json, "test");
    }

    private static InvalidInputException refused(String json) {
        try {
            FhirQuestionnaire.readResponse(json);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("read without a problem: " + json);
    }

    // ---- writing, validity, round trips

    @Test
    void test_responses_areValidFhir() {
        assertValid(FhirQuestionnaire.toResponse(full()));
        assertValid(FhirQuestionnaire.toResponse(small()));
        assertValid(FhirQuestionnaire.toResponse(Assessment.builder("Empty Trust", DAY).build()));
        Assessment.Builder allNa = Assessment.builder("Nothing applies", LocalDate.of(1999, 12, 31));
        for (int p = 1; p <= 40; p++) {
            allNa.notApplicable(p);
        }
        assertValid(FhirQuestionnaire.toResponse(allNa.build()));
    }

    @Test
    void test_responseOnACustomScale_isValidFhirAndRoundTrips() {
        Assessment a = Assessment.builder("Charity", DAY).scale(YES_NO).rate(1, 1, "Yes, since 2024").rate(2, 0)
                .notApplicable(3).build();
        String json = FhirQuestionnaire.toResponse(a);
        assertValid(json);
        assertThat(tree(json).get("questionnaire").asText())
                .isEqualTo("https://patientleadership.org/fhir/Questionnaire/checklist-yes-no|2026.1");
        assertThat(FhirQuestionnaire.readResponse(json, YES_NO)).isEqualTo(a);
        assertThat(refused(json).location()).isEqualTo("/questionnaire");
    }

    @Test
    void test_validator_checksResponsesAgainstTheQuestionnaire() {
        String json = FhirQuestionnaire.toResponse(small());
        assertThat(FhirValidation.errors(VALIDATION.validate(json.replace("\"established\"", "\"great\""))))
                .isNotEmpty();
        assertThat(FhirValidation.errors(VALIDATION.validate(json.replace("\"point.12\"", "\"point.13\""))))
                .isNotEmpty();
        assertThat(FhirValidation.errors(VALIDATION.validate(json.replace("\"organisation\"", "\"other\""))))
                .isNotEmpty();
    }

    @Test
    void test_roundTrip_givesAnEqualAssessment() {
        for (Assessment a : List.of(full(), small(), Assessment.builder("Empty", DAY).build())) {
            String json = FhirQuestionnaire.toResponse(a);
            assertThat(FhirQuestionnaire.readResponse(json)).isEqualTo(a);
            assertThat(FhirQuestionnaire.readResponse(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(a);
            assertThat(FhirQuestionnaire.readResponse(new ByteArrayInputStream(json.getBytes(
                    StandardCharsets.UTF_8)))).isEqualTo(a);
        }
    }

    @Test
    void test_response_content() {
        JsonNode qr = tree(FhirQuestionnaire.toResponse(small()));
        assertThat(qr.get("resourceType").asText()).isEqualTo("QuestionnaireResponse");
        assertThat(qr.get("status").asText()).isEqualTo("completed");
        assertThat(qr.get("authored").asText()).isEqualTo("2026-03-31");
        assertThat(qr.get("text").get("div").asText()).contains("Riverside Surgery", "Get strategic (point 12): 3 established");
        JsonNode items = qr.get("item");
        assertThat(items).extracting(i -> i.get("linkId").asText()).containsExactly("organisation",
                "section.about-patient-leaders", "section.leading-the-work", "total");
        JsonNode point12 = items.get(2).get("item").get(0);
        assertThat(point12.get("linkId").asText()).isEqualTo("point.12");
        JsonNode answer = point12.get("answer").get(0);
        assertThat(answer.get("valueCoding").get("code").asText()).isEqualTo("established");
        assertThat(answer.get("item").get(0).get("linkId").asText()).isEqualTo("point.12.evidence");
        assertThat(answer.get("item").get(0).get("answer").get(0).get("valueString").asText())
                .isEqualTo("Strategy agreed in May");
        JsonNode point7 = items.get(1).get("item").get(0).get("answer").get(0).get("valueCoding");
        assertThat(point7.get("code").asText()).isEqualTo("not-applicable");
        assertThat(items.get(3).get("answer").get(0).get("valueInteger").asInt()).isEqualTo(3);
    }

    @Test
    void test_write_refusesWhatReadersCouldNotRead() {
        assertThatThrownBy(() -> FhirQuestionnaire.toResponse(Assessment.builder("T", LocalDate.of(10_000, 1, 1))
                .build())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0001 to 9999");
        assertThatThrownBy(() -> FhirQuestionnaire.toResponse(Assessment.builder("T", LocalDate.of(0, 1, 1))
                .build())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0001 to 9999");
        String longText = "x".repeat(JsonTrees.MAX_STRING_LENGTH + 1);
        assertThatThrownBy(() -> FhirQuestionnaire.toResponse(Assessment.builder("T", DAY).rate(1, 1, longText)
                .build())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evidence of point 1");
        Assessment.Builder big = Assessment.builder("T", DAY);
        for (int p = 1; p <= 40; p++) {
            big.rate(p, 1, "é".repeat(JsonTrees.MAX_STRING_LENGTH));
        }
        assertThatThrownBy(() -> FhirQuestionnaire.toResponse(big.build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bytes");
        String first = FhirQuestionnaire.toResponse(Assessment.builder("T", LocalDate.of(1, 1, 1)).build());
        assertThat(FhirQuestionnaire.readResponse(first).date()).isEqualTo(LocalDate.of(1, 1, 1));
    }

    // ---- what the reader tolerates

    @Test
    void test_read_toleratesWhatFhirAllowsAndTheAssessmentDoesNotHold() {
        ObjectNode qr = tree(FhirQuestionnaire.toResponse(small()));
        qr.put("questionnaire", FhirQuestionnaire.questionnaireUrl(RatingScale.MATURITY));
        qr.put("status", "in-progress");
        qr.put("authored", "2026-03-31T23:30:00-05:00");
        qr.put("id", "qr-1");
        qr.set("subject", tree("{\"display\": \"Riverside Surgery\"}"));
        qr.set("extension", tree("{\"a\": [{\"url\": \"http://example.org/x\", \"valueString\": \"y\"}]}").get("a"));
        qr.set("_authored", tree("{\"id\": \"a1\"}"));
        ArrayNode items = (ArrayNode) qr.get("item");
        ((ObjectNode) items.get(0)).remove("text");
        // Items in another order, a help text answered by nobody, the total left out.
        JsonNode section3 = items.get(2);
        items.remove(3);
        items.remove(2);
        items.insert(0, section3);
        ((ArrayNode) section3.get("item")).add(tree("{\"linkId\": \"section.leading-the-work.help\"}"));
        Assessment read = FhirQuestionnaire.readResponse(qr.toString());
        assertThat(read).isEqualTo(small());
    }

    @Test
    void test_read_takesTheDateAsWritten() {
        ObjectNode qr = tree(FhirQuestionnaire.toResponse(small()));
        qr.put("authored", "2026-04-01T00:30:00+14:00");
        assertThat(FhirQuestionnaire.readResponse(qr.toString()).date()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void test_read_acceptsAUtf8ByteOrderMark() {
        byte[] json = FhirQuestionnaire.toResponse(small()).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertThat(FhirQuestionnaire.readResponse(withBom)).isEqualTo(small());
    }

    // ---- what the reader refuses

    @Test
    void test_read_reportsEveryProblemAtOnce() {
        ObjectNode qr = tree(FhirQuestionnaire.toResponse(small()));
        qr.put("status", "finished");
        qr.put("authored", "yesterday");
        ObjectNode coding = (ObjectNode) qr.at("/item/2/item/0/answer/0/valueCoding");
        coding.put("code", "superb");
        InvalidInputException e = refused(qr.toString());
        assertThat(e.format()).isEqualTo("FHIR QuestionnaireResponse");
        assertThat(e.problems()).extracting(Problem::location).containsExactly("/status", "/authored",
                "/item/2/item/0/answer/0/valueCoding/code");
        assertThat(e.problems().get(2).allowed()).containsExactly("not-started", "planned", "in-progress",
                "established", "embedded");
        assertThat(e.problems().get(2).value()).isEqualTo("superb");
        assertThat(e.getMessage()).startsWith("Invalid FHIR QuestionnaireResponse: /status: unknown status")
                .endsWith("(and 2 more)");
    }

    @Test
    void test_read_refusesAMismatchedOrdinalValue() {
        ObjectNode qr = tree(FhirQuestionnaire.toResponse(small()));
        ((ObjectNode) qr.at("/item/2/item/0/answer/0/valueCoding/extension/0")).put("valueDecimal", 2.5);
        InvalidInputException e = refused(qr.toString());
        assertThat(e.location()).isEqualTo("/item/2/item/0/answer/0/valueCoding/extension/0/valueDecimal");
        assertThat(e.getMessage()).contains("does not match the code 'established'");
    }

    @Test
    void test_read_refusesATotalThatDisagrees() {
        String json = FhirQuestionnaire.toResponse(small()).replace("\"valueInteger\": 3", "\"valueInteger\": 4");
        InvalidInputException e = refused(json);
        assertThat(e.location()).isEqualTo("/item/3/answer/0/valueInteger");
        assertThat(e.problems().get(0).allowed()).containsExactly("3");
    }

    @Test
    void test_read_refusesEvidenceWithoutAnswerAndUnknownNestedItems() {
        ObjectNode qr = tree(FhirQuestionnaire.toResponse(small()));
        ((ObjectNode) qr.at("/item/2/item/0/answer/0/item/0")).put("linkId", "point.13.evidence");
        InvalidInputException e = refused(qr.toString());
        assertThat(e.location()).isEqualTo("/item/2/item/0/answer/0/item/0/linkId");
        assertThat(e.problems().get(0).allowed()).containsExactly("point.12.evidence", "point.12.help");
    }

    @Test
    void test_read_nullArguments() {
        assertThatThrownBy(() -> FhirQuestionnaire.readResponse((String) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FhirQuestionnaire.readResponse("{}", null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FhirQuestionnaire.toResponse(null)).isInstanceOf(NullPointerException.class);
    }

    @TestFactory
    Stream<DynamicTest> test_badInputCorpus() {
        return BadInputCorpus.tests("fhir-response", bytes -> FhirQuestionnaire.readResponse(bytes));
    }
}
