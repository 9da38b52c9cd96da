package org.patientleadership.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Scores an {@link Assessment} per section of the guide and overall.
 *
 * <p>Formula, for a scope (a section, or all 40 points): each rated point contributes its rating normalised
 * by the scale, {@code (rating - min) / (max - min)}, with its weight (see {@link ScoringOptions}); the score
 * is {@code 100 × Σ(weight × normalised) / Σ weight}, from 0 to 100, not rounded. Points marked not applicable
 * leave the scope's applicable count; unanswered points count against coverage only. Below the minimum
 * coverage the score is "insufficient data". The result does not depend on the order answers were given in.
 *
 * <p>This class is immutable and thread-safe: its methods are pure functions.
 */
public final class Scoring {

    private Scoring() {
    }

    /**
     * Scores an assessment with the default options.
     *
     * @param assessment  the assessment, not null
     * @return the scores, not null
     */
    public static Scores score(Assessment assessment) {
        return score(assessment, ScoringOptions.DEFAULT);
    }

    /**
     * Scores an assessment.
     *
     * @param assessment  the assessment, not null
     * @param options  the scoring options, not null
     * @return the scores, not null
     */
    public static Scores score(Assessment assessment, ScoringOptions options) {
        Checks.notNull(assessment, "assessment");
        Checks.notNull(options, "options");
        // Index the answers by point once, rather than searching for each point of each scope.
        Answer[] byPoint = new Answer[ChecklistPoint.COUNT + 1];
        for (Answer a : assessment.answers()) {
            byPoint[a.point()] = a;
        }
        Map<Section, Score> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            sections.put(s, scope(assessment, byPoint, options, s.points(), false));
        }
        return new Scores(sections, scope(assessment, byPoint, options, Checklist.points(), true));
    }

    private static Score scope(Assessment assessment, Answer[] byPoint, ScoringOptions options,
            List<ChecklistPoint> points, boolean overall) {
        RatingScale scale = assessment.scale();
        List<Contribution> contributions = new ArrayList<>();
        int applicable = 0;
        double weighted = 0;
        double weights = 0;
        for (ChecklistPoint p : points) {
            Answer answer = byPoint[p.number()];
            if (answer != null && answer.isNotApplicable()) {
                continue;
            }
            applicable++;
            if (answer != null) {
                int rating = answer.rating().getAsInt();
                double w = options.pointWeight(p.number()) * (overall ? options.sectionWeight(p.section()) : 1);
                double n = scale.normalise(rating);
                contributions.add(new Contribution(p.number(), rating, n, w));
                weighted += w * n;
                weights += w;
            }
        }
        int answered = contributions.size();
        boolean enough = answered > 0 && (double) answered / applicable >= options.minimumCoverage();
        if (!enough) {
            return new Score(OptionalDouble.empty(), Optional.empty(), answered, applicable, points.size(),
                    contributions);
        }
        double value = Math.min(100, Math.max(0, 100 * weighted / weights));
        return new Score(OptionalDouble.of(value), Optional.of(options.bands().bandOf(value)), answered,
                applicable, points.size(), contributions);
    }

    /**
     * Computes only the values of the six section scores and the overall score, with the same arithmetic in
     * the same order as {@link #score(Assessment, ScoringOptions)}, but without building scores: for
     * statistics over many assessments.
     *
     * @param assessment  the assessment
     * @param options  the options
     * @param out  seven slots: sections 1 to 6, then overall; NaN where there is insufficient data
     */
    static void values(Assessment assessment, ScoringOptions options, double[] out) {
        int scopes = Section.values().length + 1;
        int all = scopes - 1;
        double[] weighted = new double[scopes];
        double[] weights = new double[scopes];
        int[] applicable = new int[scopes];
        int[] answered = new int[scopes];
        Answer[] byPoint = new Answer[ChecklistPoint.COUNT + 1];
        for (Answer a : assessment.answers()) {
            byPoint[a.point()] = a;
        }
        RatingScale scale = assessment.scale();
        for (ChecklistPoint p : Checklist.points()) {
            Answer answer = byPoint[p.number()];
            if (answer != null && answer.isNotApplicable()) {
                continue;
            }
            int s = p.section().ordinal();
            applicable[s]++;
            applicable[all]++;
            if (answer != null) {
                double n = scale.normalise(answer.rating().getAsInt());
                double w = options.pointWeight(p.number());
                double wo = w * options.sectionWeight(p.section());
                weighted[s] += w * n;
                weights[s] += w;
                weighted[all] += wo * n;
                weights[all] += wo;
                answered[s]++;
                answered[all]++;
            }
        }
        for (int i = 0; i < scopes; i++) {
            boolean enough = answered[i] > 0 && (double) answered[i] / applicable[i] >= options.minimumCoverage();
            out[i] = enough ? Math.min(100, Math.max(0, 100 * weighted[i] / weights[i])) : Double.NaN;
        }
    }
}
