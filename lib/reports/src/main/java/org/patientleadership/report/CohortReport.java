package org.patientleadership.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Band;
import org.patientleadership.assessment.Cohort;
import org.patientleadership.assessment.Score;
import org.patientleadership.assessment.Scores;
import org.patientleadership.assessment.Scoring;
import org.patientleadership.assessment.ScoringOptions;
import org.patientleadership.assessment.SectionStatistics;
import org.patientleadership.assessment.Summary;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * The report of many assessments (a region's trusts, say, or one year's returns): for each section, how the
 * assessments spread over the bands, drawn as a divided bar, and the statistics of the section scores (mean,
 * median, standard deviation, range, Cronbach's alpha) from {@link Cohort}.
 *
 * <p>Made in two passes over the assessments, so the iterable must allow that; only counts are kept. This
 * class is immutable and thread-safe.
 */
public final class CohortReport implements Report {

    private final String title;
    private final ScoringOptions options;
    private final Cohort cohort;
    private final Map<Section, List<Long>> bandCounts;

    private CohortReport(String title, ScoringOptions options, Cohort cohort, Map<Section, List<Long>> bandCounts) {
        this.title = title;
        this.options = options;
        this.cohort = cohort;
        this.bandCounts = bandCounts;
    }

    /**
     * Makes the report of some assessments with the default options.
     *
     * @param title  the report's title, not blank
     * @param assessments  the assessments, not null, iterable twice
     * @return the report, not null
     * @throws IllegalArgumentException if the title is blank
     */
    public static CohortReport of(String title, Iterable<Assessment> assessments) {
        return of(title, assessments, ScoringOptions.DEFAULT);
    }

    /**
     * Makes the report of some assessments.
     *
     * @param title  the report's title, not blank
     * @param assessments  the assessments, not null, iterable twice
     * @param options  the scoring options, not null
     * @return the report, not null
     * @throws IllegalArgumentException if the title is blank
     */
    public static CohortReport of(String title, Iterable<Assessment> assessments, ScoringOptions options) {
        String t = Checks.notBlank(title, "title");
        Checks.notNull(assessments, "assessments");
        Checks.notNull(options, "options");
        Cohort cohort = Cohort.of(assessments, options);
        List<Band> bands = options.bands().bands();
        Map<Section, long[]> counts = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            counts.put(s, new long[bands.size() + 1]);
        }
        for (Assessment a : assessments) {
            Scores scores = Scoring.score(a, options);
            for (Section s : Section.values()) {
                Score score = scores.section(s);
                counts.get(s)[score.band().map(bands::indexOf).orElse(bands.size())]++;
            }
        }
        Map<Section, List<Long>> frozen = new EnumMap<>(Section.class);
        counts.forEach((s, c) -> frozen.put(s, java.util.Arrays.stream(c).boxed().toList()));
        return new CohortReport(t, options, cohort, java.util.Collections.unmodifiableMap(frozen));
    }

    @Override
    public String title() {
        return title;
    }

    /**
     * Gives the statistics the report shows.
     *
     * @return the cohort statistics, not null
     */
    public Cohort cohort() {
        return cohort;
    }

    /**
     * Gives how many assessments fall in each band for a section: one count per band of the scheme, lowest
     * first, then the count with insufficient data.
     *
     * @param section  the section, not null
     * @return the counts, not null
     */
    public List<Long> bandCounts(Section section) {
        Checks.notNull(section, "section");
        return bandCounts.get(section);
    }

    private String meta() {
        return cohort.size() + " assessments. Bands: " + options.bands().name() + ".";
    }

    private List<String> header() {
        List<String> header = new ArrayList<>(List.of("Section"));
        for (Band b : options.bands().bands()) {
            header.add(b.name());
        }
        header.addAll(List.of("Insufficient data", "Mean", "Median", "SD", "Range", "Cronbach's α"));
        return header;
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (Section s : Section.values()) {
            SectionStatistics st = cohort.sections().get(s);
            List<String> row = new ArrayList<>(List.of(s.number() + ". " + s.displayName()));
            for (Long c : bandCounts.get(s)) {
                row.add(Long.toString(c));
            }
            addSummary(row, st.scores());
            row.add(text(st.cronbachAlpha(), 2));
            rows.add(row);
        }
        return rows;
    }

    private static void addSummary(List<String> row, Summary s) {
        row.add(text(s.mean(), 1));
        row.add(text(s.median(), 1));
        row.add(text(s.standardDeviation(), 1));
        row.add(s.min().isPresent() ? Reports.one(s.min().getAsDouble()) + "–" + Reports.one(s.max().getAsDouble())
                : "–");
    }

    private static String text(OptionalDouble value, int decimals) {
        return value.isPresent() ? String.format(java.util.Locale.ROOT, "%." + decimals + "f", value.getAsDouble())
                : "–";
    }

    @Override
    public String html() {
        Xml x = new Xml(true);
        x.element("h1", title);
        x.element("p", meta(), "class", "meta");
        x.open("section").element("h2", "Spread over the bands per section");
        x.open("figure").raw(Charts.distribution(options.bands(), bandCounts, "distribution"));
        x.element("figcaption", "Each bar is one section's assessments, divided by band with the count written "
                + "in each part; the key gives the bands by number, lowest first.");
        x.close();
        List<String> header = header();
        x.open("table").open("thead").open("tr");
        for (String h : header) {
            x.element("th", h, "scope", "col");
        }
        x.close().close().open("tbody");
        for (List<String> row : rows()) {
            x.open("tr").element("th", row.get(0), "scope", "row");
            for (String cell : row.subList(1, row.size())) {
                x.element("td", cell, "class", "num");
            }
            x.close();
        }
        x.close().close();
        Summary overall = cohort.overall();
        x.element("p", "Overall scores: mean " + text(overall.mean(), 1) + ", median " + text(overall.median(), 1)
                + ", from " + text(overall.min(), 1) + " to " + text(overall.max(), 1) + ", over "
                + overall.count() + " assessments with enough data.");
        x.close();
        return Reports.page(title, x.toString());
    }

    @Override
    public String markdown() {
        StringBuilder out = Reports.mdStart(title, meta());
        out.append("## Spread over the bands per section\n\n");
        List<String> header = header().stream().map(Reports::md).toList();
        Reports.mdTable(out, header, rows());
        Summary overall = cohort.overall();
        out.append("Overall scores: mean ").append(text(overall.mean(), 1)).append(", median ")
                .append(text(overall.median(), 1)).append(", from ").append(text(overall.min(), 1)).append(" to ")
                .append(text(overall.max(), 1)).append(", over ").append(overall.count())
                .append(" assessments with enough data.\n");
        return Reports.mdEnd(out);
    }
}
