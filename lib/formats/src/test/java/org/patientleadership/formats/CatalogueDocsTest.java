package org.patientleadership.formats;

import org.patientleadership.catalogue.Catalogue;
import org.patientleadership.json.CatalogueJson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.patientleadership.coproduction.ValueSet;
import org.patientleadership.coproduction.ValueSets;
import org.patientleadership.ladder.Ladder;

/** Fails when the catalogue's documentation (catalogue-format.md and the README's list) drifts from the code. */
class CatalogueDocsTest {

    private static String read(String... path) throws IOException {
        return Files.readString(Path.of("../..", path));
    }

    @Test
    void test_catalogueFormat_listsEveryTopLevelFieldAndIdPrefix() throws IOException {
        String doc = read("docs", "catalogue-format.md");
        for (Iterator<String> it = CatalogueJson.toTree().fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!field.equals("formatVersion") && !field.equals("catalogueVersion")) {
                assertThat(doc).as("top-level field %s in docs/catalogue-format.md", field).contains("| `" + field + "` |");
            }
        }
        TreeSet<String> prefixes = new TreeSet<>();
        Catalogue.elements().forEach(e -> prefixes.add(e.id().substring(0, e.id().indexOf('.'))));
        for (String prefix : prefixes) {
            if (ValueSets.all().stream().noneMatch(s -> s.id().equals("value-set." + prefix))) {
                assertThat(doc).as("id prefix %s in docs/catalogue-format.md", prefix).contains("`" + prefix + "`");
            }
        }
    }

    @Test
    void test_readme_namesEveryLadderAndValueSet() throws IOException {
        String readme = read("README.md").replaceAll("\\s+", " ");
        for (Ladder<?> ladder : Ladder.catalogued()) {
            assertThat(readme).as("README names the ladder %s", ladder.id()).contains(ladder.displayName());
        }
        for (ValueSet set : ValueSets.all()) {
            assertThat(readme).as("README lists the value set %s", set.id())
                    .contains("`" + set.id().substring("value-set.".length()) + "`");
        }
    }
}
