package org.patientleadership.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.assessment.Score;
import org.patientleadership.assessment.Scores;
import org.patientleadership.assessment.Scoring;
import org.patientleadership.assessment.ScoringOptions;
import org.patientleadership.checklist.Section;
import org.patientleadership.json.JsonFormat;
import org.patientleadership.report.AssessmentReport;

import com.fasterxml.jackson.databind.node.ArrayNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patient-leadership score FILE}: the section scores, bands and next steps of each assessment in a file,
 * as a table, JSON or CSV, or the assessment's report as HTML or Markdown.
 */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Scores a self-assessment: each section's score from 0 to 100 and its band, how many points "
                + "were answered, and the next steps, each citing the guide point it comes from.",
                "With --format html or md, writes the whole report (charts of the sections and the 40 points, "
                        + "next steps) for sharing or printing; csv writes the scores only."},
        footerHeading = "%nExamples:%n",
        footer = {"  patient-leadership score riverside-2026.json",
                "  patient-leadership score survey.csv --format csv --output scores.csv",
                "  patient-leadership score response.fhir.json --format html --output report.html",
                "  patient-leadership score export.csv --input-format redcap --steps 10"})
final class ScoreCommand extends FileCommand {

    @Parameters(paramLabel = "FILE", description = "The assessment file (JSON, CSV, REDCap records or FHIR)")
    Path file;

    @Option(names = {"--steps", "-n"}, paramLabel = "N", defaultValue = "5",
            description = "How many next steps to list, from 0 to 40 (default: ${DEFAULT-VALUE})")
    int steps;

    @Override
    public Integer call() {
        if (steps < 0 || steps > 40) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--steps must be from 0 to 40, not " + steps);
        }
        List<Assessment> all = out.format == OutputFormat.HTML || out.format == OutputFormat.MD
                ? List.of(Inputs.one(file, in.format)) : Inputs.read(file, in.format);
        String text = switch (out.format) {
            case TABLE -> table(all, steps);
            case JSON -> json(all, steps);
            case CSV -> csv(all);
            case HTML -> report(all.get(0), steps).html();
            case MD -> report(all.get(0), steps).markdown();
        };
        return write(text);
    }

    private static AssessmentReport report(Assessment a, int steps) {
        AssessmentReport report = AssessmentReport.of(a);
        return steps == 0 ? report.withoutPlan() : report.withPlan(NextSteps.request(a, steps));
    }

    static String table(List<Assessment> all, int steps) {
        StringBuilder b = new StringBuilder();
        for (Assessment a : all) {
            if (b.length() > 0) {
                b.append('\n');
            }
            Scores scores = Scoring.score(a);
            b.append(a.organisation()).append(", assessed on ").append(a.date());
            if (!a.assessorRoles().isEmpty()) {
                b.append(" by ").append(String.join(", ", a.assessorRoles()));
            }
            b.append("\n\n");
            TextTable t = new TextTable("Section", "Score#", "Band", "Answered#");
            for (Section s : Section.values()) {
                scoreRow(t, s.number() + ". " + s.displayName(), scores.section(s));
            }
            scoreRow(t, "Overall", scores.overall());
            b.append(t.render());
            b.append("Overall: ").append(scores.overall().answeredText()).append(".\n");
            List<NextSteps.Step> next = NextSteps.of(a, steps);
            if (steps > 0) {
                b.append("\nNext steps (foundations first):\n");
                if (next.isEmpty()) {
                    b.append("None: every rated point is at the top of the scale.\n");
                }
            }
            for (NextSteps.Step s : next) {
                b.append(s.rank()).append(". ").append(s.title()).append(" (point ").append(s.point()).append("; ")
                        .append(s.priority()).append(" priority)\n");
                b.append("   Why: ").append(s.why()).append('\n');
                if (!s.firstStep().isEmpty()) {
                    b.append("   First step: ").append(s.firstStep()).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static void scoreRow(TextTable t, String name, Score score) {
        t.row(name, Options.one(score.value()), score.band().map(b -> b.name()).orElse("insufficient data"),
                score.answered() + " of " + score.applicable());
    }

    private static String json(List<Assessment> all, int steps) {
        if (all.size() == 1) {
            return JsonFormat.write(AssessmentResult.of(all.get(0), ScoringOptions.DEFAULT, steps)) + "\n";
        }
        ArrayNode array = JsonFormat.mapper().createArrayNode();
        for (Assessment a : all) {
            array.add(JsonFormat.toTree(AssessmentResult.of(a, ScoringOptions.DEFAULT, steps)));
        }
        return JsonText.write(array);
    }

    private static String csv(List<Assessment> all) {
        CsvText csv = new CsvText("organisation", "date", "section_number", "section", "score", "band", "answered",
                "applicable", "not_applicable");
        for (Assessment a : all) {
            Scores scores = Scoring.score(a);
            for (Section s : Section.values()) {
                csvRow(csv, a, Integer.toString(s.number()), s.displayName(), scores.section(s));
            }
            csvRow(csv, a, "", "Overall", scores.overall());
        }
        return csv.toString();
    }

    private static void csvRow(CsvText csv, Assessment a, String number, String name, Score score) {
        List<String> row = new ArrayList<>(List.of(a.organisation(), a.date().toString(), number, name,
                score.value().isPresent() ? Options.one(score.value()) : "",
                score.band().map(b -> b.name()).orElse("insufficient data"),
                Integer.toString(score.answered()), Integer.toString(score.applicable()),
                Integer.toString(score.total() - score.applicable())));
        csv.row(row);
    }
}
