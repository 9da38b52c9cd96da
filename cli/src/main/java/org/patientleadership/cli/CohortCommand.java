package org.patientleadership.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Cohort;
import org.patientleadership.assessment.PointStatistics;
import org.patientleadership.assessment.SectionStatistics;
import org.patientleadership.assessment.Summary;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.Section;
import org.patientleadership.report.CohortReport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patient-leadership cohort FILE...}: statistics over many assessments (a CSV or REDCap file of many, or
 * several files): per section the spread of scores and Cronbach's alpha, and the weakest points.
 */
@Command(name = "cohort", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Summarises many assessments: for each section how many could be scored, the mean, median, "
                + "spread, lowest and highest score and Cronbach's alpha (how consistently its points were rated), "
                + "and the points rated lowest on average.",
                "Give one file of many (CSV or REDCap) or several files; all are read before anything is written."},
        footerHeading = "%nExamples:%n",
        footer = {"  patient-leadership cohort region-2026.csv",
                "  patient-leadership cohort region-2026.csv --format html --output cohort.html",
                "  patient-leadership cohort a.json b.json c.fhir.json --format json"})
final class CohortCommand extends FileCommand {

    /** How many of the weakest points the table lists. */
    static final int WEAKEST = 5;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files of assessments")
    List<Path> files;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title (default: the file names)")
    String title;

    @Override
    public Integer call() {
        List<Assessment> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(Inputs.read(f, in.format));
        }
        String name = title != null && !title.isBlank() ? title
                : "Cohort of " + all.size() + " assessments (" + String.join(", ",
                        files.stream().map(p -> String.valueOf(p.getFileName())).toList()) + ")";
        Cohort cohort;
        try {
            cohort = Cohort.of(all);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(String.join(", ", files.stream().map(Path::toString).toList()) + ": "
                    + e.getMessage());
        }
        String text = switch (out.format) {
            case TABLE -> table(name, cohort);
            case JSON -> json(name, cohort);
            case CSV -> csv(cohort);
            case HTML -> CohortReport.of(name, all).html();
            case MD -> CohortReport.of(name, all).markdown();
        };
        return write(text);
    }

    private static String table(String name, Cohort cohort) {
        StringBuilder b = new StringBuilder(name).append("\n\n");
        TextTable t = new TextTable("Section", "Scored#", "Mean#", "Median#", "SD#", "Lowest#", "Highest#",
                "Alpha#");
        for (Section s : Section.values()) {
            SectionStatistics st = cohort.sections().get(s);
            Summary sc = st.scores();
            t.row(s.number() + ". " + s.displayName(), sc.count() + " of " + cohort.size(), Options.one(sc.mean()),
                    Options.one(sc.median()), Options.one(sc.standardDeviation()), Options.one(sc.min()),
                    Options.one(sc.max()), Options.two(st.cronbachAlpha()));
        }
        Summary o = cohort.overall();
        t.row("Overall", o.count() + " of " + cohort.size(), Options.one(o.mean()), Options.one(o.median()),
                Options.one(o.standardDeviation()), Options.one(o.min()), Options.one(o.max()), "");
        b.append(t.render());
        b.append("Scores are from 0 to 100; a section is scored when at least half its points were answered. "
                + "Alpha needs assessments that rated every point of the section.\n");
        List<PointStatistics> weakest = weakest(cohort);
        if (!weakest.isEmpty()) {
            b.append("\nPoints rated lowest on average:\n");
            for (PointStatistics p : weakest) {
                b.append("- ").append(Checklist.point(p.point()).title()).append(" (point ").append(p.point())
                        .append("): mean rating ").append(Options.one(p.ratings().mean())).append(" from ")
                        .append(p.ratings().count()).append(" ratings\n");
            }
        }
        return b.toString();
    }

    private static List<PointStatistics> weakest(Cohort cohort) {
        return cohort.points().stream().filter(p -> p.ratings().mean().isPresent())
                .sorted(Comparator.comparingDouble((PointStatistics p) -> p.ratings().mean().getAsDouble())
                        .thenComparingInt(PointStatistics::point))
                .limit(WEAKEST).toList();
    }

    private static String json(String name, Cohort cohort) {
        ObjectNode root = JsonText.object();
        root.put("title", name).put("assessments", cohort.size());
        ArrayNode sections = root.putArray("sections");
        for (Section s : Section.values()) {
            SectionStatistics st = cohort.sections().get(s);
            ObjectNode n = summary(sections.addObject().put("section", s.number()).put("name", s.displayName()),
                    st.scores());
            JsonText.put(n, "cronbachAlpha", st.cronbachAlpha());
            n.put("insufficient", st.insufficient()).put("completeCases", st.completeCases());
        }
        summary(root.putObject("overall"), cohort.overall());
        ArrayNode points = root.putArray("points");
        for (PointStatistics p : cohort.points()) {
            ObjectNode n = summary(points.addObject().put("point", p.point()), p.ratings());
            ObjectNode d = n.putObject("distribution");
            p.distribution().forEach((rating, count) -> d.put(Integer.toString(rating), count));
            n.put("notApplicable", p.notApplicable()).put("unanswered", p.unanswered());
        }
        return JsonText.write(root);
    }

    private static ObjectNode summary(ObjectNode n, Summary s) {
        n.put("count", s.count());
        JsonText.put(n, "mean", s.mean());
        JsonText.put(n, "median", s.median());
        JsonText.put(n, "standardDeviation", s.standardDeviation());
        JsonText.put(n, "min", s.min());
        JsonText.put(n, "max", s.max());
        return n;
    }


    private static String csv(Cohort cohort) {
        CsvText csv = new CsvText("section_number", "section", "scored", "assessments", "mean", "median",
                "standard_deviation", "min", "max", "cronbach_alpha");
        for (Section s : Section.values()) {
            SectionStatistics st = cohort.sections().get(s);
            csv.row(row(Integer.toString(s.number()), s.displayName(), st.scores(), cohort.size(),
                    st.cronbachAlpha()));
        }
        csv.row(row("", "Overall", cohort.overall(), cohort.size(), OptionalDouble.empty()));
        return csv.toString();
    }

    private static List<String> row(String number, String name, Summary s, long size, OptionalDouble alpha) {
        return List.of(number, name, Long.toString(s.count()), Long.toString(size), blank(Options.one(s.mean())),
                blank(Options.one(s.median())), blank(Options.one(s.standardDeviation())),
                blank(Options.one(s.min())), blank(Options.one(s.max())), blank(Options.two(alpha)));
    }

    private static String blank(String text) {
        return text.equals("-") ? "" : text;
    }
}
