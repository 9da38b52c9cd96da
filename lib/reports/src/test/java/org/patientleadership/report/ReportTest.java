package org.patientleadership.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patientleadership.analysis.ReliableChange;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Horizon;
import org.patientleadership.assessment.Plan;
import org.patientleadership.assessment.PlanItem;
import org.patientleadership.assessment.PlanRequest;
import org.patientleadership.assessment.Planner;
import org.patientleadership.assessment.Scores;
import org.patientleadership.assessment.Scoring;
import org.patientleadership.checklist.Section;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.patientleadership.placement.PowerSharing;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportTest {

    private static final Activity GROUP = Activity.of("Discharge group", EngagementLevel.COLLECTIVE, Initiator.JOINT,
            PowerSharing.PATIENTS_INFORMED, PowerSharing.PATIENTS_ASKED, PowerSharing.CO_DESIGNED);

    @Test
    void assessmentReport_html_isSelfContained_andShowsEveryPart() {
        Assessment a = ChartsTest.sample();
        AssessmentReport report = AssessmentReport.of(a).withActivities(List.of(GROUP));
        String html = report.html();
        assertThat(html).startsWith("<!DOCTYPE html>\n<html").doesNotContain("<script").doesNotContain("src=")
                .doesNotContain("url(").doesNotContain("@import").doesNotContain("<link");
        assertThat(html.replace("http://www.w3.org/2000/svg", "").replace("http://www.w3.org/1999/xhtml", ""))
                .doesNotContain("http:").doesNotContain("https:");
        Document doc = Dom.parse(html);
        assertThat(Dom.elements(doc, "svg")).hasSize(3 + 4);
        for (Element svg : Dom.elements(doc, "svg")) {
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            for (String id : svg.getAttribute("aria-labelledby").split(" ")) {
                assertThat(doc.getElementById(id) == null ? find(doc, id) : doc.getElementById(id)).isNotNull();
            }
        }
        List<String> ids = new ArrayList<>();
        Dom.elements(doc, "*").forEach(e -> {
            if (e.hasAttribute("id")) {
                ids.add(e.getAttribute("id"));
            }
        });
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(Dom.elements(doc, "h1").get(0).getTextContent()).isEqualTo("Self-assessment: Test Trust, 2026-01-01");
        assertThat(Dom.elements(doc, "meta")).anyMatch(m -> m.getAttribute("name").equals("viewport"));
        assertThat(html).contains("@page{size:A4");
        Scores scores = Scoring.score(a);
        String text = doc.getDocumentElement().getTextContent();
        for (Section s : Section.values()) {
            assertThat(text).contains(s.number() + ". " + s.displayName());
        }
        Plan plan = Planner.plan(a);
        List<Element> items = Dom.elements(doc, "li").stream()
                .filter(li -> ((Element) li.getParentNode()).getAttribute("class").equals("plan")).toList();
        assertThat(items).hasSameSizeAs(plan.items());
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = plan.items().get(i);
            if (item.horizon() != Horizon.LATER) {
                assertThat(items.get(i).getTextContent())
                        .contains("Patient Leadership, point " + item.point().number() + ".");
            }
        }
        assertThat(text).doesNotContain("Recommended next steps");
        assertThat(text).contains("Discharge group").contains("On the guide's grid: ");
    }

    private static Element find(Document doc, String id) {
        return Dom.elements(doc, "*").stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElse(null);
    }

    @Test
    void assessmentReport_markdown_hasTheSameContent() {
        Assessment a = ChartsTest.sample();
        String md = AssessmentReport.of(a).withActivities(List.of(GROUP)).markdown();
        Scores scores = Scoring.score(a);
        assertThat(md).startsWith("# Self-assessment: Test Trust, 2026-01-01\n");
        assertThat(md).contains("| 3. Leading the work | " + Reports.one(scores.section(Section.LEADING_THE_WORK)
                .value().getAsDouble()) + " | ");
        assertThat(md).contains("| 24 | ").contains("not applicable").contains("## Activities on the ladders");
        for (PlanItem item : Planner.plan(a).items()) {
            assertThat(md).contains(item.position() + ". **" + Reports.md(item.point().title()) + "** (point "
                    + item.point().number() + ", section ");
        }
        assertThat(AssessmentReport.of(a).withoutPlan().markdown()).doesNotContain("## Plan")
                .doesNotContain("### Now");
    }

    @Test
    void assessmentReport_withPlan_usesTheRequest_andItsChoices() {
        Assessment a = ChartsTest.sample();
        Plan plain = Planner.plan(a);
        int first = plain.items().get(0).point().number();
        PlanRequest request = PlanRequest.of(a).withSkip(first);
        String md = AssessmentReport.of(a).withPlan(request).markdown();
        assertThat(md).contains("Skipped this year, so never planned: " + Reports.md(plain.items().get(0).point().title()));
        assertThat(md).doesNotContain(". **" + Reports.md(plain.items().get(0).point().title()) + "** (point " + first);
        Assessment other = year(2025, 1, "Other Trust");
        assertThatThrownBy(() -> AssessmentReport.of(a).withPlan(PlanRequest.of(other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Other Trust")
                .hasMessageContaining("allowed: a request made from the report's assessment");
    }

    @Test
    void assessmentReport_hasThePlan_inHtmlAndMarkdown() throws Exception {
        Assessment a = ChartsTest.sample();
        AssessmentReport report = AssessmentReport.of(a);
        Plan plan = Planner.plan(a);
        assertThat(plan.items()).isNotEmpty();
        Document doc = Dom.parse(report.html());
        String text = doc.getDocumentElement().getTextContent();
        List<Element> items = Dom.elements(doc, "li").stream()
                .filter(li -> ((Element) li.getParentNode()).getAttribute("class").equals("plan")).toList();
        assertThat(items).hasSameSizeAs(plan.items());
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = plan.items().get(i);
            assertThat(items.get(i).getTextContent()).contains(item.point().title() + " (point " + item.point().number())
                    .contains(item.aimText());
            if (item.horizon() != Horizon.LATER) {
                assertThat(items.get(i).getTextContent()).contains(item.priority().explain())
                        .contains(item.reasons().get(0));
            }
        }
        assertThat(text).contains("Plan").contains("Now").contains("Next").contains("Later");
        String md = report.markdown();
        assertThat(md).contains("## Plan\n").contains("### Now\n").contains("### Later\n");
        for (PlanItem item : plan.items()) {
            assertThat(md).contains(item.position() + ". **" + Reports.md(item.point().title()) + "**");
        }
    }

    @Test
    void reports_areDeterministic() {
        AssessmentReport r = AssessmentReport.of(ChartsTest.sample()).withActivities(List.of(GROUP));
        assertThat(r.html()).isEqualTo(r.html());
        assertThat(r.markdown()).isEqualTo(r.markdown());
    }

    @Test
    void assessmentReport_checksItsParts() {
        assertThatThrownBy(() -> AssessmentReport.of(ChartsTest.sample()).withPlan(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("request");
        assertThatThrownBy(() -> AssessmentReport.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("assessment");
    }

    static Assessment year(int year, int rating, String organisation) {
        Assessment.Builder b = Assessment.builder(organisation, LocalDate.of(year, 3, 31));
        for (int p = 1; p <= 40; p++) {
            b.rate(p, p <= 8 ? Math.max(0, rating - 1) : p <= 16 ? 2 : rating);
        }
        return b.build();
    }

    @Test
    void progressReport_showsImprovementsAndFalls_oldestFirst() {
        ProgressReport report = ProgressReport.of(List.of(year(2026, 3, "Trust"), year(2024, 1, "Trust"),
                year(2025, 4, "Trust")));
        assertThat(report.history()).extracting(a -> a.date().getYear()).containsExactly(2024, 2025, 2026);
        Document doc = Dom.parse(report.html());
        String text = doc.getDocumentElement().getTextContent();
        assertThat(report.title()).isEqualTo("Progress: Trust, 2024-03-31 to 2026-03-31");
        assertThat(text).contains("▲ improved by").contains("= no change").contains("Points since 2025-03-31")
                .contains("Fell back (32)").contains("Improved (0)");
        assertThat(Dom.withClass(doc, "td", "up")).isNotEmpty();
        assertThat(report.markdown()).contains("| 2024-03-31 | 2025-03-31 | 2026-03-31 | Change |")
                .contains("- ▼ " + Reports.md(org.patientleadership.checklist.Checklist.point(1).title()) + " (point 1): ");
    }

    @Test
    void progressReport_saysWhetherEachSectionsChangeIsReal_fromTheGivenReliability() throws Exception {
        List<Assessment> years = List.of(year(2024, 1, "Trust"), year(2026, 3, "Trust"));
        ReliableChange.Basis basis = ReliableChange.Basis.of(0.8, 20, "a study of 40 trusts");
        Map<Section, ReliableChange.Basis> bases = new EnumMap<>(Section.class);
        bases.put(Section.INTRODUCTION, basis);
        bases.put(Section.LEADING_THE_WORK, basis);
        ProgressReport report = ProgressReport.of(years).withReliability(bases);
        Scores before = Scoring.score(years.get(0));
        Scores after = Scoring.score(years.get(1));
        ReliableChange intro = basis.change(before.section(Section.INTRODUCTION).value().getAsDouble(),
                after.section(Section.INTRODUCTION).value().getAsDouble());
        ReliableChange leading = basis.change(before.section(Section.LEADING_THE_WORK).value().getAsDouble(),
                after.section(Section.LEADING_THE_WORK).value().getAsDouble());
        assertThat(intro.isReliable()).isTrue();
        assertThat(leading.isReliable()).isFalse();
        String md = report.markdown();
        assertThat(md).contains("## Is the change real?")
                .contains(String.format(java.util.Locale.ROOT, "| 1. Introduction and background | %+.1f | %.2f | "
                        + "Beyond measurement error: a real change. |", intro.difference(), intro.index()))
                .contains(String.format(java.util.Locale.ROOT, "| 3. Leading the work | %+.1f | %.2f | Within "
                        + "measurement error: it may not be a real change. |", leading.difference(), leading.index()))
                .contains("| 2. About Patient Leaders and Leadership | – | – | No reliability figure for this "
                        + "section, so no verdict. |")
                .contains("Reliability and spread: Section 1: a study of 40 trusts. Section 3: a study of 40 trusts.");
        Document doc = Dom.parse(report.html());
        assertThat(doc.getDocumentElement().getTextContent()).contains("Is the change real?")
                .contains("Beyond measurement error: a real change.");
        assertThat(ProgressReport.of(years).markdown()).doesNotContain("Is the change real?");
        // The map given cannot change the report afterwards.
        bases.remove(Section.INTRODUCTION);
        assertThat(report.reliability()).containsKey(Section.INTRODUCTION);
        assertThat(report.withOptions(report.options()).reliability()).isEqualTo(report.reliability());
        Map<Section, ReliableChange.Basis> withNull = new java.util.HashMap<>();
        withNull.put(Section.INTRODUCTION, null);
        assertThatThrownBy(() -> ProgressReport.of(years).withReliability(withNull))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("section 1");
    }

    @Test
    void progressReport_takesReliabilityFromACohort_namingIt() {
        java.util.Random random = new java.util.Random(5);
        List<Assessment> cohort = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int level = random.nextInt(5);
            Assessment.Builder b = Assessment.builder("Org " + i, LocalDate.of(2026, 3, 31));
            for (int p = 1; p <= 40; p++) {
                b.rate(p, Math.max(0, Math.min(4, level + random.nextInt(3) - 1)));
            }
            cohort.add(b.build());
        }
        List<Assessment> years = List.of(year(2024, 1, "Trust"), year(2026, 3, "Trust"));
        ProgressReport report = ProgressReport.of(years).withReliabilityFrom(cohort);
        assertThat(report.reliability()).hasSize(6);
        for (Section s : Section.values()) {
            assertThat(report.reliability().get(s)).isEqualTo(ReliableChange.Basis.fromCohort(cohort, s).orElseThrow());
        }
        assertThat(report.markdown()).contains("Section 1: cohort of 60 assessments: raw alpha ");
    }

    @Test
    void progressReport_refusesMixedOrganisations_andSingleAssessments() {
        assertThatThrownBy(() -> ProgressReport.of(List.of(year(2024, 1, "A"), year(2025, 1, "B"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one organisation");
        assertThatThrownBy(() -> ProgressReport.of(List.of(year(2024, 1, "A"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
    }

    @Test
    void cohortReport_countsEveryAssessmentOnceInEachSection() {
        List<Assessment> cohort = List.of(year(2026, 0, "A"), year(2026, 2, "B"), year(2026, 4, "C"),
                ChartsTest.sample());
        CohortReport report = CohortReport.of("Region <North>", cohort);
        for (Section s : Section.values()) {
            assertThat(report.bandCounts(s).stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
        }
        assertThat(report.bandCounts(Section.INTRODUCTION).get(4)).isEqualTo(1);
        Document doc = Dom.parse(report.html());
        assertThat(Dom.elements(doc, "h1").get(0).getTextContent()).isEqualTo("Region <North>");
        assertThat(report.markdown()).startsWith("# Region \\<North\\>\n");
        assertThatThrownBy(() -> CohortReport.of(" ", cohort)).isInstanceOf(IllegalArgumentException.class);
    }
}
