package org.patientleadership.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientleadership.SourceDocument;
import org.patientleadership.UnknownElementException;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.patientleadership.placement.PowerSharing;

class Gripp2DraftTest {

    private static final Activity ADVISORY_GROUP = Activity.of("Trial advisory group", EngagementLevel.COLLECTIVE,
            Initiator.ORGANISATION, PowerSharing.PATIENTS_INFORMED, PowerSharing.PATIENTS_ASKED,
            PowerSharing.INPUT_ACTED_ON);

    @Test
    void test_items_shortFormInOrder() {
        assertThat(Gripp2Item.values()).extracting(Gripp2Item::displayName).containsExactly("Aim", "Methods",
                "Study results", "Discussion and conclusions", "Reflections/critical perspective");
        assertThat(Gripp2Item.of("gripp2-sf.methods")).isEqualTo(Gripp2Item.METHODS);
        assertThat(Gripp2Item.of(5).source().document()).isEqualTo(SourceDocument.GRIPP2_2017);
        assertThat(Gripp2Item.of(5).source().locator()).isEqualTo("table 2 (GRIPP2 short form), item 5");
        assertThatThrownBy(() -> Gripp2Item.of(6)).isInstanceOf(UnknownElementException.class)
                .hasMessageContaining("1 to 5");
    }

    @Test
    void test_draft_fillsWhatTheLibraryKnows_andMarksTheRest() {
        Gripp2Draft draft = Gripp2Draft.of(ADVISORY_GROUP);
        assertThat(draft.sections()).extracting(Gripp2Section::item).containsExactly(Gripp2Item.values());
        String methods = draft.section(Gripp2Item.METHODS).text();
        assertThat(methods).startsWith("The research team started it, and it was about services and research for "
                + "everyone. What was shared: " + PowerSharing.PATIENTS_INFORMED.description())
                .contains("On Arnstein's ladder of citizen participation this is Placation")
                .contains("on the IAP2 spectrum, Involve.")
                .endsWith(Gripp2Section.blank("who took part, how they were found and supported, and at which "
                        + "stages of the study"));
        assertThat(draft.section(Gripp2Item.STUDY_RESULTS).isComplete()).isFalse();
        assertThat(draft.section(Gripp2Item.DISCUSSION_AND_CONCLUSIONS).text()).contains("Involve on the IAP2 "
                + "spectrum");
        assertThat(draft.section(Gripp2Item.REFLECTIONS).text()).contains(PowerSharing.DECISIONS_SHARED
                .description());
        assertThat(draft.blanks()).hasSize(5).first().isEqualTo("Aim: what the involvement was meant to achieve "
                + "for the study");
        assertThat(draft.isComplete()).isFalse();
        assertThat(draft.toMarkdown()).startsWith("## Patient and public involvement (GRIPP2 short form)\n\n### 1. Aim")
                .endsWith("_5 blanks marked [TO FILL IN: …] remain to fill in._\n");
    }

    @Test
    void test_with_fillsASection_untilComplete() {
        Gripp2Draft draft = Gripp2Draft.of(ADVISORY_GROUP);
        for (Gripp2Item item : Gripp2Item.values()) {
            draft = draft.with(item, "Our own account of " + item.displayName() + ".");
        }
        assertThat(draft.isComplete()).isTrue();
        assertThat(draft.blanks()).isEmpty();
        assertThat(draft.toMarkdown()).doesNotContain(Gripp2Section.BLANK_START);
        assertThatThrownBy(() -> Gripp2Section.blank("a ] b")).isInstanceOf(IllegalArgumentException.class);
        Gripp2Draft first = Gripp2Draft.of(ADVISORY_GROUP);
        assertThatThrownBy(() -> new Gripp2Draft(ADVISORY_GROUP, List.of(first.sections().get(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one per GRIPP2 short-form item");
    }

    @Test
    void test_patientLedWork_saysSo() {
        Activity led = Activity.of("Patient-run study", EngagementLevel.COLLECTIVE, Initiator.PATIENTS,
                PowerSharing.PATIENTS_CONTROL, PowerSharing.PATIENTS_HOLD_BUDGET);
        Gripp2Draft draft = Gripp2Draft.of(led);
        assertThat(draft.section(Gripp2Item.METHODS).text()).startsWith("Patients started it")
                .contains("(patient-led, beyond the top of that ladder)").contains("IAP2 spectrum, Empower.");
        assertThat(draft.section(Gripp2Item.REFLECTIONS).text()).startsWith("Patients held the power");
    }
}
