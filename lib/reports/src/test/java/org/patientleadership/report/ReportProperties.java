package org.patientleadership.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.patientleadership.internal.UserText;
import org.w3c.dom.Document;

/**
 * Any user text (organisation, assessor role, evidence, activity name) appears in the reports as text: the HTML
 * stays well formed with no element the text could have made, and the Markdown has no markup from it.
 */
class ReportProperties {

    @Property(tries = 200)
    void userText_isEscaped_inHtmlAndMarkdown(@ForAll String name) {
        Assume.that(!name.isBlank());
        Assessment a = Assessment.builder(name, LocalDate.of(2026, 1, 1)).assessorRoles(name).rate(1, 2, name)
                .rate(2, 3).build();
        Activity activity = Activity.of(name, EngagementLevel.INDIVIDUAL, Initiator.ORGANISATION);
        AssessmentReport report = AssessmentReport.of(a).withActivities(List.of(activity));
        Document doc = Dom.parse(report.html());
        assertThat(Dom.elements(doc, "h1").get(0).getTextContent())
                .isEqualTo(Dom.sanitised(UserText.withoutUnpairedControls("Self-assessment: " + a.organisation()
                        + ", 2026-01-01")));
        assertThat(Dom.elements(doc, "script")).isEmpty();
        assertThat(Dom.elements(doc, "h3").get(0).getTextContent()).isEqualTo(Dom.sanitised(UserText
                .withoutUnpairedControls(activity.name())));
        long elements = Dom.elements(doc, "*").size() - Dom.elements(doc, "bdi").size();
        String plain = AssessmentReport.of(Assessment.builder("x", LocalDate.of(2026, 1, 1)).assessorRoles("x")
                .rate(1, 2, "x").rate(2, 3).build()).withActivities(List.of(Activity.of("x",
                EngagementLevel.INDIVIDUAL, Initiator.ORGANISATION))).html();
        assertThat(elements).isEqualTo(Dom.elements(Dom.parse(plain), "*").size());

        String md = report.markdown();
        String heading = md.lines().findFirst().orElseThrow().replace("\u2068", "");
        assertThat(heading).startsWith("# Self-assessment: ");
        assertThat(unescaped(heading, "<>[]`*_|&")).isFalse();
    }

    /** Whether the line has one of the characters without a backslash before it. */
    private static boolean unescaped(String line, String specials) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (specials.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
