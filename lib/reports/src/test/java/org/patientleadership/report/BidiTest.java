package org.patientleadership.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.internal.UserText;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.w3c.dom.Document;

/** User text with bidirectional controls or right-to-left letters is isolated in the reports (issue 15). */
class BidiTest {

    private static final String EVIL = "Trust \u202Eevil";

    private static AssessmentReport report() {
        Assessment a = Assessment.builder(EVIL, LocalDate.of(2026, 1, 1)).assessorRoles("מנהל").rate(1, 2, EVIL)
                .rate(2, 3).build();
        return AssessmentReport.of(a).withActivities(List.of(Activity.of("לוח " + EVIL, EngagementLevel.INDIVIDUAL,
                Initiator.ORGANISATION)));
    }

    private static boolean hasUnpaired(String text) {
        return !UserText.withoutUnpairedControls(text).equals(text);
    }

    @Test
    void test_html_isolatesUserText_andLeavesNoControlUnpaired() {
        String html = report().html();
        assertThat(hasUnpaired(html)).isFalse();
        assertThat(html).doesNotContain("\u202E");
        Document doc = Dom.parse(html);
        assertThat(Dom.elements(doc, "bdi")).isNotEmpty().allSatisfy(e -> assertThat(e.getTextContent())
                .satisfiesAnyOf(t -> assertThat(t).contains("Trust evil"), t -> assertThat(t).contains("מנהל"),
                        t -> assertThat(t).contains("לוח")));
        assertThat(Dom.elements(doc, "title").get(0).getTextContent()).doesNotContain("\u202E");
    }

    @Test
    void test_html_withoutRightToLeftText_isUnchanged() {
        Assessment a = Assessment.builder("North Trust", LocalDate.of(2026, 1, 1)).rate(1, 2).build();
        assertThat(AssessmentReport.of(a).html()).doesNotContain("<bdi>").doesNotContain("\u2068");
    }

    @Test
    void test_markdown_isolatesUserText_andLeavesNoControlUnpaired() {
        String md = report().markdown();
        assertThat(hasUnpaired(md)).isFalse();
        assertThat(md).doesNotContain("\u202E").contains("\u2068").contains("\u2069");
        md.lines().forEach(line -> assertThat(hasUnpaired(line)).as(line).isFalse());
    }
}
