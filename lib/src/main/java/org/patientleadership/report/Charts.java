package org.patientleadership.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Band;
import org.patientleadership.assessment.BandScheme;
import org.patientleadership.assessment.Score;
import org.patientleadership.assessment.Scores;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;
import org.patientleadership.ladder.Rung;
import org.patientleadership.placement.Placement;

/**
 * Draws the charts of the reports as standalone SVG: a radar of the six section scores over the bands, a bar
 * chart of the 40 points grouped by section, a ladder with an activity's rung highlighted, the change of each
 * section over time, and the spread of a cohort over the bands per section.
 *
 * <p>Each chart is one {@code <svg>} element with a {@code viewBox} (so it scales to any width), the role
 * {@code img}, and a {@code <title>} and {@code <desc>} that say in words what the chart shows: the text
 * alternative. Values are also written as text in the chart, so colour is never the only signal. All user
 * text (organisation names, activity names) is escaped. The {@code id} argument prefixes the ids of the title
 * and description, so that several charts can share one page.
 *
 * <p>This class is immutable and thread-safe: its methods are pure functions.
 */
public final class Charts {

    /** The radar's centre, x. */
    static final double RADAR_CX = 300;
    /** The radar's centre, y. */
    static final double RADAR_CY = 180;
    /** The radar's radius, at a score of 100. */
    static final double RADAR_R = 120;
    /** The bar chart's x at a rating of the scale's minimum. */
    static final double BAR_X = 48;
    /** The bar chart's bar length at the scale's maximum. */
    static final double BAR_MAX = 380;

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,63}");
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif";

    private Charts() {
    }

    /**
     * Draws the six section scores as a radar over the bands: one axis per section (section 1 at the top, then
     * clockwise), the band boundaries as rings, and the scores joined as a shape. A section with insufficient
     * data sits at the centre and is labelled "no score".
     *
     * @param scores  the scores, not null
     * @param bands  the band scheme the scores were banded with, not null
     * @param id  the prefix of the chart's element ids: a letter, then letters, digits or hyphens
     * @return the SVG element
     * @throws IllegalArgumentException if the id is not allowed
     */
    public static String radar(Scores scores, BandScheme bands, String id) {
        Checks.notNull(scores, "scores");
        Checks.notNull(bands, "bands");
        Xml x = svg(id, 600, 360, "Section scores", radarDescription(scores, bands));
        List<Band> list = bands.bands();
        for (int b = list.size() - 1; b >= 0; b--) {
            double upper = b + 1 < list.size() ? list.get(b + 1).lowerBound() : 100;
            x.empty("polygon", "points", ring(upper), "fill", Palette.band(b), "stroke", Palette.GRID,
                    "stroke-width", "0.5");
        }
        for (Band band : list) {
            if (band.lowerBound() > 0) {
                x.element("text", Xml.num(band.lowerBound()), "x", Xml.num(RADAR_CX + 3),
                        "y", Xml.num(RADAR_CY - RADAR_R * band.lowerBound() / 100 - 2), "font-size", "9",
                        "fill", Palette.MUTED);
            }
        }
        Section[] sections = Section.values();
        for (int i = 0; i < sections.length; i++) {
            double[] end = radarPoint(i, 100);
            x.empty("line", "x1", Xml.num(RADAR_CX), "y1", Xml.num(RADAR_CY), "x2", Xml.num(end[0]),
                    "y2", Xml.num(end[1]), "stroke", Palette.GRID, "stroke-width", "0.5");
        }
        StringBuilder shape = new StringBuilder();
        for (Section s : sections) {
            double[] p = radarPoint(s.ordinal(), valueOrZero(scores.section(s)));
            shape.append(shape.length() == 0 ? "" : " ").append(Xml.num(p[0])).append(',').append(Xml.num(p[1]));
        }
        x.empty("polygon", "class", "scores", "points", shape.toString(), "fill", Palette.MARK, "fill-opacity",
                "0.25", "stroke", Palette.MARK, "stroke-width", "2");
        for (Section s : sections) {
            Score score = scores.section(s);
            double[] p = radarPoint(s.ordinal(), valueOrZero(score));
            x.empty("circle", "cx", Xml.num(p[0]), "cy", Xml.num(p[1]), "r", "3.5", "fill", Palette.MARK,
                    "data-section", Integer.toString(s.number()), "data-score", score.value().isPresent()
                            ? Xml.num(score.value().getAsDouble()) : null);
            double[] l = radarPoint(s.ordinal(), 100 + 10);
            boolean top = l[1] < RADAR_CY - RADAR_R;
            boolean bottom = l[1] > RADAR_CY + RADAR_R;
            String anchor = top || bottom ? "middle" : l[0] > RADAR_CX ? "start" : "end";
            double y = top ? l[1] - 16 : bottom ? l[1] + 10 : l[1] - 2;
            x.open("text", "x", Xml.num(l[0]), "y", Xml.num(y), "text-anchor", anchor, "font-size", "12",
                    "fill", Palette.TEXT);
            x.element("tspan", "Section " + s.number() + ":", "x", Xml.num(l[0]), "font-weight", "bold");
            x.element("tspan", scoreText(score), "x", Xml.num(l[0]), "dy", "15");
            x.close();
        }
        return x.close().toString();
    }

    /**
     * Gives where a score lies on a radar axis.
     *
     * @param axis  the axis, from 0 (section 1, at the top) clockwise
     * @param value  the distance along it, 0 at the centre and 100 at the outer ring
     * @return x and y
     */
    static double[] radarPoint(int axis, double value) {
        double angle = -Math.PI / 2 + axis * 2 * Math.PI / Section.values().length;
        double r = RADAR_R * value / 100;
        return new double[] {RADAR_CX + r * Math.cos(angle), RADAR_CY + r * Math.sin(angle)};
    }

    private static String ring(double value) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Section.values().length; i++) {
            double[] p = radarPoint(i, value);
            b.append(i == 0 ? "" : " ").append(Xml.num(p[0])).append(',').append(Xml.num(p[1]));
        }
        return b.toString();
    }

    private static String radarDescription(Scores scores, BandScheme bands) {
        StringBuilder b = new StringBuilder("Radar chart of the six section scores from 0 to 100, over the bands ");
        List<String> names = new ArrayList<>();
        for (Band band : bands.bands()) {
            names.add(band.name() + " (from " + Xml.num(band.lowerBound()) + ")");
        }
        b.append(String.join(", ", names)).append(". ");
        for (Section s : Section.values()) {
            b.append("Section ").append(s.number()).append(", ").append(s.displayName()).append(": ")
                    .append(scoreText(scores.section(s))).append(". ");
        }
        return b.append("Overall: ").append(scoreText(scores.overall())).append('.').toString();
    }

    /**
     * Draws every point's rating as a horizontal bar, grouped under section headings: full length at the
     * scale's top level. Points marked not applicable or left unanswered have no bar and say so.
     *
     * @param assessment  the assessment, not null
     * @param id  the prefix of the chart's element ids
     * @return the SVG element
     */
    public static String points(Assessment assessment, String id) {
        Checks.notNull(assessment, "assessment");
        int row = 16;
        int heading = 24;
        int height = 8 + Section.values().length * heading + ChecklistPoint.COUNT * row;
        StringBuilder desc = new StringBuilder("Bar chart of the rating of each of the 40 points, from "
                + assessment.scale().min() + " to " + assessment.scale().max() + ", grouped by section. ");
        Xml body = new Xml(false);
        double y = 8;
        for (Section s : Section.values()) {
            body.element("text", "Section " + s.number() + ". " + s.displayName(), "x", "0",
                    "y", Xml.num(y + 16), "font-size", "12", "font-weight", "bold", "fill", Palette.TEXT);
            y += heading;
            for (ChecklistPoint p : s.points()) {
                Optional<Answer> answer = assessment.answer(p.number());
                String label = pointLabel(assessment, answer);
                desc.append("Point ").append(p.number()).append(": ").append(label).append(". ");
                body.element("text", Integer.toString(p.number()), "x", Xml.num(BAR_X - 8), "y",
                        Xml.num(y + 12), "text-anchor", "end", "font-size", "11", "fill", Palette.TEXT);
                double length = 0;
                if (answer.isPresent() && answer.get().rating().isPresent()) {
                    length = BAR_MAX * assessment.scale().normalise(answer.get().rating().getAsInt());
                    body.empty("rect", "class", "bar", "x", Xml.num(BAR_X), "y", Xml.num(y + 3),
                            "width", Xml.num(length), "height", "10", "fill", Palette.MARK,
                            "data-point", Integer.toString(p.number()),
                            "data-rating", Integer.toString(answer.get().rating().getAsInt()));
                }
                body.element("text", label, "x", Xml.num(BAR_X + length + 6), "y", Xml.num(y + 12),
                        "font-size", "11", "fill", answer.isPresent() ? Palette.TEXT : Palette.MUTED);
                y += row;
            }
        }
        Xml x = svg(id, 560, height, "Ratings of the 40 points", desc.toString().strip());
        for (int level = 1; level <= 3; level++) {
            double gx = BAR_X + BAR_MAX * level / 4;
            x.empty("line", "x1", Xml.num(gx), "y1", "8", "x2", Xml.num(gx), "y2", Xml.num(height),
                    "stroke", Palette.GRID, "stroke-width", "0.5", "stroke-dasharray", "2 3");
        }
        return x.raw(body.toString()).close().toString();
    }

    private static String pointLabel(Assessment assessment, Optional<Answer> answer) {
        if (answer.isEmpty()) {
            return "not answered";
        }
        if (answer.get().isNotApplicable()) {
            return "not applicable";
        }
        int rating = answer.get().rating().getAsInt();
        return rating + " – " + assessment.scale().level(rating, answer.get().point()).label();
    }

    /**
     * Draws a ladder with the placement's rung highlighted: the rungs from the bottom up, named, the placed
     * one filled, in bold and marked "here".
     *
     * @param placement  the placement, not null
     * @param id  the prefix of the chart's element ids
     * @return the SVG element
     */
    public static String ladder(Placement<?> placement, String id) {
        Checks.notNull(placement, "placement");
        List<? extends Rung<?>> rungs = placement.ladder().rungs();
        int step = 22;
        int height = 10 + rungs.size() * step;
        Rung<?> placed = placement.rung();
        Xml x = svg(id, 260, height, placement.ladder().displayName(), "A ladder of " + rungs.size()
                + " rungs, " + placement.ladder().displayName() + ", from the bottom: " + rungNames(rungs)
                + ". The activity stands on rung " + placed.number() + ", " + placed.displayName() + ".");
        x.empty("line", "x1", "14", "y1", "4", "x2", "14", "y2", Xml.num(height - 4), "stroke", Palette.GRID,
                "stroke-width", "2");
        x.empty("line", "x1", "44", "y1", "4", "x2", "44", "y2", Xml.num(height - 4), "stroke", Palette.GRID,
                "stroke-width", "2");
        for (Rung<?> rung : rungs) {
            double y = height - 5 - (rung.number() - 0.5) * step;
            boolean here = rung.number() == placed.number();
            if (here) {
                x.empty("rect", "class", "placed", "x", "8", "y", Xml.num(y - step / 2.0 + 2), "width", "248",
                        "height", Xml.num(step - 4), "rx", "3", "fill", "none", "stroke", Palette.MARK,
                        "stroke-width", "2", "data-rung", Integer.toString(rung.number()));
            }
            x.empty("line", "x1", "14", "y1", Xml.num(y), "x2", "44", "y2", Xml.num(y),
                    "stroke", here ? Palette.MARK : Palette.GRID, "stroke-width", here ? "5" : "2");
            x.element("text", rung.number() + ". " + rung.displayName() + (here ? "  ◀ here" : ""),
                    "x", "52", "y", Xml.num(y + 4), "font-size", "11", "font-weight", here ? "bold" : null,
                    "fill", here ? Palette.MARK : Palette.TEXT);
        }
        return x.close().toString();
    }

    private static String rungNames(List<? extends Rung<?>> rungs) {
        List<String> names = new ArrayList<>();
        for (Rung<?> r : rungs) {
            names.add(r.number() + " " + r.displayName());
        }
        return String.join(", ", names);
    }

    /**
     * Draws how each section's score moved over a series of assessments: one row per section on a 0–100
     * scale, a dot per assessment (the first hollow, the latest filled) and an arrow from the first to the
     * latest, with the change written out: "▲ improved", "▼ fell back" or "no change".
     *
     * @param dates  the labels of the assessments, oldest first, at least two
     * @param series  for each section, the score of each assessment (empty for insufficient data)
     * @param id  the prefix of the chart's element ids
     * @return the SVG element
     */
    static String progress(List<String> dates, Map<Section, List<OptionalDouble>> series, String id) {
        int row = 34;
        double left = 20;
        double width = 360;
        int height = 20 + Section.values().length * row;
        StringBuilder desc = new StringBuilder("Change of each section score from " + dates.get(0) + " to "
                + dates.get(dates.size() - 1) + " on a scale of 0 to 100. ");
        Xml body = new Xml(false);
        double y = 20;
        for (Section s : Section.values()) {
            List<OptionalDouble> values = series.get(s);
            Trend trend = Trend.of(values);
            desc.append("Section ").append(s.number()).append(": ").append(trend.text()).append(". ");
            body.element("text", "Section " + s.number() + ". " + s.displayName(), "x", Xml.num(left),
                    "y", Xml.num(y), "font-size", "11", "fill", Palette.TEXT);
            double line = y + 12;
            body.empty("line", "x1", Xml.num(left), "y1", Xml.num(line), "x2", Xml.num(left + width),
                    "y2", Xml.num(line), "stroke", Palette.GRID, "stroke-width", "0.5");
            if (trend.first().isPresent() && trend.last().isPresent()) {
                body.empty("line", "x1", Xml.num(left + width * trend.first().getAsDouble() / 100),
                        "y1", Xml.num(line), "x2", Xml.num(left + width * trend.last().getAsDouble() / 100),
                        "y2", Xml.num(line), "stroke", trend.colour(), "stroke-width", "3");
            }
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).isPresent()) {
                    boolean latest = i == values.size() - 1;
                    body.empty("circle", "cx", Xml.num(left + width * values.get(i).getAsDouble() / 100),
                            "cy", Xml.num(line), "r", latest || i == 0 ? "5" : "3",
                            "fill", latest ? trend.colour() : Palette.BACKGROUND,
                            "stroke", latest ? trend.colour() : Palette.MUTED, "stroke-width", "1.5",
                            "data-section", Integer.toString(s.number()), "data-index", Integer.toString(i),
                            "data-score", Xml.num(values.get(i).getAsDouble()));
                }
            }
            body.element("text", trend.text(), "x", Xml.num(left + width + 12), "y", Xml.num(line + 4),
                    "font-size", "11", "font-weight", "bold", "fill", trend.colour());
            y += row;
        }
        Xml x = svg(id, 560, height, "Change per section", desc.toString().strip());
        return x.raw(body.toString()).close().toString();
    }

    /**
     * Draws how a cohort spreads over the bands, per section: one bar per section, split by band in
     * proportion to the number of assessments in it, with the counts written in the bar and the band names
     * in a key.
     *
     * @param bands  the band scheme
     * @param counts  for each section, the number of assessments in each band, then those with insufficient
     *                data last
     * @param id  the prefix of the chart's element ids
     * @return the SVG element
     */
    static String distribution(BandScheme bands, Map<Section, List<Long>> counts, String id) {
        List<Band> list = bands.bands();
        int row = 34;
        double left = 20;
        double width = 400;
        int height = 48 + Section.values().length * row;
        StringBuilder desc = new StringBuilder("For each section, how many assessments fall in each band. ");
        Xml body = new Xml(false);
        double kx = left;
        for (int b = 0; b <= list.size(); b++) {
            String name = b < list.size() ? list.get(b).name() : "Insufficient data";
            body.empty("rect", "x", Xml.num(kx), "y", "4", "width", "12", "height", "12", "fill",
                    b < list.size() ? Palette.band(b) : Palette.NO_DATA, "stroke", Palette.GRID);
            body.element("text", (b + 1) + " " + name, "x", Xml.num(kx + 16), "y", "14", "font-size", "10",
                    "fill", Palette.TEXT);
            kx += 24 + name.length() * 5.6;
        }
        double y = 44;
        for (Section s : Section.values()) {
            List<Long> c = counts.get(s);
            long total = 0;
            for (long n : c) {
                total += n;
            }
            body.element("text", "Section " + s.number() + ". " + s.displayName(), "x", Xml.num(left),
                    "y", Xml.num(y), "font-size", "11", "fill", Palette.TEXT);
            desc.append("Section ").append(s.number()).append(": ");
            double x0 = left;
            List<String> parts = new ArrayList<>();
            for (int b = 0; b < c.size(); b++) {
                long n = c.get(b);
                String name = b < list.size() ? list.get(b).name() : "insufficient data";
                parts.add(n + " " + name);
                if (n == 0) {
                    continue;
                }
                double w = width * n / total;
                body.empty("rect", "class", "segment", "x", Xml.num(x0), "y", Xml.num(y + 5), "width", Xml.num(w),
                        "height", "16", "fill", b < list.size() ? Palette.band(b) : Palette.NO_DATA,
                        "stroke", Palette.BACKGROUND, "data-section", Integer.toString(s.number()),
                        "data-band", Integer.toString(b + 1), "data-count", Long.toString(n));
                if (w >= 18) {
                    body.element("text", Long.toString(n), "x", Xml.num(x0 + w / 2), "y", Xml.num(y + 17),
                            "text-anchor", "middle", "font-size", "10", "fill", Palette.TEXT);
                }
                x0 += w;
            }
            desc.append(String.join(", ", parts)).append(". ");
            y += row;
        }
        Xml x = svg(id, 440, height, "Spread over the bands per section", desc.toString().strip());
        return x.raw(body.toString()).close().toString();
    }

    /** The movement of one section's score from the first assessment to the latest. */
    record Trend(OptionalDouble first, OptionalDouble last) {

        static Trend of(List<OptionalDouble> values) {
            return new Trend(values.get(0), values.get(values.size() - 1));
        }

        double delta() {
            return last.getAsDouble() - first.getAsDouble();
        }

        boolean known() {
            return first.isPresent() && last.isPresent();
        }

        /** Gives 1 for an improvement, -1 for a fall, 0 for no change or no comparison, at one decimal. */
        int direction() {
            return known() ? (int) Math.signum(Math.round(delta() * 10) / 10.0) : 0;
        }

        String text() {
            if (!known()) {
                return "no comparison (insufficient data)";
            }
            String by = Reports.one(Math.abs(Math.round(delta() * 10) / 10.0));
            return direction() > 0 ? "▲ improved by " + by : direction() < 0 ? "▼ fell back by " + by : "= no change";
        }

        String colour() {
            return direction() > 0 ? Palette.UP : direction() < 0 ? Palette.DOWN : Palette.MUTED;
        }

        /** Gives the style class of the change's text in a table: {@code up}, {@code down}, or none. */
        String css() {
            return direction() > 0 ? "up" : direction() < 0 ? "down" : null;
        }
    }

    private static Xml svg(String id, int width, int height, String title, String description) {
        checkId(id);
        Xml x = new Xml(false);
        x.open("svg", "xmlns", SVG_NS, "viewBox", "0 0 " + width + " " + height, "width", "100%",
                "style", "max-width:" + width + "px;" + FONT, "role", "img",
                "aria-labelledby", id + "-title " + id + "-desc");
        x.element("title", title, "id", id + "-title");
        x.element("desc", description, "id", id + "-desc");
        return x;
    }

    /**
     * Checks an element id prefix.
     *
     * @param id  the id
     * @return the id
     */
    static String checkId(String id) {
        Checks.notNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Invalid chart id '" + id + "': allowed are a letter followed by "
                    + "up to 63 letters, digits or hyphens");
        }
        return id;
    }

    private static double valueOrZero(Score score) {
        return score.value().orElse(0);
    }

    /**
     * Gives a score as text: one decimal and the band, or "no score".
     *
     * @param score  the score
     * @return the text
     */
    static String scoreText(Score score) {
        return score.value().isPresent()
                ? Reports.one(score.value().getAsDouble()) + " (" + score.band().orElseThrow().name() + ")"
                : "no score (insufficient data)";
    }
}
