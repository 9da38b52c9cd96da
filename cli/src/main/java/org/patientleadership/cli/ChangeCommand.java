package org.patientleadership.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Change;
import org.patientleadership.assessment.Scores;
import org.patientleadership.assessment.Scoring;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.Section;
import org.patientleadership.report.ProgressReport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code patient-leadership change BEFORE AFTER}: how one organisation's assessment changed between two dates,
 * per section and per point.
 */
@Command(name = "change", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Compares two assessments of one organisation: each section's score before and after, "
                + "and the points that improved or fell back.",
                "Each file holds one assessment; the earlier one comes first."},
        footerHeading = "%nExamples:%n",
        footer = {"  patient-leadership change riverside-2025.json riverside-2026.json",
                "  patient-leadership change 2025.fhir.json 2026.fhir.json --format html --output progress.html"})
final class ChangeCommand extends FileCommand {

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier assessment")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later assessment")
    Path after;

    @Override
    public Integer call() {
        Assessment a = Inputs.one(before, in.format);
        Assessment b = Inputs.one(after, in.format);
        Change change;
        try {
            change = Change.between(a, b);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(before + ", " + after + ": " + e.getMessage());
        }
        String text = switch (out.format) {
            case TABLE -> table(change);
            case JSON -> json(change);
            case CSV -> csv(change);
            case HTML -> ProgressReport.of(List.of(a, b)).html();
            case MD -> ProgressReport.of(List.of(a, b)).markdown();
        };
        return write(text);
    }

    private static String table(Change change) {
        Scores was = Scoring.score(change.before());
        Scores now = Scoring.score(change.after());
        StringBuilder b = new StringBuilder(change.after().organisation()).append(": ")
                .append(change.before().date()).append(" to ").append(change.after().date()).append("\n\n");
        TextTable t = new TextTable("Section", "Before#", "After#", "Change#");
        for (Section s : Section.values()) {
            t.row(s.number() + ". " + s.displayName(), Options.one(was.section(s).value()),
                    Options.one(now.section(s).value()), signed(change.sections().get(s)));
        }
        t.row("Overall", Options.one(was.overall().value()), Options.one(now.overall().value()),
                signed(change.overall()));
        b.append(t.render());
        points(b, "Improved", change.improved());
        points(b, "Fell back", change.fellBack());
        return b.toString();
    }

    private static void points(StringBuilder b, String label, List<Change.PointChange> points) {
        b.append('\n').append(label).append(": ").append(points.isEmpty() ? "no points" : points.size() == 1
                ? "one point" : points.size() + " points").append('\n');
        for (Change.PointChange p : points) {
            b.append("- ").append(Checklist.point(p.point()).title()).append(" (point ").append(p.point())
                    .append("): rated ").append(rating(p.before())).append(", now ").append(rating(p.after()))
                    .append('\n');
        }
    }

    private static String rating(OptionalInt r) {
        return r.isPresent() ? Integer.toString(r.getAsInt()) : "not rated";
    }

    private static String signed(OptionalDouble d) {
        if (d.isEmpty()) {
            return "-";
        }
        String text = String.format(java.util.Locale.ROOT, "%+.1f", d.getAsDouble());
        return text.equals("+0.0") || text.equals("-0.0") ? "0.0" : text;
    }

    private static String json(Change change) {
        ObjectNode root = JsonText.object();
        root.put("organisation", change.after().organisation()).put("before", change.before().date().toString())
                .put("after", change.after().date().toString());
        Scores was = Scoring.score(change.before());
        Scores now = Scoring.score(change.after());
        ArrayNode sections = root.putArray("sections");
        for (Section s : Section.values()) {
            ObjectNode n = sections.addObject().put("section", s.number()).put("name", s.displayName());
            JsonText.put(n, "before", was.section(s).value());
            JsonText.put(n, "after", now.section(s).value());
            JsonText.put(n, "difference", change.sections().get(s));
        }
        ObjectNode overall = root.putObject("overall");
        JsonText.put(overall, "before", was.overall().value());
        JsonText.put(overall, "after", now.overall().value());
        JsonText.put(overall, "difference", change.overall());
        ArrayNode points = root.putArray("points");
        for (Change.PointChange p : change.points()) {
            ObjectNode n = points.addObject().put("point", p.point());
            JsonText.put(n, "before", p.before());
            JsonText.put(n, "after", p.after());
            JsonText.put(n, "difference", p.difference());
        }
        return JsonText.write(root);
    }



    private static String csv(Change change) {
        CsvText csv = new CsvText("point", "title", "before", "after", "difference");
        for (Change.PointChange p : change.points()) {
            csv.row(List.of(Integer.toString(p.point()), Checklist.point(p.point()).title(), text(p.before()),
                    text(p.after()), text(p.difference())));
        }
        return csv.toString();
    }

    private static String text(OptionalInt v) {
        return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
    }
}
