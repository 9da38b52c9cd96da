package org.patientleadership.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Change;
import org.patientleadership.assessment.Change.PointChange;
import org.patientleadership.assessment.Scores;
import org.patientleadership.assessment.Scoring;
import org.patientleadership.assessment.ScoringOptions;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * The report of one organisation's self-assessments over time: each section's score at every assessment, the
 * change from the first to the latest (drawn, and written as "▲ improved by", "▼ fell back by" or "no
 * change"), and the points that improved or fell back since the previous assessment.
 *
 * <p>The assessments must be of one organisation on one rating scale (as for {@link Change}); they are shown
 * oldest first, whatever order they are given in. This record is immutable and thread-safe.
 *
 * @param history  the assessments, at least two, oldest first
 * @param options  the scoring options
 */
public record ProgressReport(List<Assessment> history, ScoringOptions options) implements Report {

    /**
     * Creates a report, checking its parts and sorting the assessments by date.
     *
     * @param history  the assessments, not null, at least two, of one organisation on one scale
     * @param options  the options, not null
     * @throws NullPointerException if an argument or assessment is null
     * @throws IllegalArgumentException if there are fewer than two assessments, or they are of different
     *     organisations or scales
     */
    public ProgressReport {
        Checks.notNull(history, "history");
        Checks.notNull(options, "options");
        List<Assessment> sorted = new ArrayList<>(List.copyOf(history));
        if (sorted.size() < 2) {
            throw new IllegalArgumentException("A progress report needs at least two assessments of one "
                    + "organisation, not " + sorted.size());
        }
        sorted.sort(Comparator.comparing(Assessment::date));
        for (int i = 1; i < sorted.size(); i++) {
            // Checks one organisation and one scale, naming what differs.
            Change.between(sorted.get(i - 1), sorted.get(i), options);
        }
        history = List.copyOf(sorted);
    }

    /**
     * Creates the report of assessments with the default options.
     *
     * @param history  the assessments, at least two, of one organisation on one scale
     * @return the report, not null
     */
    public static ProgressReport of(List<Assessment> history) {
        return new ProgressReport(history, ScoringOptions.DEFAULT);
    }

    /**
     * Returns a copy with other scoring options.
     *
     * @param newOptions  the options, not null
     * @return the copy, not null
     */
    public ProgressReport withOptions(ScoringOptions newOptions) {
        return new ProgressReport(history, newOptions);
    }

    private Assessment first() {
        return history.get(0);
    }

    private Assessment latest() {
        return history.get(history.size() - 1);
    }

    @Override
    public String title() {
        return "Progress: " + first().organisation() + ", " + first().date() + " to " + latest().date();
    }

    private List<String> dates() {
        return history.stream().map(a -> a.date().toString()).toList();
    }

    private Map<Section, List<OptionalDouble>> series(List<Scores> scores) {
        Map<Section, List<OptionalDouble>> series = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            series.put(s, scores.stream().map(sc -> sc.section(s).value()).toList());
        }
        return series;
    }

    private List<Scores> scores() {
        return history.stream().map(a -> Scoring.score(a, options)).toList();
    }

    private String meta() {
        return history.size() + " assessments, on " + String.join(", ", dates()) + ". Scores from 0 to 100; "
                + "the change is from the first assessment to the latest.";
    }

    private Change lastStep() {
        return Change.between(history.get(history.size() - 2), latest(), options);
    }

    @Override
    public String html() {
        List<Scores> scores = scores();
        Xml x = new Xml(true);
        x.element("h1", title());
        x.element("p", meta(), "class", "meta");
        x.open("section").element("h2", "Change per section");
        x.open("figure").raw(Charts.progress(dates(), series(scores), "progress"));
        x.element("figcaption", "Each row is a section on a scale of 0 to 100: the hollow dot is "
                + first().date() + ", the filled dot " + latest().date() + "; green with ▲ is an improvement, "
                + "red with ▼ a fall.");
        x.close();
        x.open("table").open("thead").open("tr");
        x.element("th", "Section", "scope", "col");
        for (String d : dates()) {
            x.element("th", d, "scope", "col");
        }
        x.element("th", "Change", "scope", "col");
        x.close().close().open("tbody");
        for (Section s : Section.values()) {
            row(x, s.number() + ". " + s.displayName(), scores.stream().map(sc -> sc.section(s).value()).toList());
        }
        row(x, "Overall", scores.stream().map(sc -> sc.overall().value()).toList());
        x.close().close().close();

        Change step = lastStep();
        x.open("section").element("h2", "Points since " + step.before().date());
        pointList(x, "Improved", step.improved(), "up");
        pointList(x, "Fell back", step.fellBack(), "down");
        x.close();
        return Reports.page(title(), x.toString());
    }

    private static void row(Xml x, String name, List<OptionalDouble> values) {
        x.open("tr").element("th", name, "scope", "row");
        for (OptionalDouble v : values) {
            x.element("td", v.isPresent() ? Reports.one(v.getAsDouble()) : "–", "class", "num");
        }
        Charts.Trend trend = Charts.Trend.of(values);
        x.element("td", trend.text(), "class", trend.css());
        x.close();
    }

    private static void pointList(Xml x, String heading, List<PointChange> changes, String css) {
        x.element("h3", heading + " (" + changes.size() + ")");
        if (changes.isEmpty()) {
            x.element("p", "None.");
            return;
        }
        x.open("ul");
        for (PointChange c : changes) {
            x.open("li").element("span", css.equals("up") ? "▲" : "▼", "class", css)
                    .text(" " + pointChange(c)).close();
        }
        x.close();
    }

    private static String pointChange(PointChange c) {
        return Checklist.point(c.point()).title() + " (point " + c.point() + "): " + rating(c.before())
                + " → " + rating(c.after());
    }

    private static String rating(OptionalInt r) {
        return r.isPresent() ? Integer.toString(r.getAsInt()) : "–";
    }

    @Override
    public String markdown() {
        List<Scores> scores = scores();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Reports.md(title())).append("\n\n").append(meta()).append("\n\n");
        out.append("## Change per section\n\n");
        List<String> header = new ArrayList<>(List.of("Section"));
        header.addAll(dates());
        header.add("Change");
        List<List<String>> rows = new ArrayList<>();
        for (Section s : Section.values()) {
            rows.add(mdRow(s.number() + ". " + s.displayName(), scores.stream().map(sc -> sc.section(s).value())
                    .toList()));
        }
        rows.add(mdRow("**Overall**", scores.stream().map(sc -> sc.overall().value()).toList()));
        Reports.mdTable(out, header, rows);
        Change step = lastStep();
        out.append("## Points since ").append(step.before().date()).append("\n\n");
        mdList(out, "Improved", step.improved(), "▲");
        mdList(out, "Fell back", step.fellBack(), "▼");
        return Reports.mdEnd(out);
    }

    private static List<String> mdRow(String name, List<OptionalDouble> values) {
        List<String> row = new ArrayList<>(List.of(name));
        for (OptionalDouble v : values) {
            row.add(v.isPresent() ? Reports.one(v.getAsDouble()) : "–");
        }
        row.add(Charts.Trend.of(values).text());
        return row;
    }

    private static void mdList(StringBuilder out, String heading, List<PointChange> changes, String symbol) {
        out.append("### ").append(heading).append(" (").append(changes.size()).append(")\n\n");
        if (changes.isEmpty()) {
            out.append("None.\n\n");
            return;
        }
        for (PointChange c : changes) {
            out.append("- ").append(symbol).append(' ').append(Reports.md(pointChange(c))).append('\n');
        }
        out.append('\n');
    }
}
