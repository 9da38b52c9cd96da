package org.patientleadership.assessment;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

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

    private static final Section[] SECTIONS = Section.values();
    private static final int OVERALL = SECTIONS.length;

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
        double[] sums = new double[2 * SCOPES];
        int[] counts = new int[2 * SCOPES];
        pass(assessment, options, sums, counts);
        return new Scores(assessment, options, sums, counts);
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
        values(assessment, options, out, new double[2 * SCOPES], new int[2 * SCOPES]);
    }

    /**
     * As {@link #values(Assessment, ScoringOptions, double[])}, with work arrays the caller keeps between calls.
     *
     * @param assessment  the assessment
     * @param options  the options
     * @param out  seven slots for the values
     * @param sums  fourteen slots of work space
     * @param counts  fourteen slots of work space
     */
    static void values(Assessment assessment, ScoringOptions options, double[] out, double[] sums, int[] counts) {
        pass(assessment, options, sums, counts);
        double coverage = options.minimumCoverage();
        for (int scope = 0; scope < SCOPES; scope++) {
            out[scope] = value(sums, counts, scope, coverage);
        }
    }

    /** The number of scopes: the six sections, then overall. */
    static final int SCOPES = OVERALL + 1;

    /**
     * The one pass over the answers (which an assessment keeps in point order, so sums are added in point
     * order) that gathers, for each scope, the weighted sum of normalised ratings ({@code sums[scope]}), the sum
     * of weights ({@code sums[SCOPES + scope]}), the rated count ({@code counts[scope]}) and the applicable count
     * ({@code counts[SCOPES + scope]}).
     */
    static void pass(Assessment assessment, ScoringOptions options, double[] sums, int[] counts) {
        java.util.Arrays.fill(sums, 0);
        for (Section s : SECTIONS) {
            counts[s.ordinal()] = 0;
            counts[SCOPES + s.ordinal()] = s.lastPoint() - s.firstPoint() + 1;
        }
        counts[OVERALL] = 0;
        counts[SCOPES + OVERALL] = ChecklistPoint.COUNT;
        RatingScale scale = assessment.scale();
        double min = scale.min();
        double span = (double) scale.max() - scale.min();
        // Dividing by a power of two is multiplying by its reciprocal, exactly: the same value, faster.
        long whole = (long) span;
        double reciprocal = whole == span && (whole & (whole - 1)) == 0 ? 1 / span : 0;
        boolean unweighted = options.pointWeights().isEmpty() && options.sectionWeights().isEmpty();
        // Assessments always keep their answers in an AnswerList: points and ratings as primitives.
        AnswerList answers = (AnswerList) assessment.answers();
        int[] points = answers.points;
        int[] ratings = answers.ratings;
        if (unweighted && reciprocal != 0) {
            exactPass(points, ratings, scale.min(), reciprocal, sums, counts);
            return;
        }
        for (int k = 0; k < points.length; k++) {
            int p = points[k];
            if (p < 0) {
                int i = SECTION_OF[-p];
                counts[SCOPES + i]--;
                counts[SCOPES + OVERALL]--;
                continue;
            }
            int i = SECTION_OF[p];
            double n = reciprocal != 0 ? ((double) ratings[k] - min) * reciprocal : ((double) ratings[k] - min) / span;
            if (unweighted) {
                sums[i] += n;
                sums[OVERALL] += n;
            } else {
                double w = options.pointWeight(p);
                double wo = w * options.sectionWeight(SECTIONS[i]);
                sums[i] += w * n;
                sums[SCOPES + i] += w;
                sums[OVERALL] += wo * n;
                sums[SCOPES + OVERALL] += wo;
            }
            counts[i]++;
        }
        for (int i = 0; i < OVERALL; i++) {
            counts[OVERALL] += counts[i];
        }
        if (unweighted) {
            // Each weight is 1, so the sums of weights are the counts (whole numbers, added exactly).
            for (int i = 0; i <= OVERALL; i++) {
                sums[SCOPES + i] = counts[i];
            }
        }
    }

    /**
     * The pass for the usual case, equal weights on a scale whose span is a power of two (the default 0–4):
     * each normalised rating {@code (r - min) / span} is then a binary fraction, so every sum of them is exact
     * and equals {@code (Σ (r - min)) / span} to the last bit, whatever the order of adding. The pass adds the
     * whole numbers {@code r - min} in local variables, a section at a time (answers are in point order, so a
     * section's answers are together), and divides once per scope. {@code ReferenceScoring} in the tests checks
     * the results bit for bit against the point-by-point sums.
     */
    private static void exactPass(int[] points, int[] ratings, int min, double reciprocal, double[] sums,
            int[] counts) {
        int current = -1;
        long sectionSum = 0;
        int sectionCount = 0;
        long total = 0;
        int totalCount = 0;
        for (int k = 0; k < points.length; k++) {
            int p = points[k];
            int i = SECTION_OF[p < 0 ? -p : p];
            if (i != current) {
                if (current >= 0) {
                    sums[current] = sectionSum * reciprocal;
                    counts[current] = sectionCount;
                }
                current = i;
                sectionSum = 0;
                sectionCount = 0;
            }
            if (p < 0) {
                counts[SCOPES + i]--;
                counts[SCOPES + OVERALL]--;
                continue;
            }
            long r = (long) ratings[k] - min;
            sectionSum += r;
            total += r;
            sectionCount++;
            totalCount++;
        }
        if (current >= 0) {
            sums[current] = sectionSum * reciprocal;
            counts[current] = sectionCount;
        }
        sums[OVERALL] = total * reciprocal;
        counts[OVERALL] = totalCount;
        // Each weight is 1, so the sums of weights are the counts (whole numbers, added exactly).
        for (int i = 0; i <= OVERALL; i++) {
            sums[SCOPES + i] = counts[i];
        }
    }

    /**
     * The value of one scope from the pass's sums: NaN for insufficient data.
     */
    static double value(double[] sums, int[] counts, int scope, double minimumCoverage) {
        int a = counts[scope];
        boolean enough = a > 0 && (double) a / counts[SCOPES + scope] >= minimumCoverage;
        return enough ? Math.min(100, Math.max(0, 100 * sums[scope] / sums[SCOPES + scope])) : Double.NaN;
    }

    /** The section index (ordinal) of each point number. */
    private static final byte[] SECTION_OF = new byte[ChecklistPoint.COUNT + 1];

    static {
        for (Section s : SECTIONS) {
            for (int p = s.firstPoint(); p <= s.lastPoint(); p++) {
                SECTION_OF[p] = (byte) s.ordinal();
            }
        }
    }

    /**
     * The contributions of one scope, made when first read from the assessment's answers, so that a score that
     * is never explained costs no contribution objects. Unmodifiable.
     */
    static final class Contributions extends AbstractList<Contribution> implements RandomAccess {
        private final Assessment assessment;
        private final ScoringOptions options;
        private final int scope;
        private final int size;
        /** The indexes in the answers of the scope's rated points; made on first read (a benign race). */
        private int[] indexes;

        Contributions(Assessment assessment, ScoringOptions options, int scope, int size) {
            this.assessment = assessment;
            this.options = options;
            this.scope = scope;
            this.size = size;
        }

        @Override
        public Contribution get(int index) {
            Objects.checkIndex(index, size);
            int[] at = indexes;
            if (at == null) {
                at = new int[size];
                List<Answer> answers = assessment.answers();
                for (int k = 0, n = 0; k < answers.size(); k++) {
                    Answer a = answers.get(k);
                    if (!a.isNotApplicable() && (scope == OVERALL || SECTION_OF[a.point()] == scope)) {
                        at[n++] = k;
                    }
                }
                indexes = at;
            }
            Answer answer = assessment.answers().get(at[index]);
            int p = answer.point();
            int rating = answer.rating().getAsInt();
            double w = options.pointWeight(p) * (scope == OVERALL ? options.sectionWeight(SECTIONS[SECTION_OF[p]]) : 1);
            return new Contribution(p, rating, assessment.scale().normalise(rating), w);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
