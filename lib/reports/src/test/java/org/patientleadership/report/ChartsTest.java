package org.patientleadership.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.BandScheme;
import org.patientleadership.assessment.Scores;
import org.patientleadership.assessment.Scoring;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.patientleadership.placement.Placements;
import org.patientleadership.placement.Placer;
import org.patientleadership.placement.PowerSharing;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {

    static Assessment sample() {
        Assessment.Builder b = Assessment.builder("Test Trust", LocalDate.of(2026, 1, 1));
        for (int p = 1; p <= 40; p++) {
            if (p == 24) {
                b.notApplicable(p);
            } else if (p != 32 && p > 4) {
                b.rate(p, p % 5);
            }
        }
        return b.build();
    }

    @Test
    void radar_vertices_areComputedFromTheScores() {
        Assessment a = sample();
        Scores scores = Scoring.score(a);
        Document svg = Dom.parse(Charts.radar(scores, BandScheme.STANDARD, "r"));
        String[] points = Dom.withClass(svg, "polygon", "scores").get(0).getAttribute("points").split(" ");
        assertThat(points).hasSize(6);
        for (Section s : Section.values()) {
            double value = scores.section(s).value().orElse(0);
            double angle = -Math.PI / 2 + s.ordinal() * Math.PI / 3;
            String[] xy = points[s.ordinal()].split(",");
            assertThat(Double.parseDouble(xy[0])).isCloseTo(Charts.RADAR_CX + 120 * value / 100 * Math.cos(angle),
                    within(0.01));
            assertThat(Double.parseDouble(xy[1])).isCloseTo(Charts.RADAR_CY + 120 * value / 100 * Math.sin(angle),
                    within(0.01));
        }
        // Section 1 (points 1-4 unanswered) has insufficient data: at the centre, and labelled so.
        assertThat(scores.section(Section.INTRODUCTION).value()).isEmpty();
        assertThat(points[0]).isEqualTo("200,190");
        assertThat(Dom.elements(svg, "tspan").get(1).getTextContent()).isEqualTo("no score");
        assertThat(Dom.elements(svg, "desc").get(0).getTextContent())
                .contains("Section 1, Introduction and background: no score (insufficient data)");
        // One ring per band, and a title and description as the text alternative.
        assertThat(Dom.elements(svg, "polygon")).hasSize(BandScheme.STANDARD.bands().size() + 1);
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo("r-title r-desc");
        assertThat(Dom.elements(svg, "desc").get(0).getTextContent()).contains("Section 3, Leading the work: "
                + Charts.scoreText(scores.section(Section.LEADING_THE_WORK)));
    }

    @Test
    void bars_haveTheRatedLength_andSayWhatIsMissing() {
        Assessment a = sample();
        Document svg = Dom.parse(Charts.points(a, "p"));
        List<Element> bars = Dom.withClass(svg, "rect", "bar");
        assertThat(bars).hasSize(a.answers().size() - 1);
        for (Element bar : bars) {
            int point = Integer.parseInt(bar.getAttribute("data-point"));
            int rating = a.answer(point).orElseThrow().rating().getAsInt();
            assertThat(bar.getAttribute("data-rating")).isEqualTo(Integer.toString(rating));
            assertThat(Double.parseDouble(bar.getAttribute("width"))).isCloseTo(Charts.BAR_MAX * rating / 4, within(0.01));
        }
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text).contains("not applicable").contains("not answered").contains("Section 6. ");
        assertThat(Dom.elements(svg, "desc").get(0).getTextContent()).contains("Point 24: not applicable")
                .contains("Point 32: not answered").contains("Point 9: 4 – ");
    }

    @Test
    void bars_showEachPointsShortTitle_besideOrAboveTheBar() {
        Assessment a = sample();
        for (String chart : List.of(Charts.points(a, "p"), Charts.pointsNarrow(a, "q"))) {
            String text = Dom.parse(chart).getDocumentElement().getTextContent();
            for (ChecklistPoint p : Checklist.points()) {
                // Every word of the title is there (long titles wrap; the wide form may abbreviate the last).
                String first = p.title().split(" ")[0];
                assertThat(text).as("point " + p.number()).contains(first);
            }
        }
        Document wide = Dom.parse(Charts.points(a, "p"));
        List<String> lines = Dom.elements(wide, "text").stream().map(Element::getTextContent).toList();
        assertThat(lines).contains("Align Patient Leadership and work on putting patients first", "22",
                "Involve staff", "19");
        Document narrow = Dom.parse(Charts.pointsNarrow(a, "q"));
        List<String> tspans = Dom.elements(narrow, "tspan").stream().map(Element::getTextContent).toList();
        assertThat(tspans).contains("Align Patient Leadership and work on putting", "patients first");
    }

    @Test
    void wrap_breaksAtSpaces_andAbbreviatesTheLastLine() {
        assertThat(Charts.wrap("one two three four", 9, 2)).containsExactly("one two", "three…");
        assertThat(Charts.wrap("one two three", 9, 2)).containsExactly("one two", "three");
        assertThat(Charts.wrap("short", 9, 2)).containsExactly("short");
        assertThat(Charts.abbreviate("Provide Opportunities for Learning", 20)).isEqualTo("Provide…");
        assertThat(Charts.abbreviate("Provide Opportunities for Learning", 30)).isEqualTo("Provide Opportunities for…");
    }

    @Test
    void radar_ringLabels_stayClearOfEveryScorePoint() {
        // Section 1 at exactly a ring's value used to put its point on the ring's label.
        for (double v : new double[] {0, 10, 25, 37.5, 50, 62.5, 75, 90, 100}) {
            for (int axis = 0; axis < 6; axis++) {
                double[] point = Charts.radarPoint(axis, v);
                for (double ring : new double[] {25, 50, 75}) {
                    double[] label = Charts.ringLabel(ring);
                    // The label's box: two 12 px digits, about 15 wide and 9 high above the baseline.
                    double dx = Math.max(0, Math.abs(point[0] - label[0]) - 7.5);
                    double dy = Math.max(0, Math.max(label[1] - 9 - point[1], point[1] - label[1]));
                    // Clear of the point's radius (4) with room to spare.
                    assertThat(Math.hypot(dx, dy)).as("ring %s, axis %d at %s", ring, axis, v)
                            .isGreaterThan(4 + 2);
                }
            }
        }
        Document svg = Dom.parse(Charts.radar(Scoring.score(sample()), BandScheme.STANDARD, "r"));
        assertThat(Dom.withClass(svg, "text", "ring")).extracting(Element::getTextContent)
                .containsExactly("25", "50", "75");
    }

    @Test
    void ladder_highlightsThePlacedRung_inShapeTextAndWeight() {
        Placements p = Placer.place(Activity.of("Group", EngagementLevel.COLLECTIVE, Initiator.JOINT,
                PowerSharing.PATIENTS_INFORMED, PowerSharing.PATIENTS_ASKED));
        Document svg = Dom.parse(Charts.ladder(p.arnstein(), "l"));
        List<Element> placed = Dom.withClass(svg, "rect", "placed");
        assertThat(placed).hasSize(1);
        assertThat(placed.get(0).getAttribute("data-rung")).isEqualTo(Integer.toString(p.arnstein().rung().number()));
        List<Element> bold = Dom.elements(svg, "text").stream().filter(t -> t.getAttribute("font-weight")
                .equals("bold")).toList();
        assertThat(bold).singleElement().extracting(Element::getTextContent).isEqualTo(p.arnstein().rung().number()
                + ". " + p.arnstein().rung().displayName() + "  ◀ here");
        assertThat(Dom.elements(svg, "text")).hasSize(8);
    }

    @Test
    void progress_marksImprovementsAndFalls_inWordsAndSymbols() {
        Map<Section, List<OptionalDouble>> series = new java.util.EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            series.put(s, List.of(OptionalDouble.of(50), OptionalDouble.of(50 + (s.ordinal() - 2) * 10.0)));
        }
        series.put(Section.FINDING_PATIENT_LEADERS, List.of(OptionalDouble.empty(), OptionalDouble.of(10)));
        Document svg = Dom.parse(Charts.progress(List.of("2025", "2026"), series, "g"));
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text).contains("▼ fell back by 20.0").contains("▼ fell back by 10.0").contains("= no change")
                .contains("▲ improved by 10.0").contains("no comparison (insufficient data)");
        Element dot = Dom.elements(svg, "circle").stream().filter(c -> c.getAttribute("data-section").equals("4")
                && c.getAttribute("data-index").equals("1")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(dot.getAttribute("cx")))
                .isCloseTo(Charts.PROGRESS_LEFT + Charts.PROGRESS_LENGTH * 0.6, within(0.01));
    }

    @Test
    void distribution_segments_areProportionalToTheCounts() {
        Map<Section, List<Long>> counts = new java.util.EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            counts.put(s, List.of(1L, 2L, 3L, 4L, (long) s.ordinal()));
        }
        Document svg = Dom.parse(Charts.distribution(BandScheme.STANDARD, counts, "d"));
        for (Section s : Section.values()) {
            List<Element> seg = Dom.withClass(svg, "rect", "segment").stream()
                    .filter(e -> e.getAttribute("data-section").equals(Integer.toString(s.number()))).toList();
            double total = 10 + s.ordinal();
            assertThat(seg).hasSize(s.ordinal() == 0 ? 4 : 5);
            for (Element e : seg) {
                assertThat(Double.parseDouble(e.getAttribute("width")))
                        .isCloseTo(Charts.SPREAD_LENGTH * Long.parseLong(e.getAttribute("data-count")) / total,
                                within(0.01));
            }
        }
    }

    @Test
    void ids_areChecked() {
        Scores scores = Scoring.score(sample());
        assertThatThrownBy(() -> Charts.radar(scores, BandScheme.STANDARD, "1\"><script>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowed are a letter");
    }

    @Test
    void palette_meetsContrast_forTextAndMarks() {
        for (String text : List.of(Palette.TEXT, Palette.MUTED, Palette.MARK, Palette.UP, Palette.DOWN)) {
            assertThat(Palette.contrast(text, Palette.BACKGROUND)).as(text).isGreaterThanOrEqualTo(4.5);
        }
        for (String fill : Palette.BAND_FILLS) {
            assertThat(Palette.contrast(Palette.TEXT, fill)).as(fill).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(Palette.contrast(Palette.TEXT, Palette.NO_DATA)).isGreaterThanOrEqualTo(4.5);
        assertThat(Palette.contrast(Palette.GRID, Palette.BACKGROUND)).isGreaterThanOrEqualTo(3);
        assertThat(Palette.contrast("#000000", "#ffffff")).isCloseTo(21, within(0.01));
    }
}
