package org.patientleadership;

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
    private static final Path COMMITTED = Path.of("..", "docs", "catalogue.json");

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
        assertThat(root.get("ladders")).hasSize(4);
        assertThat(root.get("ladders").get(0).get("rungs")).hasSize(8);
        assertThat(root.get("ladders").get(0).get("groups")).hasSize(3);
        assertThat(root.get("checklist").get("points")).hasSize(40);
        assertThat(root.get("checklist").get("sections")).hasSize(6);
        assertThat(root.get("roles").get("types")).hasSize(6);
        assertThat(root.get("roles").get("attributes")).hasSize(8);
        assertThat(root.get("valueSets")).hasSize(6);
        assertThat(root.get("coDesignStages")).hasSize(6);
        assertThat(root.get("engagementGrid").get("cells")).hasSize(8);
        assertThat(root.get("sources")).hasSize(SourceDocument.values().length);
    }

    @Test
    void test_export_isDeterministic() {
        assertThat(CatalogueJson.toJson()).isEqualTo(CatalogueJson.toJson()).endsWith("}\n").doesNotContain("\r");
    }
}
