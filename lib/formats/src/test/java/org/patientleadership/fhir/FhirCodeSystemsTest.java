package org.patientleadership.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.patientleadership.catalogue.Catalogue;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.coproduction.ValueSet;
import org.patientleadership.coproduction.ValueSets;
import org.patientleadership.ladder.Iap2Level;
import org.patientleadership.ladder.Ladder;

/** Tests the CodeSystems of the ladders and value sets: content, HAPI validity, and the committed Bundle. */
class FhirCodeSystemsTest {

    private static final Path COMMITTED = Path.of("..", "..", "docs", "fhir", "codesystems-catalogue.json");

    private static final FhirValidation VALIDATION = new FhirValidation(RatingScale.MATURITY);

    @Test
    void test_committedBundle_isCurrent() throws IOException {
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/fhir/codesystems-catalogue.json is out of date; regenerate it with: ./mvnw -q -pl lib/formats -am test "
                        + "-Dtest=FhirCodeSystemsTest#regenerate -Dfhir.regenerate=true")
                .isEqualTo(FhirCodeSystems.catalogue());
    }

    /** Rewrites the committed Bundle; runs only with {@code -Dfhir.regenerate=true}. */
    @Test
    @EnabledIfSystemProperty(named = "fhir.regenerate", matches = "true")
    void regenerate() throws IOException {
        Files.writeString(COMMITTED, FhirCodeSystems.catalogue(), StandardCharsets.UTF_8);
    }

    @Test
    void test_bundle_listsEveryLadderAndValueSet() throws IOException {
        JsonNode bundle = new ObjectMapper().readTree(FhirCodeSystems.catalogue());
        assertThat(bundle.get("entry")).hasSize(Ladder.catalogued().size() + ValueSets.all().size());
        List<String> ids = new java.util.ArrayList<>();
        bundle.get("entry").forEach(e -> ids.add(e.get("resource").get("id").asText()));
        assertThat(ids).contains("ladder.iap2", "value-set.nhs-england-2022", "value-set.uk-standards-2019");
        assertValid(FhirCodeSystems.catalogue());
    }

    @Test
    void test_ladder_conceptsAreRungsWithOrdinals() throws IOException {
        JsonNode cs = new ObjectMapper().readTree(FhirCodeSystems.ladder(Ladder.IAP2));
        assertThat(cs.get("url").asText()).isEqualTo("https://patientleadership.org/fhir/CodeSystem/ladder.iap2");
        assertThat(cs.get("version").asText()).isEqualTo(Catalogue.VERSION);
        assertThat(cs.get("count").asInt()).isEqualTo(5);
        JsonNode collaborate = cs.get("concept").get(3);
        assertThat(collaborate.get("code").asText()).isEqualTo(Iap2Level.COLLABORATE.id());
        assertThat(collaborate.get("definition").asText()).isEqualTo(Iap2Level.COLLABORATE.description());
        assertThat(collaborate.at("/extension/0/valueDecimal").asInt()).isEqualTo(4);
        for (Ladder<?> ladder : Ladder.catalogued()) {
            assertValid(FhirCodeSystems.ladder(ladder));
        }
    }

    @Test
    void test_valueSet_conceptsArePrinciples() throws IOException {
        for (ValueSet set : ValueSets.all()) {
            String json = FhirCodeSystems.valueSet(set);
            JsonNode cs = new ObjectMapper().readTree(json);
            assertThat(cs.get("concept")).hasSize(set.principles().size());
            assertThat(cs.get("concept").get(0).get("code").asText()).isEqualTo(set.principle(1).id());
            assertValid(json);
        }
    }

    private static void assertValid(String json) {
        List<SingleValidationMessage> messages = VALIDATION.validate(json);
        messages.forEach(m -> System.out.println("HAPI: " + FhirValidation.show(m)));
        assertThat(FhirValidation.errors(messages)).extracting(FhirValidation::show).isEmpty();
        assertThat(messages).filteredOn(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
                .extracting(FhirValidation::show).isEmpty();
    }
}
