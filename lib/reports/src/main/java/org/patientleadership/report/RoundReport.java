package org.patientleadership.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.patientleadership.analysis.IccForm;
import org.patientleadership.analysis.KrippendorffAlpha;
import org.patientleadership.analysis.PerspectiveGap;
import org.patientleadership.analysis.PointGap;
import org.patientleadership.analysis.Rater;
import org.patientleadership.analysis.RatingRound;
import org.patientleadership.analysis.RoundAgreement;
import org.patientleadership.analysis.SectionGap;
import org.patientleadership.assessment.Score;
import org.patientleadership.assessment.Scores;
import org.patientleadership.assessment.Scoring;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * The report of a {@link RatingRound}, several raters of one organisation: who rated, how far they agree (in
 * plain words, with Krippendorff's alpha and the intraclass correlation behind it), where staff and patient
 * leaders differ (the perspective gap, largest first) and the joint view (the consensus assessment's section
 * scores).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundReport implements Report {

    /** How many points the gap table lists at most. */
    static final int GAP_ROWS = 10;

    private final String title;
    private final RatingRound round;
    private final RoundAgreement agreement;
    private final PerspectiveGap gap;
    private final List<Block> blocks;

    /** One part of the report: a heading, sentences, and a table (which may be empty). */
    private record Block(String heading, List<String> sentences, List<String> header, List<List<String>> rows) {
    }

    private RoundReport(String title, RatingRound round) {
        this.title = title;
        this.round = round;
        this.agreement = round.agreement();
        this.gap = round.gap();
        this.blocks = blocks();
    }

    /**
     * Makes the report of a round, with the gap between staff and patient leaders.
     *
     * @param title  the title, not blank
     * @param round  the round, not null
     * @return the report, not null
     * @throws IllegalArgumentException if the title is blank
     */
    public static RoundReport of(String title, RatingRound round) {
        return new RoundReport(Checks.notBlank(title, "title"), Checks.notNull(round, "round"));
    }

    @Override
    public String title() {
        return title;
    }

    /**
     * Gives the agreement the report shows.
     *
     * @return the agreement, not null
     */
    public RoundAgreement agreement() {
        return agreement;
    }

    /**
     * Gives the perspective gap the report shows.
     *
     * @return the gap, not null
     */
    public PerspectiveGap gap() {
        return gap;
    }

    private String meta() {
        List<String> who = round.raters().stream().map(r -> r.name() + " (" + perspective(r) + ")").toList();
        return round.organisation() + ". " + round.raters().size() + (round.raters().size() == 1 ? " rater: "
                : " raters: ") + String.join(", ", who) + ".";
    }

    private static String perspective(Rater r) {
        String p = r.perspective().plural();
        return switch (r.perspective()) {
            case STAFF -> "staff";
            case PATIENT_LEADER -> "patient leader";
            default -> p.substring(0, p.length() - 1);
        };
    }

    private List<Block> blocks() {
        List<Block> list = new ArrayList<>();
        List<List<String>> agreementRows = new ArrayList<>();
        agreementRows.add(List.of("All 40 points", two(agreement.ordinalAlpha().value()), words(agreement
                .ordinalAlpha())));
        for (Section s : Section.values()) {
            KrippendorffAlpha k = agreement.sections().get(s);
            agreementRows.add(List.of(s.number() + ". " + s.displayName(), two(k.value()), words(k)));
        }
        List<String> sentences = new ArrayList<>(List.of(agreement.summary()));
        agreement.icc().form(IccForm.ICC2).ifPresent(i -> sentences.add("One rater's rating matches the others' to "
                + two(i.value()) + " and the raters' average to " + two(agreement.icc().form(IccForm.ICC2K)
                        .orElseThrow().value()) + " (intraclass correlation, two-way random, over the "
                + agreement.icc().units() + " points every rater rated; 1 would be full agreement)."));
        agreement.kappa().ifPresent(k -> sentences.add("With two raters, weighted kappa is " + two(k.quadratic())
                + " (quadratic weights) and " + two(k.linear()) + " (linear weights)."));
        sentences.addAll(agreement.notes());
        list.add(new Block("How far the raters agree", sentences, List.of("Points", "Krippendorff's α", "Meaning"),
                agreementRows));
        List<List<String>> gapRows = new ArrayList<>();
        for (PointGap p : gap.points()) {
            if (p.gap().isEmpty() || Math.abs(p.gap().getAsDouble()) < 1e-9 || gapRows.size() == GAP_ROWS) {
                break;
            }
            gapRows.add(List.of(Checklist.point(p.point()).title() + " (point " + p.point() + ")", one(p.first()),
                    one(p.second()), signed(p.gap())));
        }
        list.add(new Block("Where " + gap.first().plural() + " and " + gap.second().plural() + " differ",
                List.of(gap.summary(), "The points with the largest gaps, in levels of the rating scale (mean of "
                        + "each group's raters; a positive gap means " + gap.first().plural() + " rate higher):"),
                List.of("Point", gap.first().title(), gap.second().title(), "Gap"), gapRows));
        List<List<String>> sectionRows = new ArrayList<>();
        for (SectionGap s : gap.sections()) {
            sectionRows.add(List.of(s.section().number() + ". " + s.section().displayName(), one(s.first()),
                    one(s.second()), signed(s.gap())));
        }
        list.add(new Block("Section scores by perspective", List.of("Mean section scores out of 100, largest gap "
                + "first."), List.of("Section", gap.first().title(), gap.second().title(), "Gap"), sectionRows));
        Scores joint = Scoring.score(round.consensus());
        List<List<String>> jointRows = new ArrayList<>();
        for (Section s : Section.values()) {
            Score score = joint.section(s);
            jointRows.add(List.of(s.number() + ". " + s.displayName(), one(score.value()),
                    score.band().map(b -> b.name()).orElse("not enough answers")));
        }
        list.add(new Block("The joint view", List.of("Each point takes the middle rating of the raters who "
                + "answered it (the lower of the two middle ones when their number is even), or not applicable "
                + "when more than half of them said so."), List.of("Section", "Score", "Band"), jointRows));
        return List.copyOf(list);
    }

    private static String words(KrippendorffAlpha k) {
        if (k.value().isEmpty()) {
            return "cannot be measured";
        }
        double a = k.value().getAsDouble();
        return a >= RoundAgreement.RELIABLE ? "close agreement" : a >= RoundAgreement.TENTATIVE ? "partial agreement"
                : "little agreement";
    }

    private static String two(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.2f", v.getAsDouble()) : "–";
    }

    private static String one(OptionalDouble v) {
        return v.isPresent() ? Reports.one(v.getAsDouble()) : "–";
    }

    private static String signed(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%+.1f", v.getAsDouble()) : "–";
    }

    @Override
    public String html() {
        Xml x = new Xml(true);
        x.element("h1", title);
        x.element("p", meta(), "class", "meta");
        for (Block b : blocks) {
            x.open("section").element("h2", b.heading());
            for (String s : b.sentences()) {
                x.element("p", s);
            }
            if (!b.rows().isEmpty()) {
                x.open("table").open("thead").open("tr");
                for (String h : b.header()) {
                    x.element("th", h, "scope", "col");
                }
                x.close().close().open("tbody");
                for (List<String> row : b.rows()) {
                    x.open("tr").element("th", row.get(0), "scope", "row");
                    for (String cell : row.subList(1, row.size())) {
                        x.element("td", cell, "class", "num");
                    }
                    x.close();
                }
                x.close().close();
            }
            x.close();
        }
        return Reports.page(title, x.toString());
    }

    @Override
    public String markdown() {
        StringBuilder out = Reports.mdStart(title, meta());
        for (Block b : blocks) {
            out.append("## ").append(Reports.md(b.heading())).append("\n\n");
            for (String s : b.sentences()) {
                out.append(Reports.md(s)).append("\n\n");
            }
            if (!b.rows().isEmpty()) {
                Reports.mdTable(out, b.header().stream().map(Reports::md).toList(), b.rows().stream()
                        .map(r -> r.stream().map(Reports::md).toList()).toList());
            }
        }
        return Reports.mdEnd(out);
    }
}
