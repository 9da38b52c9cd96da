package org.patientleadership.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientleadership.Source;

class ChecklistPointTest {

    private static final List<String> ACTIONS = List.of("Do one thing.");

    @Test
    void test_of_derivesIdSectionAndSource() {
        ChecklistPoint p = ChecklistPoint.of(17, "Build trusting relationships", "Summary.", ACTIONS, List.of());
        assertThat(p.id()).isEqualTo("point.17");
        assertThat(p.section()).isEqualTo(Section.WORKING_WITH_OTHERS);
        assertThat(p.source()).isEqualTo(Source.guide("point 17"));
        assertThat(p.displayName()).isEqualTo(p.title());
        assertThat(p).hasToString("point 17: Build trusting relationships");
    }

    @Test
    void test_of_stripsText() {
        ChecklistPoint p = ChecklistPoint.of(1, "  Title ", " Summary. ", List.of(" Act. "), List.of());
        assertThat(p.title()).isEqualTo("Title");
        assertThat(p.summary()).isEqualTo("Summary.");
        assertThat(p.actions()).containsExactly("Act.");
    }

    @Test
    void test_of_rejectsBadInput_withMessages() {
        assertThatThrownBy(() -> ChecklistPoint.of(0, "T", "S", ACTIONS, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid checklist point number: 0; allowed 1 to 40");
        assertThatThrownBy(() -> ChecklistPoint.of(1, " ", "S", ACTIONS, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("title must not be blank");
        assertThatThrownBy(() -> ChecklistPoint.of(1, null, "S", ACTIONS, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("title");
        assertThatThrownBy(() -> ChecklistPoint.of(1, "T", "S", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one action");
        assertThatThrownBy(() -> ChecklistPoint.of(1, "T", "S", List.of("ok", "\t"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("actions[1] must not be blank");
        assertThatThrownBy(() -> ChecklistPoint.of(1, "T", "S", ACTIONS,
                List.of(CaseStudy.ELLIE_MILNER, CaseStudy.ELLIE_MILNER)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void test_constructor_rejectsInconsistentSectionAndId() {
        Source s = Source.guide("point 3");
        assertThatThrownBy(() -> new ChecklistPoint(3, "point.3", "T", Section.LEADING_THE_WORK, "S", ACTIONS,
                List.of(), s))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Point 3 is in section 1, not section 3");
        assertThatThrownBy(() -> new ChecklistPoint(3, "point.4", "T", Section.INTRODUCTION, "S", ACTIONS,
                List.of(), s))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 'point.3'");
    }

    @Test
    void test_lists_areCopiedAndUnmodifiable() {
        List<String> actions = new ArrayList<>(List.of("First."));
        ChecklistPoint p = ChecklistPoint.of(2, "T", "S", actions, List.of());
        actions.add("Second.");
        assertThat(p.actions()).containsExactly("First.");
        assertThatThrownBy(() -> p.actions().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.caseStudies().add(CaseStudy.SUE_SIBBALD))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void test_withSummary_andWithActions() {
        ChecklistPoint p = Checklist.point(5);
        assertThat(p.withSummary(p.summary())).isSameAs(p);
        ChecklistPoint q = p.withSummary("Another summary.");
        assertThat(q.summary()).isEqualTo("Another summary.");
        assertThat(q.number()).isEqualTo(5);
        assertThat(p.summary()).isNotEqualTo("Another summary.");
        assertThat(p.withActions(p.actions())).isSameAs(p);
        assertThat(p.withActions(List.of("Only this.")).actions()).containsExactly("Only this.");
        assertThatThrownBy(() -> p.withSummary(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("summary must not be blank");
    }
}
