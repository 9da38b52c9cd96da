package org.patientleadership.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientleadership.Source;

class ChecklistPointBuilderTest {

    private static ChecklistPointBuilder complete() {
        return new ChecklistPointBuilder().number(33).id("point.33").title("Identify and recruit")
                .section(Section.FINDING_PATIENT_LEADERS).summary("Summary.").addActions("Act.")
                .source(Source.guide("point 33"));
    }

    @Test
    void test_builder_buildsAnEqualValue() {
        ChecklistPoint built = complete().build();
        assertThat(built).isEqualTo(ChecklistPoint.of(33, "Identify and recruit", "Summary.", List.of("Act."),
                List.of()));
    }

    @Test
    void test_builder_missingField_saysWhich() {
        assertThatThrownBy(() -> new ChecklistPointBuilder().number(1).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("title");
    }

    @Test
    void test_builder_rejectsNullAndBlank_withTheFieldName() {
        assertThatThrownBy(() -> complete().title(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> complete().summary("  ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("summary must not be blank");
        assertThatThrownBy(() -> complete().addActions(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("actions[1] must not be blank");
    }
}
