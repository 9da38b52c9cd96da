package org.patientleadership.json;

import org.patientleadership.catalogue.Catalogue;

import org.patientleadership.CatalogueElement;
import org.patientleadership.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class CatalogueJsonTest {

    /** The committed export, relative to the lib module, where Maven runs the tests. */
    private static final Path COMMITTED = Path.of("..", "..", "docs", "catalogue.json");

    @Test
    void test_committedExport_isCurrent() throws IOException {
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertThat(committed)
                .as("docs/catalogue.json is out of date; regenerate it with: "
                        + "./mvnw -q -pl examples -am compile exec:java "
                        + "-Dexec.mainClass=org.patientleadership.examples.PrintCatalogue -Dexec.args=json "
                        + "> docs/catalogue.json")
                .isEqualTo(CatalogueJson.toJson());
    }

    @Test
    void test_export_holdsEveryElementWithItsSource() throws IOException {
        JsonNode root = new ObjectMapper().readTree(CatalogueJson.toJson());
        assertThat(root.get("formatVersion").asInt()).isEqualTo(CatalogueJson.FORMAT_VERSION);
        assertThat(root.get("catalogueVersion").asText()).isEqualTo(Catalogue.VERSION);
        for (CatalogueElement e : Catalogue.elements()) {
            JsonNode n = root.findParents("id").stream()
                    .filter(p -> p.get("id").asText().equals(e.id()) && p.has("name"))
                    .findFirst().orElseThrow(() -> new AssertionError("no element " + e.id() + " in JSON"));
            assertThat(n.get("name").asText()).isEqualTo(e.displayName());
            assertThat(n.get("description").asText()).isEqualTo(e.description());
            assertThat(n.get("source").get("document").asText()).isEqualTo(e.source().document().id());
            assertThat(n.get("source").get("locator").asText()).isEqualTo(e.source().locator());
        }
    }

    @Test
    void test_export_structure() throws IOException {
        JsonNode root = new ObjectMapper().readTree(CatalogueJson.toJson());
        assertThat(root.get("ladders")).hasSize(5);
        assertThat(root.get("ladders").get(0).get("rungs")).hasSize(8);
        assertThat(root.get("ladders").get(0).get("groups")).hasSize(3);
        assertThat(root.get("checklist").get("points")).hasSize(40);
        assertThat(root.get("checklist").get("sections")).hasSize(6);
        assertThat(root.get("roles").get("types")).hasSize(6);
        assertThat(root.get("roles").get("attributes")).hasSize(8);
        assertThat(root.get("valueSets")).hasSize(8);
        assertThat(root.get("coDesignStages")).hasSize(6);
        assertThat(root.get("alwaysEventsStages")).hasSize(5);
        assertThat(root.get("feedbackLoops")).hasSize(1);
        assertThat(root.get("feedbackLoops").get(0).get("steps")).hasSize(3);
        assertThat(root.get("gripp2ShortForm")).hasSize(5);
        assertThat(root.get("crossWalk").get("rows")).hasSize(8);
        assertThat(root.get("engagementGrid").get("cells")).hasSize(8);
        assertThat(root.get("sources")).hasSize(SourceDocument.values().length);
        JsonNode policy = root.get("recommendationPolicy");
        assertThat(policy.get("factors")).hasSize(6);
        assertThat(policy.get("prerequisites")).hasSize(
                org.patientleadership.assessment.RecommendationPolicy.standard().prerequisites().size());
        assertThat(policy.at("/prerequisites/0/point").asText()).isEqualTo("point.12");
        assertThat(policy.at("/prerequisites/0/source/document").asText()).isEqualTo(SourceDocument.GUIDE.id());
        assertThat(policy.at("/levels/highFrom").asDouble()).isEqualTo(1.0);
    }

    @Test
    void test_export_newFrameworks() throws IOException {
        JsonNode root = new ObjectMapper().readTree(CatalogueJson.toJson());
        JsonNode iap2 = root.get("ladders").get(4);
        assertThat(iap2.get("id").asText()).isEqualTo("ladder.iap2");
        assertThat(iap2.get("rungs")).hasSize(5).allSatisfy(r -> {
            assertThat(r.get("goal").asText()).isNotBlank();
            assertThat(r.get("promise").asText()).isNotBlank();
        });
        JsonNode coproduction = root.get("ladders").get(3);
        assertThat(coproduction.get("beyond").get(0).get("id").asText()).isEqualTo("coproduction-beyond.patient-led");
        assertThat(root.get("ladders").get(0).has("beyond")).isFalse();
        JsonNode standards = root.get("valueSets").get(7);
        assertThat(standards.get("id").asText()).isEqualTo("value-set.uk-standards-2019");
        assertThat(standards.get("principles")).allSatisfy(p -> assertThat(p.get("questions")).isNotEmpty());
        assertThat(root.get("valueSets").get(0).get("principles").get(0).has("questions")).isFalse();
        JsonNode row = root.get("crossWalk").get("rows").get(5);
        assertThat(row.get("arnstein").asText()).isEqualTo("arnstein.partnership");
        assertThat(row.get("counterparts").toString()).contains("iap2.collaborate");
        assertThat(root.get("crossWalk").get("ladders")).hasSize(5);
    }

    @Test
    void test_export_isDeterministic() {
        assertThat(CatalogueJson.toJson()).isEqualTo(CatalogueJson.toJson()).endsWith("}\n").doesNotContain("\r");
    }
}
