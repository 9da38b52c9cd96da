package org.patientleadership.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.formats.internal.JsonTrees;
import org.patientleadership.internal.UserText;

/**
 * Bidirectional controls in user text (issue 15, defect 3): the narrative holds none unpaired and isolates the
 * text, so the FHIR validator has nothing to say about it; the answers keep the text exactly.
 */
class FhirBidiTest {

    private static final FhirValidation VALIDATION = new FhirValidation(RatingScale.MATURITY);
    private static final String EVIL = "Trust \u202Eevil";

    @Test
    void test_narrative_hasNoUnpairedControl_andTheValidatorDoesNotWarnAboutIt() {
        Assessment a = Assessment.builder(EVIL, LocalDate.of(2026, 1, 1)).assessorRoles("\u2067role", "Board")
                .rate(1, 2, "notes \u202B").build();
        String json = FhirQuestionnaire.toResponse(a);
        String div = JsonTrees.parse(json, "test").path("text").path("div").textValue();
        assertThat(UserText.withoutUnpairedControls(div)).isEqualTo(div);
        assertThat(div).doesNotContain("\u202E").doesNotContain("\u202B").doesNotContain("\u2067")
                .contains("Trust evil");
        List<SingleValidationMessage> messages = VALIDATION.validate(json);
        assertThat(messages).filteredOn(m -> m.getLocationString() != null
                && m.getLocationString().contains("text.div")).extracting(FhirValidation::show).isEmpty();
        assertThat(FhirValidation.errors(messages)).extracting(FhirValidation::show).isEmpty();
        assertThat(FhirQuestionnaire.readResponse(json)).isEqualTo(a);
    }

    @Test
    void test_narrative_isolatesRightToLeftText() {
        Assessment a = Assessment.builder("בית חולים", LocalDate.of(2026, 1, 1)).rate(1, 2).build();
        JsonNode div = JsonTrees.parse(FhirQuestionnaire.toResponse(a), "test").path("text").path("div");
        assertThat(div.textValue()).contains("<b>\u2068בית חולים\u2069</b>");
    }
}
