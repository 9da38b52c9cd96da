package org.patientleadership.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Gathers the statistics of a cohort one assessment at a time, and merges with other accumulators, so that a
 * cohort can be summarised in parts (threads, files, the partitions of a map-reduce job) and the parts
 * combined.
 *
 * <p>The accumulator keeps counts and sums, plus the section and overall scores needed for medians: a few numbers
 * per assessment, never the answers. {@link #add(Assessment)} folds in one assessment, {@link #merge} folds in
 * everything another accumulator has seen, and {@link #toCohort()} gives the statistics. Merging is exact: the
 * cohort of {@code a.merge(b)} equals, value for value, the cohort of the assessments of {@code a} followed by
 * those of {@code b} (ratings are whole numbers, so their sums are exact, and every summary sorts its values
 * before adding them). As in {@link Cohort#of(Iterable, ScoringOptions)}, Cronbach's alpha uses the assessments
 * on the scale of the first assessment; the accumulator keeps its sums per scale so that this stays true after a
 * merge.
 *
 * <p>Both accumulators of a merge must use equal {@link ScoringOptions}. For Java streams use
 * {@link Cohort#collector()}, which runs in parallel; for a map-reduce engine, create one accumulator per
 * partition, {@code add} its assessments, and {@code merge} the partial accumulators (see docs/statistics or
 * the Javadoc of {@link Cohort}).
 *
 * <p>This class is mutable and not thread-safe, like {@link StringBuilder}: use one accumulator per thread and
 * merge them. The {@link Cohort} it makes is immutable.
 */
public final class CohortAccumulator {

    /** Ratings from 0 up to this (exclusive) are counted in arrays rather than in a map. */
    private static final int SMALL_RATINGS = 16;
    private static final int N = ChecklistPoint.COUNT;
    private static final Section[] SECTIONS = Section.values();

    private final ScoringOptions options;
    private long size;
    private final long[][] counts = new long[N + 1][SMALL_RATINGS];
    private final List<Map<Integer, Long>> other = new ArrayList<>(N + 1);
    private final long[] notApplicable = new long[N + 1];
    private final ValueCounts[] sectionScores = new ValueCounts[SECTIONS.length];
    private final long[] insufficient = new long[SECTIONS.length];
    private final ValueCounts overall = new ValueCounts();
    /** Alpha sums per scale, the first scale seen first. */
    private final LinkedHashMap<RatingScale, Alpha[]> alpha = new LinkedHashMap<>();

    // Work arrays of add, kept to avoid allocating per assessment.
    private final double[] scoreValues = new double[Scoring.SCOPES];
    private final double[] sums = new double[2 * Scoring.SCOPES];
    private final int[] scopeCounts = new int[2 * Scoring.SCOPES];
    private final int[] rating = new int[N + 1];
    private final boolean[] rated = new boolean[N + 1];
    private RatingScale lastScale;
    private Alpha[] lastAlpha;

    private CohortAccumulator(ScoringOptions options) {
        this.options = options;
        for (int p = 0; p <= N; p++) {
            other.add(new TreeMap<>());
        }
        for (int s = 0; s < SECTIONS.length; s++) {
            sectionScores[s] = new ValueCounts();
        }
    }

    /**
     * Obtains an empty accumulator that scores with {@link ScoringOptions#DEFAULT}.
     *
     * @return a new empty accumulator, not null
     */
    public static CohortAccumulator create() {
        return new CohortAccumulator(ScoringOptions.DEFAULT);
    }

    /**
     * Obtains an empty accumulator that scores with the given options.
     *
     * @param options  the scoring options, not null
     * @return a new empty accumulator, not null
     */
    public static CohortAccumulator create(ScoringOptions options) {
        return new CohortAccumulator(Checks.notNull(options, "options"));
    }

    /**
     * Gets the scoring options of this accumulator.
     *
     * @return the options, not null
     */
    public ScoringOptions options() {
        return options;
    }

    /**
     * Gets how many assessments this accumulator has seen.
     *
     * @return the count, zero or more
     */
    public long size() {
        return size;
    }

    /**
     * Folds one assessment into the statistics.
     *
     * @param assessment  the assessment, not null
     * @return this accumulator, for chaining
     */
    public CohortAccumulator add(Assessment assessment) {
        Checks.notNull(assessment, "assessment");
        size++;
        Arrays.fill(rated, false);
        AnswerList answers = (AnswerList) assessment.answers();
        int[] points = answers.points;
        int[] ratings = answers.ratings;
        for (int k = 0; k < points.length; k++) {
            int p = points[k];
            int r = ratings[k];
            if (p < 0) {
                notApplicable[-p]++;
            } else {
                rated[p] = true;
                rating[p] = r;
                if (r >= 0 && r < SMALL_RATINGS) {
                    counts[p][r]++;
                } else {
                    other.get(p).merge(r, 1L, Long::sum);
                }
            }
        }
        Scoring.values(assessment, options, scoreValues, sums, scopeCounts);
        Alpha[] sums = alphaFor(assessment.scale());
        for (int s = 0; s < SECTIONS.length; s++) {
            double value = scoreValues[s];
            if (!Double.isNaN(value)) {
                sectionScores[s].add(value);
            } else {
                insufficient[s]++;
            }
            sums[s].add(SECTIONS[s], rated, rating);
        }
        double total = scoreValues[SECTIONS.length];
        if (!Double.isNaN(total)) {
            overall.add(total);
        }
        return this;
    }

    /**
     * Folds everything another accumulator has seen into this one, as if its assessments had been added here
     * after this one's. The other accumulator is not changed.
     *
     * @param other  the other accumulator, not null, with equal scoring options; may be this accumulator
     * @return this accumulator, for chaining
     * @throws IllegalArgumentException if the other accumulator scores with different options
     */
    public CohortAccumulator merge(CohortAccumulator other) {
        Checks.notNull(other, "other");
        if (!options.equals(other.options)) {
            throw new IllegalArgumentException("Cannot merge cohort accumulators that score with different "
                    + "options; allowed: accumulators created with equal ScoringOptions");
        }
        CohortAccumulator from = other == this ? copy() : other;
        size += from.size;
        for (int p = 0; p <= N; p++) {
            for (int r = 0; r < SMALL_RATINGS; r++) {
                counts[p][r] += from.counts[p][r];
            }
            Map<Integer, Long> target = this.other.get(p);
            from.other.get(p).forEach((r, c) -> target.merge(r, c, Long::sum));
            notApplicable[p] += from.notApplicable[p];
        }
        for (int s = 0; s < SECTIONS.length; s++) {
            sectionScores[s].addAll(from.sectionScores[s]);
            insufficient[s] += from.insufficient[s];
        }
        overall.addAll(from.overall);
        for (Map.Entry<RatingScale, Alpha[]> e : from.alpha.entrySet()) {
            Alpha[] sums = alphaFor(e.getKey());
            for (int s = 0; s < SECTIONS.length; s++) {
                sums[s].addAll(e.getValue()[s]);
            }
        }
        return this;
    }

    /**
     * Computes the statistics of everything seen so far. The accumulator can go on being used.
     *
     * @return the statistics, not null
     */
    public Cohort toCohort() {
        List<PointStatistics> points = new ArrayList<>(N);
        for (int p = 1; p <= N; p++) {
            TreeMap<Integer, Long> d = new TreeMap<>(other.get(p));
            long count = 0;
            for (int r = 0; r < SMALL_RATINGS; r++) {
                if (counts[p][r] > 0) {
                    d.put(r, counts[p][r]);
                }
            }
            for (long c : d.values()) {
                count += c;
            }
            points.add(new PointStatistics(p, Summary.ofCounts(d), d, notApplicable[p],
                    size - count - notApplicable[p]));
        }
        Alpha[] first = alpha.isEmpty() ? null : alpha.values().iterator().next();
        Map<Section, SectionStatistics> sections = new EnumMap<>(Section.class);
        for (int s = 0; s < SECTIONS.length; s++) {
            OptionalDouble a = first == null ? OptionalDouble.empty() : first[s].value();
            long cases = first == null ? 0 : first[s].cases;
            sections.put(SECTIONS[s], new SectionStatistics(SECTIONS[s], sectionScores[s].summary(),
                    insufficient[s], a, cases));
        }
        return new Cohort(size, points, sections, overall.summary());
    }

    private Alpha[] alphaFor(RatingScale scale) {
        if (scale == lastScale || scale.equals(lastScale)) {
            return lastAlpha;
        }
        Alpha[] sums = alpha.computeIfAbsent(scale, k -> {
            Alpha[] made = new Alpha[SECTIONS.length];
            for (int s = 0; s < SECTIONS.length; s++) {
                made[s] = new Alpha(SECTIONS[s].points().size());
            }
            return made;
        });
        lastScale = scale;
        lastAlpha = sums;
        return sums;
    }

    private CohortAccumulator copy() {
        CohortAccumulator c = new CohortAccumulator(options);
        c.merge(this);
        return c;
    }

    /** Sums for Cronbach's alpha over the complete cases of one section. */
    private static final class Alpha {
        private final int k;
        private final double[] sum;
        private final double[] squares;
        private double totalSum;
        private double totalSquares;
        private long cases;

        Alpha(int k) {
            this.k = k;
            this.sum = new double[k];
            this.squares = new double[k];
        }

        void add(Section s, boolean[] rated, int[] rating) {
            int first = s.firstPoint();
            for (int p = first; p <= s.lastPoint(); p++) {
                if (!rated[p]) {
                    return;
                }
            }
            double total = 0;
            for (int i = 0; i < k; i++) {
                double v = rating[first + i];
                sum[i] += v;
                squares[i] += v * v;
                total += v;
            }
            totalSum += total;
            totalSquares += total * total;
            cases++;
        }

        void addAll(Alpha more) {
            for (int i = 0; i < k; i++) {
                sum[i] += more.sum[i];
                squares[i] += more.squares[i];
            }
            totalSum += more.totalSum;
            totalSquares += more.totalSquares;
            cases += more.cases;
        }

        OptionalDouble value() {
            if (cases < 2) {
                return OptionalDouble.empty();
            }
            double itemVariances = 0;
            for (int i = 0; i < k; i++) {
                itemVariances += variance(sum[i], squares[i]);
            }
            double totalVariance = variance(totalSum, totalSquares);
            if (totalVariance <= 0) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of((double) k / (k - 1) * (1 - itemVariances / totalVariance));
        }

        private double variance(double s, double sq) {
            return (sq - s * s / cases) / (cases - 1);
        }
    }
}
