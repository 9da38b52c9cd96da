package org.patientleadership.assessment;

import java.util.AbstractList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.RandomAccess;

import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * The scorer as it was before scores became compact (issue 16), kept as the reference that the compact scores
 * must equal to the last bit. Scores an {@link Assessment} per section of the guide and overall.
 *
 * <p>Formula, for a scope (a section, or all 40 points): each rated point contributes its rating normalised
 * by the scale, {@code (rating - min) / (max - min)}, with its weight (see {@link ScoringOptions}); the score
 * is {@code 100 × Σ(weight × normalised) / Σ weight}, from 0 to 100, not rounded. Points marked not applicable
 * leave the scope's applicable count; unanswered points count against coverage only. Below the minimum
 * coverage the score is "insufficient data". The result does not depend on the order answers were given in.
 *
 * <p>This class is immutable and thread-safe: its methods are pure functions.
 */
final class ReferenceScoring {

    private static final Section[] SECTIONS = Section.values();
    private static final int OVERALL = SECTIONS.length;

    private ReferenceScoring() {
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
        Pass pass = new Pass(assessment, options);
        Map<Section, Score> sections = new EnumMap<>(Section.class);
        for (Section s : SECTIONS) {
            sections.put(s, pass.score(s.ordinal(), s.points().size(), options, assessment.scale()));
        }
        return Scores.of(sections, pass.score(OVERALL, ChecklistPoint.COUNT, options, assessment.scale()));
    }

    /**
     * Computes only the values of the six section scores and the overall score, by the same pass as
     * {@link #score(Assessment, ScoringOptions)}, but without building scores: for statistics over many
     * assessments.
     *
     * @param assessment  the assessment
     * @param options  the options
     * @param out  seven slots: sections 1 to 6, then overall; NaN where there is insufficient data
     */
    static void values(Assessment assessment, ScoringOptions options, double[] out) {
        Pass pass = new Pass(assessment, options);
        for (int scope = 0; scope <= OVERALL; scope++) {
            out[scope] = pass.value(scope, options);
        }
    }

    /**
     * The sums behind every scope, gathered in one pass over the points in section order (which is point
     * order): for each section and overall, the weighted sum, the sum of weights and the counts; and the
     * rated points in order, which the contributions of each scope read lazily.
     */
    private static final class Pass {
        private final double[] weighted = new double[OVERALL + 1];
        private final double[] weights = new double[OVERALL + 1];
        private final int[] applicable = new int[OVERALL + 1];
        private final int[] answered = new int[OVERALL + 1];
        private final Answer[] byPoint = new Answer[ChecklistPoint.COUNT + 1];
        private final byte[] rated = new byte[ChecklistPoint.COUNT];

        Pass(Assessment assessment, ScoringOptions options) {
            // Index the answers by point once, rather than searching for each point of each scope.
            for (Answer a : assessment.answers()) {
                byPoint[a.point()] = a;
            }
            RatingScale scale = assessment.scale();
            int count = 0;
            for (Section s : SECTIONS) {
                int i = s.ordinal();
                double sectionWeight = options.sectionWeight(s);
                for (int p = s.firstPoint(); p <= s.lastPoint(); p++) {
                    Answer answer = byPoint[p];
                    if (answer != null && answer.isNotApplicable()) {
                        continue;
                    }
                    applicable[i]++;
                    if (answer != null) {
                        double n = scale.normalise(answer.rating().getAsInt());
                        double w = options.pointWeight(p);
                        double wo = w * sectionWeight;
                        weighted[i] += w * n;
                        weights[i] += w;
                        weighted[OVERALL] += wo * n;
                        weights[OVERALL] += wo;
                        answered[i]++;
                        rated[count++] = (byte) p;
                    }
                }
                applicable[OVERALL] += applicable[i];
                answered[OVERALL] += answered[i];
            }
        }

        double value(int scope, ScoringOptions options) {
            int a = answered[scope];
            boolean enough = a > 0 && (double) a / applicable[scope] >= options.minimumCoverage();
            return enough ? Math.min(100, Math.max(0, 100 * weighted[scope] / weights[scope])) : Double.NaN;
        }

        Score score(int scope, int total, ScoringOptions options, RatingScale scale) {
            int from = 0;
            if (scope != OVERALL) {
                for (int i = 0; i < scope; i++) {
                    from += answered[i];
                }
            }
            List<Contribution> contributions = List.copyOf(new OldContributions(byPoint, rated, from, answered[scope], scale,
                    options, scope == OVERALL));
            double value = value(scope, options);
            if (Double.isNaN(value)) {
                return new Score(OptionalDouble.empty(), Optional.empty(), answered[scope], applicable[scope], total,
                        contributions);
            }
            return new Score(OptionalDouble.of(value), Optional.of(options.bands().bandOf(value)), answered[scope],
                    applicable[scope], total, contributions);
        }
    }

    /**
     * The contributions of one scope, made when read from the pass's answers (which nothing changes after
     * the pass), so that a score that is never explained costs no contribution objects. Unmodifiable.
     */
    static final class OldContributions extends AbstractList<Contribution> implements RandomAccess {
        private final Answer[] byPoint;
        private final byte[] rated;
        private final int from;
        private final int size;
        private final RatingScale scale;
        private final ScoringOptions options;
        private final boolean overall;

        OldContributions(Answer[] byPoint, byte[] rated, int from, int size, RatingScale scale, ScoringOptions options,
                boolean overall) {
            this.byPoint = byPoint;
            this.rated = rated;
            this.from = from;
            this.size = size;
            this.scale = scale;
            this.options = options;
            this.overall = overall;
        }

        @Override
        public Contribution get(int index) {
            Objects.checkIndex(index, size);
            int p = rated[from + index];
            int rating = byPoint[p].rating().getAsInt();
            double w = options.pointWeight(p) * (overall ? options.sectionWeight(Checklist.point(p).section()) : 1);
            return new Contribution(p, rating, scale.normalise(rating), w);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
