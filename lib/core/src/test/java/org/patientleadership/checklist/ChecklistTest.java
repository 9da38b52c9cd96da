package org.patientleadership.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientleadership.Source;
import org.patientleadership.UnknownElementException;

class ChecklistTest {

    @Test
    void test_points_fortyNumberedInOrder() {
        List<ChecklistPoint> points = Checklist.points();
        assertThat(points).hasSize(40);
        for (int i = 0; i < points.size(); i++) {
            assertThat(points.get(i).number()).isEqualTo(i + 1);
            assertThat(points.get(i).source()).isEqualTo(Source.guide("point " + (i + 1)));
        }
    }

    @Test
    void test_sections_sixInTheGuidesOrder_countedNotAssumed() {
        assertThat(Arrays.stream(Section.values()).map(Section::displayName)).containsExactly(
                "Introduction and background", "About Patient Leaders and Leadership", "Leading the work",
                "Working with others", "Preparing the ground", "Finding the right Patient Leaders");
        assertThat(Arrays.stream(Section.values()).map(s -> s.points().size())).containsExactly(4, 4, 8, 8, 8, 8);
        assertThat(Section.LEADING_THE_WORK.headingTitle()).isEqualTo("Leading the transformation to Patient Leadership");
    }

    @Test
    void test_titles_spotChecks() {
        assertThat(Checklist.point(1).title()).isEqualTo("Why we need Patient Leaders");
        assertThat(Checklist.point(8).title()).isEqualTo("Consider what Patient Leadership is");
        assertThat(Checklist.point(23).title()).isEqualTo("Build Patient leadership into formal engagement mechanisms");
        assertThat(Checklist.point(34).title()).isEqualTo("Focus on attributes, not roles");
        assertThat(Checklist.point(40).title()).isEqualTo("Keep it going");
    }

    @Test
    void test_caseStudies_citedByPoints29And30Only() {
        assertThat(Checklist.point(29).caseStudies()).containsExactly(CaseStudy.ELLIE_MILNER);
        assertThat(Checklist.point(30).caseStudies()).containsExactlyInAnyOrder(CaseStudy.SUE_SIBBALD,
                CaseStudy.AMANDA_O_CONNELL, CaseStudy.ANYA_DE_LONGH);
        assertThat(Checklist.points().stream().filter(p -> !p.caseStudies().isEmpty())).hasSize(2);
        assertThat(Arrays.stream(CaseStudy.values()).mapToInt(CaseStudy::page)).containsExactly(42, 43, 44, 45);
        assertThat(CaseStudy.ELLIE_MILNER.citedBy()).extracting(ChecklistPoint::number).containsExactly(29);
    }

    @Test
    void test_everyPoint_hasSummaryAndActions() {
        for (ChecklistPoint p : Checklist.points()) {
            assertThat(p.summary()).isNotBlank();
            assertThat(p.actions()).isNotEmpty().allSatisfy(a -> assertThat(a).isNotBlank());
            assertThat(p.section()).isEqualTo(Section.containing(p.number()));
        }
    }

    @Test
    void test_lookUps() {
        assertThat(Checklist.point("point.12")).isSameAs(Checklist.point(12));
        assertThat(Checklist.find("point.41")).isEmpty();
        assertThatThrownBy(() -> Checklist.point(41))
                .isInstanceOf(UnknownElementException.class).hasMessageContaining("1 to 40");
        assertThatThrownBy(() -> Section.containing(0))
                .isInstanceOf(UnknownElementException.class).hasMessageContaining("1 to 40");
        assertThat(Section.of("section.working-with-others")).isEqualTo(Section.WORKING_WITH_OTHERS);
    }
}
