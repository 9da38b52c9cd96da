package org.patientleadership.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patientleadership.json.CatalogueJson;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.ladder.ArnsteinRung;
import org.patientleadership.ladder.Ladder;

class PrintCatalogueTest {

    private static String run(String... args) {
        return Capture.stdout(() -> PrintCatalogue.main(args));
    }

    @Test
    void test_default_printsArnsteinTopDownThenTheChecklist() {
        String out = run();
        assertThat(out).startsWith("Ladder of citizen participation (arnstein-1969, figure 2)");
        assertThat(out.indexOf("Citizen control")).isLessThan(out.indexOf("Manipulation"));
        for (ArnsteinRung r : ArnsteinRung.values()) {
            assertThat(out).contains(r.displayName());
        }
        Checklist.points().forEach(p -> assertThat(out).contains(p.title()));
        assertThat(out).contains("Sections: [1 (4 points), 2 (4 points), 3 (8 points), 4 (8 points), 5 (8 points), "
                + "6 (8 points)]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arnstein", "influence", "participation", "coproduction", "ladder.coproduction", "iap2"})
    void test_ladders_printEveryRung(String what) {
        String out = run(what);
        Ladder<?> ladder = Ladder.catalogued().stream()
                .filter(l -> l.id().endsWith(what.replace("ladder.", ""))).findFirst().orElseThrow();
        assertThat(out).startsWith(ladder.displayName());
        ladder.rungs().forEach(r -> assertThat(out).contains(r.displayName()));
    }

    @Test
    void test_roles_andValueSets() {
        assertThat(run("roles")).contains("Formal representatives", "FT Governor", "System-influencers");
        assertThat(run("nef-2010")).contains("outside the seeds", "Blur roles", "Capabilities");
        assertThat(run("value-set.copenhagen-2023")).doesNotContain("outside the seeds").contains("Catalysts");
        assertThat(run("uk-standards-2019")).contains("outside the seeds", "Inclusive opportunities", "Governance");
        assertThat(run("nhs-england-2022")).contains("Voices at the centre", "Learn and build on assets");
    }

    @Test
    void test_json_isTheCatalogueExport() throws Exception {
        String out = run("json");
        assertThat(out).isEqualTo(CatalogueJson.toJson());
        assertThat(new ObjectMapper().readTree(out).get("checklist").get("points")).hasSize(40);
    }

    @Test
    void test_unknownArgument_listsWhatIsAllowed() {
        assertThatThrownBy(() -> run("hart"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'hart'")
                .hasMessageContaining("arnstein")
                .hasMessageContaining("scie-2013");
    }
}
