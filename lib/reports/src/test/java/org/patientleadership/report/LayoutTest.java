package org.patientleadership.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.patientleadership.placement.PowerSharing;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What can be checked of the reports' layout without a browser: the size text is drawn at in every chart at a
 * phone's width (390 CSS px) and a desktop's (1280 CSS px), and that every chart is titled and described.
 * {@code scripts/report-screenshots.sh} renders the same pages in Chromium for a person to look at.
 */
class LayoutTest {

    /** The smallest text allowed in a chart, in CSS px. */
    static final double MIN_TEXT_PX = 11;
    /** The content's width on a 390 px phone: the page minus the main column's padding (0.5rem each side). */
    static final double PHONE_CONTENT = 390 - 2 * 8;
    /** The content's width on a 1280 px screen: the main column's 52rem minus its padding (1rem each side). */
    static final double DESKTOP_CONTENT = 52 * 16 - 2 * 16;
    /** The ladders' CSS limit (.ladders svg{max-width:260px}). */
    static final double LADDER_MAX = 260;

    private static final Pattern MAX_WIDTH = Pattern.compile("max-width:([0-9.]+)px");

    static List<Report> reports() {
        Assessment a = ChartsTest.sample();
        Activity group = Activity.of("Discharge group", EngagementLevel.COLLECTIVE, Initiator.JOINT,
                PowerSharing.PATIENTS_INFORMED, PowerSharing.PATIENTS_ASKED, PowerSharing.CO_DESIGNED);
        List<Assessment> cohort = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cohort.add(ReportTest.year(2020 + i, i % 5, "Trust " + i));
        }
        return List.of(AssessmentReport.of(a).withActivities(List.of(group)),
                ProgressReport.of(List.of(ReportTest.year(2025, 1, "Trust"), ReportTest.year(2026, 3, "Trust"))),
                CohortReport.of("Region", cohort));
    }

    @Test
    void chartText_isAtLeast11px_onAPhone() {
        for (Report r : reports()) {
            List<Element> shown = charts(r, Charts.WIDE);
            assertThat(shown).as(r.title()).isNotEmpty();
            for (Element svg : shown) {
                assertMinimumText(svg, PHONE_CONTENT, r.title() + " at 390 px");
            }
        }
    }

    @Test
    void chartText_isAtLeast11px_onADesktop_andOnA4() {
        for (Report r : reports()) {
            for (Element svg : charts(r, Charts.NARROW)) {
                assertMinimumText(svg, DESKTOP_CONTENT, r.title() + " at 1280 px");
                // A4 with 15 mm margins: 180 mm, 680 CSS px; the radar at most 10 cm.
                String type = svg.getAttribute("class");
                double mm = type.equals(Charts.RADAR) ? Charts.RADAR_PRINT_CM * 10
                        : type.equals(Charts.ROWS) ? Charts.ROWS_PRINT_CM * 10 : 180;
                assertMinimumText(svg, mm / 25.4 * 96, r.title() + " on A4");
            }
        }
    }

    @Test
    void thePointsChart_hasAPhoneForm_andAWideForm_ofTheSameContent() {
        Document doc = Dom.parse(reports().get(0).html());
        List<Element> wide = Dom.withClass(doc, "svg", Charts.WIDE);
        List<Element> narrow = Dom.withClass(doc, "svg", Charts.NARROW);
        assertThat(wide).hasSize(1);
        assertThat(narrow).hasSize(1);
        assertThat(Dom.elements(doc, "desc").stream().filter(d -> d.getAttribute("id").startsWith("points"))
                .map(Node::getTextContent).distinct()).hasSize(1);
        assertThat(reports().get(0).html()).contains("svg.narrow{display:none}")
                .contains("@media (max-width:40rem)").contains("svg.wide{display:none}svg.narrow{display:block}");
    }

    @Test
    void everyChart_isTitledAndDescribed() {
        for (Report r : reports()) {
            Document doc = Dom.parse(r.html());
            List<Element> svgs = Dom.elements(doc, "svg");
            assertThat(svgs).isNotEmpty();
            for (Element svg : svgs) {
                assertThat(svg.getAttribute("role")).isEqualTo("img");
                String[] ids = svg.getAttribute("aria-labelledby").split(" ");
                assertThat(ids).hasSize(2);
                Element title = child(svg, "title");
                Element desc = child(svg, "desc");
                assertThat(title.getAttribute("id")).isEqualTo(ids[0]);
                assertThat(desc.getAttribute("id")).isEqualTo(ids[1]);
                assertThat(title.getTextContent()).isNotBlank();
                assertThat(desc.getTextContent()).hasSizeGreaterThan(40);
            }
        }
    }

    @Test
    void print_keepsHeadingsWithWhatFollows_andAvoidsOrphans() {
        String html = reports().get(0).html();
        String print = html.substring(html.indexOf("@media print{"));
        assertThat(print).contains("h1,h2,h3,h4{break-after:avoid").contains("h2+p,h3+p{break-after:avoid").contains("orphans:3;widows:3").contains("figure,tr,li").contains("footer{break-before:avoid")
                .contains("table+p{break-before:avoid").contains("svg.radar{max-width:10cm!important}");
    }

    private static List<Element> charts(Report r, String hiddenClass) {
        return Dom.elements(Dom.parse(r.html()), "svg").stream()
                .filter(svg -> !List.of(svg.getAttribute("class").split(" ")).contains(hiddenClass)).toList();
    }

    private static Element child(Element svg, String name) {
        return Dom.elements(svg.getOwnerDocument(), name).stream().filter(e -> e.getParentNode() == svg)
                .findFirst().orElseThrow(() -> new AssertionError("a chart without " + name));
    }

    private static void assertMinimumText(Element svg, double content, String where) {
        String[] box = svg.getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        Matcher m = MAX_WIDTH.matcher(svg.getAttribute("style"));
        assertThat(m.find()).isTrue();
        double drawn = Math.min(content, Double.parseDouble(m.group(1)));
        if (svg.getParentNode().getParentNode() instanceof Element div && div.getAttribute("class").equals("ladders")) {
            drawn = Math.min(drawn, LADDER_MAX);
        }
        double scale = drawn / width;
        String title = child(svg, "title").getTextContent();
        for (String tag : List.of("text", "tspan")) {
            for (Element t : Dom.elements(svg.getOwnerDocument(), tag)) {
                if (!inside(t, svg)) {
                    continue;
                }
                double px = fontSize(t) * scale;
                assertThat(px).as("%s, chart '%s', text '%s'", where, title, t.getTextContent())
                        .isGreaterThanOrEqualTo(MIN_TEXT_PX);
            }
        }
    }

    private static boolean inside(Node n, Element svg) {
        for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
            if (p == svg) {
                return true;
            }
        }
        return false;
    }

    private static double fontSize(Element t) {
        for (Node n = t; n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute("font-size")) {
                return Double.parseDouble(e.getAttribute("font-size"));
            }
        }
        throw new AssertionError("text without a font size: " + t.getTextContent());
    }
}
