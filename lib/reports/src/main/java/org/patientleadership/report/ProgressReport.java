package org.patientleadership.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.patientleadership.analysis.ReliableChange;
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
 * change"), the points that improved or fell back since the previous assessment, and, when the report is
 * given each section's reliability and spread ({@link #withReliability(Map)}, {@link #withReliabilityFrom}),
 * whether each section's change is beyond measurement error: the reliable change index of Jacobson and Truax
 * (1991), {@link ReliableChange}, from the first assessment to the latest.
 *
 * <p>The assessments must be of one organisation on one rating scale (as for {@link Change}); they are shown
 * oldest first, whatever order they are given in. This record is immutable and thread-safe.
 *
 * @param history  the assessments, at least two, oldest first
 * @param options  the scoring options
 * @param reliability  the reliability and spread of each section's score, for the sections that have them; may
 *     be empty (then the report says nothing about measurement error)
 */
public record ProgressReport(List<Assessment> history, ScoringOptions options,
        Map<Section, ReliableChange.Basis> reliability) implements Report {

    /**
     * Creates a report, checking its parts and sorting the assessments by date.
     *
     * @param history  the assessments, not null, at least two, of one organisation on one scale
     * @param options  the options, not null
     * @param reliability  the basis of each section that has one, not null, no null key or value; copied
     * @throws NullPointerException if an argument, assessment, section or basis is null
     * @throws IllegalArgumentException if there are fewer than two assessments, or they are of different
     *     organisations or scales
     */
    public ProgressReport {
        Checks.notNull(history, "history");
        Checks.notNull(options, "options");
        Checks.notNull(reliability, "reliability");
        reliability.forEach((k, v) -> {
            Checks.notNull(k, "section");
            Checks.notNull(v, "reliability of section " + k.number());
        });
        reliability = reliability.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(reliability));
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
     * Creates a report without reliability figures.
     *
     * @param history  the assessments, not null, at least two, of one organisation on one scale
     * @param options  the options, not null
     * @throws NullPointerException if an argument or assessment is null
     * @throws IllegalArgumentException if there are fewer than two assessments, or they are of different
     *     organisations or scales
     */
    public ProgressReport(List<Assessment> history, ScoringOptions options) {
        this(history, options, Map.of());
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
        return new ProgressReport(history, newOptions, reliability);
    }

    /**
     * Returns a copy that says, for each section with a basis, whether its change from the first assessment to
     * the latest is beyond measurement error. Give the reliability and spread from a study or a cohort of
     * similar organisations ({@link ReliableChange.Basis#of}); the report names the source of each.
     *
     * @param bases  the basis of each section that has one, not null; may leave sections out
     * @return the copy, not null
     * @throws NullPointerException if the map, a section or a basis is null
     */
    public ProgressReport withReliability(Map<Section, ReliableChange.Basis> bases) {
        return new ProgressReport(history, options, bases);
    }

    /**
     * Returns a copy whose reliability and spread come from a cohort of assessments: each section's raw
     * Cronbach's alpha and the standard deviation of its scores ({@link ReliableChange.Basis#fromCohort}). A
     * section whose alpha or spread is undefined or negative in the cohort is left out, and the report says so.
     *
     * @param cohort  the assessments, not null, all on one scale
     * @return the copy, not null
     * @throws IllegalArgumentException if the assessments are on different scales
     */
    public ProgressReport withReliabilityFrom(Iterable<Assessment> cohort) {
        Checks.notNull(cohort, "cohort");
        List<Assessment> list = new ArrayList<>();
        cohort.forEach(list::add);
        Map<Section, ReliableChange.Basis> bases = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            ReliableChange.Basis.fromCohort(list, s).ifPresent(b -> bases.put(s, b));
        }
        return withReliability(bases);
    }

    /** One row of "Is the change real?": the section, its change in words and the verdict in words. */
    private record RealRow(String section, String change, String index, String verdict) {
    }

    private List<RealRow> realRows(List<Scores> scores) {
        List<RealRow> rows = new ArrayList<>();
        for (Section s : Section.values()) {
            String name = s.number() + ". " + s.displayName();
            OptionalDouble before = scores.get(0).section(s).value();
            OptionalDouble after = scores.get(scores.size() - 1).section(s).value();
            ReliableChange.Basis basis = reliability.get(s);
            if (basis == null) {
                rows.add(new RealRow(name, "–", "–", "No reliability figure for this section, so no verdict."));
            } else if (before.isEmpty() || after.isEmpty()) {
                rows.add(new RealRow(name, "–", "–", "Too few points answered to compare."));
            } else {
                ReliableChange rc = basis.change(before.getAsDouble(), after.getAsDouble());
                rows.add(new RealRow(name, String.format(Locale.ROOT, "%+.1f", rc.difference()),
                        String.format(Locale.ROOT, "%.2f", rc.index()),
                        rc.isReliable() ? "Beyond measurement error: a real change."
                                : "Within measurement error: it may not be a real change."));
            }
        }
        return rows;
    }

    private String realIntro() {
        return "A change counts as real when its reliable change index (Jacobson and Truax) is more than 1.96 "
                + "either way: the change divided by the spread that measurement error alone would give, worked "
                + "out from each section's reliability and the spread of its scores. From " + first().date()
                + " to " + latest().date() + ".";
    }

    private List<String> realSources() {
        return reliability.entrySet().stream()
                .map(e -> "Section " + e.getKey().number() + ": " + e.getValue().source() + ".").distinct().toList();
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

        if (!reliability.isEmpty()) {
            x.open("section").element("h2", "Is the change real?");
            x.element("p", realIntro());
            x.open("table").open("thead").open("tr");
            for (String h : List.of("Section", "Change", "Index", "Verdict")) {
                x.element("th", h, "scope", "col");
            }
            x.close().close().open("tbody");
            for (RealRow r : realRows(scores)) {
                x.open("tr").element("th", r.section(), "scope", "row");
                x.element("td", r.change(), "class", "num");
                x.element("td", r.index(), "class", "num");
                x.element("td", r.verdict());
                x.close();
            }
            x.close().close();
            x.open("p", "class", "meta").text("Reliability and spread: " + String.join(" ", realSources())).close();
            x.close();
        }

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
        if (!reliability.isEmpty()) {
            out.append("## Is the change real?\n\n").append(Reports.md(realIntro())).append("\n\n");
            List<List<String>> real = new ArrayList<>();
            for (RealRow r : realRows(scores)) {
                real.add(List.of(r.section(), r.change(), r.index(), r.verdict()));
            }
            Reports.mdTable(out, List.of("Section", "Change", "Index", "Verdict"), real);
            out.append("Reliability and spread: ").append(Reports.md(String.join(" ", realSources())))
                    .append("\n\n");
        }
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
