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

    /** The radar's width in its own units (its {@code viewBox}). */
    static final int RADAR_WIDTH = 400;
    /** The radar's centre, x. */
    static final double RADAR_CX = 200;
    /** The radar's centre, y. */
    static final double RADAR_CY = 190;
    /** The radar's radius, at a score of 100. */
    static final double RADAR_R = 120;
    /** The wide 40-point chart's width: the title column beside the bars. */
    static final int POINTS_WIDE = 720;
    /** The wide chart's x at a rating of the scale's minimum. */
    static final double BAR_X = 440;
    /** The wide chart's bar length at the scale's maximum. */
    static final double BAR_MAX = 180;
    /** The narrow 40-point chart's width: each title above its bar, for phones. */
    static final int POINTS_NARROW = 360;
    /** The narrow chart's x at a rating of the scale's minimum. */
    static final double NARROW_BAR_X = 30;
    /** The narrow chart's bar length at the scale's maximum. */
    static final double NARROW_BAR_MAX = 200;
    /** The width of the change and spread charts. */
    static final int ROWS_WIDTH = 360;
    /** The change chart's line, x at a score of 0. */
    static final double PROGRESS_LEFT = 12;
    /** The change chart's line length, at a score of 100. */
    static final double PROGRESS_LENGTH = 190;
    /** The spread chart's bar, x at its start. */
    static final double SPREAD_LEFT = 12;
    /** The spread chart's bar length. */
    static final double SPREAD_LENGTH = 336;
    /** The class of the radar, which print draws at most {@value #RADAR_PRINT_CM} cm wide. */
    static final String RADAR = "radar";
    /** The radar's width in print, in cm: small enough to leave room for the score table on the first page. */
    static final int RADAR_PRINT_CM = 10;
    /** The class of the change and spread charts, which print draws at most {@value #ROWS_PRINT_CM} cm wide. */
    static final String ROWS = "rows";
    /** The change and spread charts' width in print, in cm. */
    static final int ROWS_PRINT_CM = 12;
    /** The class of a chart shown on wide screens and in print only. */
    static final String WIDE = "wide";
    /** The class of a chart shown on narrow screens only. */
    static final String NARROW = "narrow";
    /** A rough width of one character, as a share of the font size, for wrapping and placing labels. */
    private static final double CHAR_WIDTH = 0.58;

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
        Xml x = svg(id, RADAR_WIDTH, 380, 480, RADAR, "Section scores", radarDescription(scores, bands));
        List<Band> list = bands.bands();
        for (int b = list.size() - 1; b >= 0; b--) {
            double upper = b + 1 < list.size() ? list.get(b + 1).lowerBound() : 100;
            x.empty("polygon", "points", ring(upper), "fill", Palette.band(b), "stroke", Palette.GRID,
                    "stroke-width", "0.5");
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
        // The ring values sit halfway between the axes of sections 1 and 2, where no score is ever drawn.
        for (Band band : list) {
            if (band.lowerBound() > 0) {
                double[] at = ringLabel(band.lowerBound());
                x.element("text", Xml.num(band.lowerBound()), "class", "ring", "x", Xml.num(at[0]),
                        "y", Xml.num(at[1]), "text-anchor", "middle", "font-size", "12", "fill", Palette.MUTED,
                        "stroke", Palette.BACKGROUND, "stroke-width", "3", "paint-order", "stroke");
            }
        }
        for (Section s : sections) {
            Score score = scores.section(s);
            double[] p = radarPoint(s.ordinal(), valueOrZero(score));
            x.empty("circle", "cx", Xml.num(p[0]), "cy", Xml.num(p[1]), "r", "4", "fill", Palette.MARK,
                    "data-section", Integer.toString(s.number()), "data-score", score.value().isPresent()
                            ? Xml.num(score.value().getAsDouble()) : null);
            double[] l = radarPoint(s.ordinal(), 100 + 12);
            boolean top = l[1] < RADAR_CY - RADAR_R;
            boolean bottom = l[1] > RADAR_CY + RADAR_R;
            String anchor = top || bottom ? "middle" : l[0] > RADAR_CX ? "start" : "end";
            double y = top ? l[1] - 20 : bottom ? l[1] + 14 : l[1] - 4;
            x.open("text", "x", Xml.num(l[0]), "y", Xml.num(y), "text-anchor", anchor, "font-size", "14",
                    "fill", Palette.TEXT);
            x.element("tspan", "Section " + s.number(), "x", Xml.num(l[0]), "font-weight", "bold");
            x.element("tspan", score.value().isPresent() ? Reports.one(score.value().getAsDouble()) : "no score",
                    "x", Xml.num(l[0]), "dy", "17");
            x.close();
        }
        return x.close().toString();
    }

    /**
     * Gives where a ring's value is written: just outside the ring, halfway between the axes of sections 1 and
     * 2, where no score point is ever drawn.
     *
     * @param value  the ring's value, 0 to 100
     * @return x and y of the text's baseline centre
     */
    static double[] ringLabel(double value) {
        // Just outside the middle of the ring's edge, along the bisector of the two axes (-60 degrees).
        double d = RADAR_R * value / 100 * Math.cos(Math.PI / 6) + 9;
        return new double[] {RADAR_CX + d * Math.cos(-Math.PI / 3), RADAR_CY + d * Math.sin(-Math.PI / 3) + 4};
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
     * Draws every point's rating as a horizontal bar beside the point's number and short title, grouped under
     * section headings: full length at the scale's top level. Points marked not applicable or left unanswered
     * have no bar and say so. This is the wide form, for screens from about 640 CSS px and for print; see
     * {@link #pointsNarrow(Assessment, String)} for phones.
     *
     * @param assessment  the assessment, not null
     * @param id  the prefix of the chart's element ids
     * @return the SVG element
     */
    public static String points(Assessment assessment, String id) {
        Checks.notNull(assessment, "assessment");
        int row = 20;
        int heading = 28;
        int height = 8 + Section.values().length * heading + ChecklistPoint.COUNT * row;
        int titleChars = (int) ((BAR_X - 44) / (0.55 * 12));
        Xml body = new Xml(false);
        double y = 8;
        for (Section s : Section.values()) {
            sectionHeading(body, s, y + 18);
            y += heading;
            for (ChecklistPoint p : s.points()) {
                Optional<Answer> answer = assessment.answer(p.number());
                // The title before the number in the markup (drawn after it): the number straight before the
                // title would repeat the guide's heading word for word.
                body.element("text", abbreviate(p.title(), titleChars), "x", "36", "y", Xml.num(y + 14),
                        "font-size", "12", "fill", Palette.TEXT);
                body.element("text", Integer.toString(p.number()), "x", "30", "y", Xml.num(y + 14),
                        "text-anchor", "end", "font-size", "12", "fill", Palette.MUTED);
                bar(body, assessment, answer, p, BAR_X, BAR_MAX, y + 4);
                y += row;
            }
        }
        Xml x = svg(id, POINTS_WIDE, height, POINTS_WIDE, WIDE, "Ratings of the 40 points",
                pointsDescription(assessment));
        grid(x, BAR_X, BAR_MAX, 8, height);
        return x.raw(body.toString()).close().toString();
    }

    /**
     * Draws the same chart as {@link #points(Assessment, String)} in the narrow form, for phones: each point's
     * number and short title (wrapped onto a second line if long) above its bar, so the text stays at 12 CSS px
     * or more on a 390 px screen.
     *
     * @param assessment  the assessment, not null
     * @param id  the prefix of the chart's element ids
     * @return the SVG element
     */
    public static String pointsNarrow(Assessment assessment, String id) {
        Checks.notNull(assessment, "assessment");
        int titleChars = (int) ((POINTS_NARROW - NARROW_BAR_X) / (CHAR_WIDTH * 12));
        Xml body = new Xml(false);
        double y = 8;
        for (Section s : Section.values()) {
            sectionHeading(body, s, y + 18);
            y += 28;
            for (ChecklistPoint p : s.points()) {
                Optional<Answer> answer = assessment.answer(p.number());
                List<String> lines = wrap(p.title(), titleChars, 2);
                body.open("text", "x", Xml.num(NARROW_BAR_X), "y", Xml.num(y + 13), "font-size", "12",
                        "fill", Palette.TEXT);
                for (int i = 0; i < lines.size(); i++) {
                    body.element("tspan", lines.get(i), "x", Xml.num(NARROW_BAR_X), "dy", i == 0 ? null : "15");
                }
                body.close();
                body.element("text", Integer.toString(p.number()), "x", Xml.num(NARROW_BAR_X - 6),
                        "y", Xml.num(y + 13), "text-anchor", "end", "font-size", "12", "fill", Palette.MUTED);
                y += 15 * lines.size();
                bar(body, assessment, answer, p, NARROW_BAR_X, NARROW_BAR_MAX, y + 2);
                y += 22;
            }
        }
        int height = (int) Math.ceil(y + 4);
        Xml x = svg(id, POINTS_NARROW, height, 480, NARROW, "Ratings of the 40 points",
                pointsDescription(assessment));
        grid(x, NARROW_BAR_X, NARROW_BAR_MAX, 8, height);
        return x.raw(body.toString()).close().toString();
    }

    private static void sectionHeading(Xml body, Section s, double y) {
        body.element("text", "Section " + s.number() + ". " + s.displayName(), "x", "0", "y", Xml.num(y),
                "font-size", "13", "font-weight", "bold", "fill", Palette.TEXT);
    }

    private static void bar(Xml body, Assessment assessment, Optional<Answer> answer, ChecklistPoint p,
            double left, double max, double top) {
        double length = 0;
        if (answer.isPresent() && answer.get().rating().isPresent()) {
            length = max * assessment.scale().normalise(answer.get().rating().getAsInt());
            body.empty("rect", "class", "bar", "x", Xml.num(left), "y", Xml.num(top), "width", Xml.num(length),
                    "height", "12", "fill", Palette.MARK, "data-point", Integer.toString(p.number()),
                    "data-rating", Integer.toString(answer.get().rating().getAsInt()));
        }
        body.element("text", pointLabel(assessment, answer), "x", Xml.num(left + length + 6), "y",
                Xml.num(top + 11), "font-size", "12", "fill", answer.isPresent() ? Palette.TEXT : Palette.MUTED);
    }

    private static void grid(Xml x, double left, double max, double top, double bottom) {
        for (int level = 1; level <= 3; level++) {
            double gx = left + max * level / 4;
            x.empty("line", "x1", Xml.num(gx), "y1", Xml.num(top), "x2", Xml.num(gx), "y2", Xml.num(bottom),
                    "stroke", Palette.GRID, "stroke-width", "0.5", "stroke-dasharray", "2 3");
        }
    }

    private static String pointsDescription(Assessment assessment) {
        StringBuilder desc = new StringBuilder("Bar chart of the rating of each of the 40 points, from "
                + assessment.scale().min() + " to " + assessment.scale().max() + ", grouped by section. ");
        for (ChecklistPoint p : org.patientleadership.checklist.Checklist.points()) {
            desc.append("Point ").append(p.number()).append(": ")
                    .append(pointLabel(assessment, assessment.answer(p.number()))).append(". ");
        }
        return desc.toString().strip();
    }

    /**
     * Breaks a text into lines of at most about {@code width} characters at spaces; the last line allowed ends
     * with an ellipsis if the text is longer still.
     *
     * @param text  the text
     * @param width  the line width in characters
     * @param maxLines  the most lines
     * @return the lines, at least one
     */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                if (lines.size() == maxLines - 1) {
                    String rest = line + " " + String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                    lines.add(abbreviate(rest, width));
                    return lines;
                }
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(w);
        }
        lines.add(abbreviate(line.toString(), width));
        return lines;
    }

    /**
     * Shortens a text to at most {@code width} characters, cutting at a space and adding an ellipsis.
     *
     * @param text  the text
     * @param width  the most characters
     * @return the text, or its abbreviation
     */
    static String abbreviate(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        int cut = text.lastIndexOf(' ', width - 1);
        return text.substring(0, cut > 0 ? cut : width - 1).stripTrailing() + "…";
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
        Xml x = svg(id, 260, height, 260, null, placement.ladder().displayName(), "A ladder of " + rungs.size()
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
        int row = 44;
        double left = PROGRESS_LEFT;
        double width = PROGRESS_LENGTH;
        int height = 12 + Section.values().length * row;
        StringBuilder desc = new StringBuilder("Change of each section score from " + dates.get(0) + " to "
                + dates.get(dates.size() - 1) + " on a scale of 0 to 100. ");
        Xml body = new Xml(false);
        double y = 20;
        for (Section s : Section.values()) {
            List<OptionalDouble> values = series.get(s);
            Trend trend = Trend.of(values);
            desc.append("Section ").append(s.number()).append(": ").append(trend.text()).append(". ");
            body.element("text", "Section " + s.number() + ". " + s.displayName(), "x", Xml.num(left),
                    "y", Xml.num(y), "font-size", "12", "fill", Palette.TEXT);
            double line = y + 16;
            body.empty("line", "x1", Xml.num(left), "y1", Xml.num(line), "x2", Xml.num(left + width),
                    "y2", Xml.num(line), "stroke", Palette.GRID, "stroke-width", "0.5");
            if (trend.known()) {
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
            // Beside the line when there is one; in its place (it is long) when there is no comparison.
            body.element("text", trend.text(), "x", Xml.num(trend.known() ? left + width + 12 : left),
                    "y", Xml.num(line + 4), "font-size", "12", "font-weight", "bold", "fill", trend.colour());
            y += row;
        }
        Xml x = svg(id, ROWS_WIDTH, height, 540, ROWS, "Change per section", desc.toString().strip());
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
        int row = 40;
        double left = SPREAD_LEFT;
        double width = SPREAD_LENGTH;
        StringBuilder desc = new StringBuilder("For each section, how many assessments fall in each band. ");
        Xml body = new Xml(false);
        // The key, wrapped onto as many lines as it needs.
        double kx = left;
        double ky = 4;
        for (int b = 0; b <= list.size(); b++) {
            String name = (b + 1) + " " + (b < list.size() ? list.get(b).name() : "Insufficient data");
            double w = 22 + name.length() * CHAR_WIDTH * 12;
            if (kx > left && kx + w > ROWS_WIDTH) {
                kx = left;
                ky += 20;
            }
            body.empty("rect", "x", Xml.num(kx), "y", Xml.num(ky), "width", "12", "height", "12", "fill",
                    b < list.size() ? Palette.band(b) : Palette.NO_DATA, "stroke", Palette.GRID);
            body.element("text", name, "x", Xml.num(kx + 16), "y", Xml.num(ky + 11), "font-size", "12",
                    "fill", Palette.TEXT);
            kx += w + 8;
        }
        double y = ky + 44;
        for (Section s : Section.values()) {
            List<Long> c = counts.get(s);
            long total = 0;
            for (long n : c) {
                total += n;
            }
            body.element("text", "Section " + s.number() + ". " + s.displayName(), "x", Xml.num(left),
                    "y", Xml.num(y), "font-size", "12", "fill", Palette.TEXT);
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
                        "height", "18", "fill", b < list.size() ? Palette.band(b) : Palette.NO_DATA,
                        "stroke", Palette.BACKGROUND, "data-section", Integer.toString(s.number()),
                        "data-band", Integer.toString(b + 1), "data-count", Long.toString(n));
                if (w >= 18) {
                    body.element("text", Long.toString(n), "x", Xml.num(x0 + w / 2), "y", Xml.num(y + 18),
                            "text-anchor", "middle", "font-size", "12", "fill", Palette.TEXT);
                }
                x0 += w;
            }
            desc.append(String.join(", ", parts)).append(". ");
            y += row;
        }
        int height = (int) Math.ceil(y - row + 30);
        Xml x = svg(id, ROWS_WIDTH, height, 540, ROWS, "Spread over the bands per section",
                desc.toString().strip());
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

    /**
     * Starts a chart: an {@code <svg>} that scales to the width available, up to {@code maxWidth} CSS px.
     *
     * @param id  the prefix of the element ids
     * @param width  the width in chart units
     * @param height  the height in chart units
     * @param maxWidth  the widest it is drawn, in CSS px
     * @param cssClass  {@link #WIDE}, {@link #NARROW}, {@link #RADAR}, {@link #ROWS}, or null
     * @param title  the title
     * @param description  the text alternative
     * @return the open chart
     */
    private static Xml svg(String id, int width, int height, int maxWidth, String cssClass, String title,
            String description) {
        checkId(id);
        Xml x = new Xml(false);
        x.open("svg", "xmlns", SVG_NS, "class", cssClass, "viewBox", "0 0 " + width + " " + height,
                "width", "100%", "style", "max-width:" + maxWidth + "px;" + FONT, "role", "img",
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
