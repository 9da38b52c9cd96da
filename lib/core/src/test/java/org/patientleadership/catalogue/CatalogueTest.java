package org.patientleadership.catalogue;

import org.patientleadership.CatalogueElement;
import org.patientleadership.UnknownElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.ladder.ArnsteinRung;

class CatalogueTest {

    @Test
    void test_get_byId() {
        assertThat(Catalogue.get("arnstein.partnership")).isSameAs(ArnsteinRung.PARTNERSHIP);
        assertThat(Catalogue.get("point.12", ChecklistPoint.class).number()).isEqualTo(12);
        assertThat(Catalogue.find("nothing.here")).isEmpty();
    }

    @Test
    void test_get_unknown_namesValue() {
        assertThatThrownBy(() -> Catalogue.get("arnstein.partnershp"))
                .isInstanceOf(UnknownElementException.class)
                .hasMessageStartingWith("Unknown catalogue id 'arnstein.partnershp'; allowed: ")
                .satisfies(e -> assertThat(((UnknownElementException) e).allowed()).contains("arnstein.partnership"));
    }

    @Test
    void test_get_wrongType() {
        assertThatThrownBy(() -> Catalogue.get("arnstein.partnership", ChecklistPoint.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names a ArnsteinRung, not a ChecklistPoint");
    }

    @Test
    void test_elements_coverEveryFamily() {
        assertThat(Catalogue.elements()).extracting(CatalogueElement::id)
                .contains("ladder.arnstein", "arnstein-band.tokenism", "grid.collective-control",
                        "participation.asked", "coproduction.co-design", "coproduction-group.doing-with",
                        "role-category.system-influencer", "role.formal-representative", "example-role.ft-governor",
                        "stage.emerging", "connection.no-links", "representative-function.critical-friend",
                        "attribute.lifelong-learning", "section.introduction", "point.40", "case-study.ellie-milner",
                        "value-set.nef-2010", "nef-2010.blur-roles", "ebcd.celebration-event",
                        "engagement-level.individual", "influence.control");
        assertThatThrownBy(() -> Catalogue.elements().add(ArnsteinRung.THERAPY))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
