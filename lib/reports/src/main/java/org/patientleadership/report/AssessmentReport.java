package org.patientleadership.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.PlanRequest;
import org.patientleadership.assessment.Planner;
import org.patientleadership.assessment.Score;
import org.patientleadership.assessment.Scores;
import org.patientleadership.assessment.Scoring;
import org.patientleadership.assessment.ScoringOptions;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Placement;
import org.patientleadership.placement.Placements;
import org.patientleadership.placement.Placer;

/**
 * The report of one self-assessment against the 40 points of the guide "Bring it on": the section scores as a
 * radar over the bands, every point's rating as a bar grouped by section, where the organisation's activities
 * stand on the ladders (each drawn as a ladder with its rung highlighted), and the plan of next steps in three
 * horizons ({@link Planner}), each step citing the guide point it comes from.
 *
 * <p>Scores and bands are those of {@link Scoring} with the given options; the plan is that of
 * {@link Planner#plan(PlanRequest)} for the report's request (by default {@link PlanRequest#of(Assessment)}: the
 * standard policy, no earlier assessment and no choices), scored with the report's options. This record is
 * immutable and thread-safe.
 *
 * @param assessment  the assessment
 * @param options  the scoring options
 * @param placements  the activities placed on the ladders, in the order to show them; may be empty
 * @param plan  what the plan is made from, of this assessment; empty to leave the plan out
 */
