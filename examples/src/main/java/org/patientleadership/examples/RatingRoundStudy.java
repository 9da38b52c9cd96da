package org.patientleadership.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;

import org.patientleadership.analysis.ItemAnalysis;
import org.patientleadership.analysis.ItemData;
import org.patientleadership.analysis.ItemStatistics;
import org.patientleadership.analysis.MissingData;
import org.patientleadership.analysis.Perspective;
import org.patientleadership.analysis.Rater;
import org.patientleadership.analysis.RatingRound;
import org.patientleadership.analysis.ReliableChange;
import org.patientleadership.analysis.RoundAgreement;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Change;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;

/**
 * The researcher's second example: the checklist as an instrument (item analysis of one section of
 * {@link CohortStudy}'s generated cohort, figure names as R's psych prints them), one organisation rated by three
 * people (agreement and the gap between staff and the patient leader), and whether a year's change of a section
 * is beyond measurement error. Every run prints the same (fixed seeds, fictional organisations).
 */
public final class RatingRoundStudy {

    /** The section analysed. */
    static final Section SECTION = Section.LEADING_THE_WORK;

    private RatingRoundStudy() {
    }

    /**
     * Builds the round: a director of nursing and an engagement lead (staff) and a patient leader rating a
     * fictional trust. The patient leader sees points 17, 18 and 23 (trust, partnership, formal engagement) two
     * levels lower than staff do.
     *
     * @return the round, not null
     */
    static RatingRound round() {
        Random random = new Random(CohortStudy.SEED + 14);
        String trust = "Riverside Community NHS Trust (fictional)";
        LocalDate day = LocalDate.of(2026, 5, 12);
        Assessment.Builder nursing = Assessment.builder(trust, day).assessorRoles("Director of nursing");
        Assessment.Builder lead = Assessment.builder(trust, day).assessorRoles("Patient engagement lead");
        Assessment.Builder leader = Assessment.builder(trust, day).assessorRoles("Patient leader");
        for (ChecklistPoint point : Checklist.points()) {
            int p = point.number();
            int base = 1 + (p * 7) % 3;
            nursing.rate(p, clamp(base + (random.nextInt(5) == 0 ? 1 : 0)));
            lead.rate(p, clamp(base + (random.nextInt(5) == 0 ? -1 : 0)));
            if (p == 40) {
                leader.notApplicable(p);
            } else {
                leader.rate(p, clamp(p == 17 || p == 18 || p == 23 ? base - 2 : base));
            }
        }
        return RatingRound.of(new Rater("Director of nursing", Perspective.STAFF, nursing.build()),
                new Rater("Engagement lead", Perspective.STAFF, lead.build()),
                new Rater("Patient leader", Perspective.PATIENT_LEADER, leader.build()));
    }

    private static int clamp(int rating) {
        return Math.max(0, Math.min(4, rating));
    }

    /**
     * Runs the example.
     *
     * @param args  not used
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        List<Assessment> cohort = CohortStudy.generate(CohortStudy.DEFAULT_SIZE, CohortStudy.SEED).toList();
        ItemAnalysis items = ItemAnalysis.of(ItemData.of(cohort, SECTION), MissingData.PAIRWISE);
        out.println("Section " + SECTION.number() + " (" + SECTION.displayName() + ") as an instrument, "
                + items.cases() + " assessments, missing ratings used pairwise (as psych::alpha):");
        out.println("  raw_alpha " + f3(items.total().rawAlpha()) + "  std.alpha " + f3(items.total().stdAlpha())
                + "  G6(smc) " + f3(items.total().g6()) + "  average_r " + f3(items.total().averageR())
                + "  ase " + f3(items.total().alphaSe()));
        items.feldt().ifPresent(i -> out.println("  95% interval (Feldt) " + f3(i.lower()) + " to " + f3(i.upper())));
        out.println("  point      r.drop  alpha if dropped");
        for (ItemStatistics s : items.itemStatistics()) {
            out.printf(Locale.ROOT, "  %-9s  %s   %s%n", s.item(), f3(s.rDrop()), f3(s.ifDropped().rawAlpha()));
        }
        RatingRound round = round();
        RoundAgreement agreement = round.agreement();
        out.println();
        out.println(round.organisation() + ", rated by " + round.raters().size() + " people:");
        out.println("  " + agreement.summary());
        out.println("  " + round.gap().summary());
        List<Assessment> years = CohortStudy.twoYears();
        Change change = Change.between(years.get(0), years.get(1));
        ReliableChange.Basis.fromCohort(cohort, SECTION).flatMap(b -> b.change(change, SECTION)).ifPresent(rc -> {
            out.println();
            out.println("Section " + SECTION.number() + " from one year to the next (reliability and spread from "
                    + "the cohort):");
            out.println("  " + rc.summary());
        });
    }

    private static String f3(OptionalDouble v) {
        return v.isPresent() ? f3(v.getAsDouble()) : "  –  ";
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