public record AssessmentReport(Assessment assessment, ScoringOptions options, List<Placements> placements,
        Optional<PlanRequest> plan) implements Report {

    /**
     * Creates a report, checking its parts.
     *
     * @param assessment  the assessment, not null
     * @param options  the options, not null
     * @param placements  the placements, not null, no null element
     * @param plan  the plan request, of this assessment, not null
     * @throws NullPointerException if an argument or placement is null
     * @throws IllegalArgumentException if the plan request is of another assessment
     */
    public AssessmentReport {
        Checks.notNull(assessment, "assessment");
        Checks.notNull(options, "options");
        Checks.notNull(placements, "placements");
        placements = List.copyOf(placements);
        Checks.notNull(plan, "plan");
        if (plan.isPresent() && !plan.get().assessment().equals(assessment)) {
            throw new IllegalArgumentException("The plan request is of the assessment of '"
                    + plan.get().assessment().organisation() + "' on " + plan.get().assessment().date()
                    + ", not of this report's assessment ('" + assessment.organisation() + "' on "
                    + assessment.date() + "); allowed: a request made from the report's assessment");
        }
        plan = plan.map(r -> r.withOptions(options));
    }

    /**
     * Creates the report of an assessment with the default options, no activities and the default plan.
     *
     * @param assessment  the assessment, not null
     * @return the report, not null
     */
    public static AssessmentReport of(Assessment assessment) {
        return new AssessmentReport(assessment, ScoringOptions.DEFAULT, List.of(),
                Optional.of(PlanRequest.of(Checks.notNull(assessment, "assessment"))));
    }

    /**
     * Returns a copy with other scoring options, used by the scores and the plan alike.
     *
     * @param newOptions  the options, not null
     * @return the copy, not null
     */
    public AssessmentReport withOptions(ScoringOptions newOptions) {
        return new AssessmentReport(assessment, newOptions, placements, plan);
    }

    /**
     * Returns a copy showing these placements.
     *
     * @param newPlacements  the placements, not null
     * @return the copy, not null
     */
    public AssessmentReport withPlacements(List<Placements> newPlacements) {
        return new AssessmentReport(assessment, options, newPlacements, plan);
    }

    /**
     * Returns a copy showing these activities, placed by the standard rules.
     *
     * @param activities  the activities, not null
     * @return the copy, not null
     */
    public AssessmentReport withActivities(List<Activity> activities) {
        Checks.notNull(activities, "activities");
        return withPlacements(activities.stream().map(Placer::place).toList());
    }

    /**
     * Returns a copy whose plan is made from this request: with an earlier assessment, the organisation's
     * focus and skipped points, another policy or another shape. The report's scoring options replace the
     * request's.
     *
     * @param request  the request, of this report's assessment, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the request is of another assessment
     */
    public AssessmentReport withPlan(PlanRequest request) {
        return new AssessmentReport(assessment, options, placements, Optional.of(Checks.notNull(request, "request")));
    }

    /**
     * Returns a copy without the plan section.
     *
     * @return the copy, not null
     */
    public AssessmentReport withoutPlan() {
        return new AssessmentReport(assessment, options, placements, Optional.empty());
    }

    @Override
    public String title() {
        return "Self-assessment: " + assessment.organisation() + ", " + assessment.date();
    }

    private Scores scores() {
        return Scoring.score(assessment, options);
    }

    private String meta() {
        return "Assessed on " + assessment.date() + (assessment.assessorRoles().isEmpty() ? ""
                : " by " + String.join(", ", assessment.assessorRoles())) + ". Rating scale: "
                + assessment.scale().name() + " (" + assessment.scale().min() + " to " + assessment.scale().max()
                + "). Bands: " + options.bands().name() + ".";
    }

    @Override
    public String html() {
        Scores scores = scores();
        Xml x = new Xml(true);
        x.element("h1", title());
        x.element("p", meta(), "class", "meta");

        x.open("section").element("h2", "Scores by section");
        x.open("figure").raw(Charts.radar(scores, options.bands(), "radar"));
        x.element("figcaption", "Section scores from 0 (centre) to 100 (outer ring); the rings are the band "
                + "boundaries. Overall: " + Charts.scoreText(scores.overall()) + ".");
        x.close();
        x.open("table").open("thead").open("tr");
        for (String h : List.of("Section", "Score", "Band", "Answered")) {
            x.element("th", h, "scope", "col");
        }
        x.close().close().open("tbody");
        for (Section s : Section.values()) {
            scoreRow(x, s.number() + ". " + s.displayName(), scores.section(s));
        }
        scoreRow(x, "Overall", scores.overall());
        x.close().close();
        x.element("p", "Overall: " + scores.overall().answeredText() + ".");
        x.close();

        x.open("section").element("h2", "The 40 points");
        // Titles beside the bars on wide screens and paper, above them on phones (CSS shows one of the two).
        x.open("figure").raw(Charts.points(assessment, "points")).raw(Charts.pointsNarrow(assessment, "points-n"));
        x.element("figcaption", "Each point's rating on the scale " + assessment.scale().name()
                + "; a full bar is the top level.");
        x.close().close();

        if (!placements.isEmpty()) {
            x.open("section").element("h2", "Activities on the ladders");
            int n = 0;
            for (Placements p : placements) {
                n++;
                x.element("h3", p.activity().name());
                x.element("p", "On the guide's grid: " + p.gridCell().displayName() + ".");
                x.open("div", "class", "ladders");
                for (Placement<?> placement : p.all()) {
                    x.open("figure").raw(Charts.ladder(placement, "ladder-" + n + "-"
                            + placement.ladder().id().replace('.', '-')));
                    x.element("figcaption", placementText(placement));
                    x.close();
                }
                x.close();
            }
            x.close();
        }

        plan.ifPresent(r -> PlanSection.html(x, Planner.plan(r)));
        return Reports.page(title(), x.toString());
    }

    private static void scoreRow(Xml x, String name, Score score) {
        x.open("tr");
        x.element("th", name, "scope", "row");
        x.element("td", score.value().isPresent() ? Reports.one(score.value().getAsDouble()) : "–", "class", "num");
        x.element("td", score.band().map(b -> b.name()).orElse("insufficient data"));
        x.element("td", score.answered() + " of " + score.applicable(), "class", "num");
        x.close();
    }

    private static String placementText(Placement<?> placement) {
        // What was answered, which rung that gives, and what would lift it; rule rows stay in the data.
        StringBuilder b = new StringBuilder(placement.ladder().displayName() + ": " + placement.rung().displayName()
                + " (rung " + placement.rung().number() + " of " + placement.ladder().rungs().size() + ").");
        if (!placement.reasons().isEmpty()) {
            b.append(' ').append(sentence(placement.reasons().get(0).text()));
        }
        placement.nextStep().ifPresent(n -> b.append(' ').append(sentence(n.toString())));
        return b.toString();
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    @Override
    public String markdown() {
        Scores scores = scores();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Reports.md(title())).append("\n\n").append(Reports.md(meta())).append("\n\n");
        out.append("## Scores by section\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (Section s : Section.values()) {
            rows.add(mdScore(s.number() + ". " + s.displayName(), scores.section(s)));
        }
        rows.add(mdScore("**Overall**", scores.overall()));
        Reports.mdTable(out, List.of("Section", "Score", "Band", "Answered", "0–100"), rows);
        out.append("Overall: ").append(scores.overall().answeredText()).append(".\n\n");

        out.append("## The 40 points\n\n");
        for (Section s : Section.values()) {
            out.append("### Section ").append(s.number()).append(". ").append(s.displayName()).append("\n\n");
            List<List<String>> points = new ArrayList<>();
            for (ChecklistPoint p : s.points()) {
                Optional<Answer> a = assessment.answer(p.number());
                String rating;
                String bar;
                if (a.isEmpty()) {
                    rating = "not answered";
                    bar = "";
                } else if (a.get().isNotApplicable()) {
                    rating = "not applicable";
                    bar = "";
                } else {
                    int r = a.get().rating().getAsInt();
                    rating = r + " – " + Reports.md(assessment.scale().level(r, p.number()).label());
                    bar = "`" + Reports.textBar(assessment.scale().normalise(r), 8) + "`";
                }
                // The title last: the number straight before it would repeat the guide's heading word for word.
                points.add(List.of(Integer.toString(p.number()), rating, bar, Reports.md(p.title())));
            }
            Reports.mdTable(out, List.of("Point", "Rating", "Bar", "Title"), points);
        }

        if (!placements.isEmpty()) {
            out.append("## Activities on the ladders\n\n");
            for (Placements p : placements) {
                out.append("### ").append(Reports.md(p.activity().name())).append("\n\n");
                out.append("On the guide's grid: ").append(Reports.md(p.gridCell().displayName())).append(".\n\n");
                for (Placement<?> placement : p.all()) {
                    out.append("- ").append(Reports.md(placementText(placement))).append('\n');
                }
                out.append('\n');
            }
        }

        plan.ifPresent(r -> PlanSection.markdown(out, Planner.plan(r)));
        return Reports.mdEnd(out);
    }

    private static List<String> mdScore(String name, Score score) {
        return List.of(name, score.value().isPresent() ? Reports.one(score.value().getAsDouble()) : "–",
                score.band().map(b -> Reports.md(b.name())).orElse("insufficient data"),
                score.answered() + " of " + score.applicable(),
                score.value().isPresent() ? "`" + Reports.textBar(score.value().getAsDouble() / 100, 10) + "`" : "");
    }
}
