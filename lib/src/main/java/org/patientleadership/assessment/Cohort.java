package org.patientleadership.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Computes statistics over many assessments: per point (summary and distribution of ratings), per section
 * (summary of scores and Cronbach's alpha) and overall.
 *
 * <p>Assessments are read once, in one pass, from any {@link Iterable} (a list, or a stream's
 * {@code ::iterator}). Memory grows with the number of assessments only through the section and overall
 * scores kept for medians (a few numbers each); the answers themselves are not kept. Ratings are summarised as
 * given, so mixing assessments on different scales mixes their values; alpha uses only assessments on the
 * scale of the first one.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param size  how many assessments
 * @param points  statistics for each point, in point order
 * @param sections  statistics for each section, in section order
 * @param overall  the summary of the sufficient overall scores
 */
public record Cohort(long size, List<PointStatistics> points, Map<Section, SectionStatistics> sections,
        Summary overall) {

    /** Ratings from 0 up to this (exclusive) are counted in arrays rather than in a map. */
    private static final int SMALL_RATINGS = 16;

    /**
     * Creates the statistics, copying the collections.
     *
     * @param size  the number of assessments
     * @param points  the point statistics
     * @param sections  the section statistics
     * @param overall  the overall summary
     */
    public Cohort {
        points = List.copyOf(points);
        sections = java.util.Collections.unmodifiableMap(new EnumMap<>(sections));
    }

    /**
     * Computes the statistics of a cohort, scoring each assessment with {@link ScoringOptions#DEFAULT}.
     *
     * @param assessments  the assessments, not null, none null; a stream can be passed as
     *     {@code stream::iterator}
     * @return the statistics, not null
     */
    public static Cohort of(Iterable<Assessment> assessments) {
        return of(assessments, ScoringOptions.DEFAULT);
    }

    /**
     * Computes the statistics of a cohort, scoring each assessment with the given options.
     *
     * @param assessments  the assessments, not null, none null
     * @param options  the scoring options, not null
     * @return the statistics, not null
     */
    public static Cohort of(Iterable<Assessment> assessments, ScoringOptions options) {
        Checks.notNull(assessments, "assessments");
        Checks.notNull(options, "options");
        int n = ChecklistPoint.COUNT;
        // Ratings from 0 to 15 (every scale of the guide's kind) are counted in arrays; any other rating of a
        // replaceable scale goes to a sorted map. Both are merged into one distribution per point at the end.
        long[][] counts = new long[n + 1][SMALL_RATINGS];
        List<Map<Integer, Long>> other = new ArrayList<>();
        long[] na = new long[n + 1];
        for (int p = 0; p <= n; p++) {
            other.add(new TreeMap<>());
        }
        Map<Section, DoubleList> sectionScores = new EnumMap<>(Section.class);
        Map<Section, long[]> insufficient = new EnumMap<>(Section.class);
        Map<Section, Alpha> alpha = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            sectionScores.put(s, new DoubleList());
            insufficient.put(s, new long[1]);
            alpha.put(s, new Alpha(s.points().size()));
        }
        DoubleList overall = new DoubleList();
        RatingScale first = null;
        long size = 0;
        double[] scoreValues = new double[Section.values().length + 1];
        int[] rating = new int[n + 1];
        boolean[] rated = new boolean[n + 1];
        for (Assessment a : assessments) {
            Checks.notNull(a, "assessment");
            size++;
            first = first == null ? a.scale() : first;
            java.util.Arrays.fill(rated, false);
            for (Answer ans : a.answers()) {
                int p = ans.point();
                if (ans.isNotApplicable()) {
                    na[p]++;
                } else {
                    int r = ans.rating().getAsInt();
                    rated[p] = true;
                    rating[p] = r;
                    if (r >= 0 && r < SMALL_RATINGS) {
                        counts[p][r]++;
                    } else {
                        other.get(p).merge(r, 1L, Long::sum);
                    }
                }
            }
            Scoring.values(a, options, scoreValues);
            boolean sameScale = a.scale() == first || a.scale().equals(first);
            for (Section s : Section.values()) {
                double value = scoreValues[s.ordinal()];
                if (!Double.isNaN(value)) {
                    sectionScores.get(s).add(value);
                } else {
                    insufficient.get(s)[0]++;
                }
                if (sameScale) {
                    alpha.get(s).add(s, rated, rating);
                }
            }
            if (!Double.isNaN(scoreValues[scoreValues.length - 1])) {
                overall.add(scoreValues[scoreValues.length - 1]);
            }
        }
        List<PointStatistics> points = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            TreeMap<Integer, Long> d = new TreeMap<>(other.get(p));
            for (int r = 0; r < SMALL_RATINGS; r++) {
                if (counts[p][r] > 0) {
                    d.put(r, counts[p][r]);
                }
            }
            long count = 0;
            for (long c : d.values()) {
                count += c;
            }
            points.add(new PointStatistics(p, Summary.ofCounts(d), d, na[p], size - count - na[p]));
        }
        Map<Section, SectionStatistics> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            Alpha al = alpha.get(s);
            sections.put(s, new SectionStatistics(s, Summary.of(sectionScores.get(s).toArray()),
                    insufficient.get(s)[0], al.value(), al.cases));
        }
        return new Cohort(size, points, sections, Summary.of(overall.toArray()));
    }

    /**
     * Gets the statistics of a point.
     *
     * @param point  the point number, from 1 to 40
     * @return the statistics, not null
     */
    public PointStatistics point(int point) {
        Checks.inRange(point, 1, ChecklistPoint.COUNT, "checklist point number");
        return points.get(point - 1);
    }

    /** A growable array of doubles. */
    private static final class DoubleList {
        private double[] values = new double[16];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /** Streaming sums for Cronbach's alpha over complete cases of one section. */
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
            for (int p = s.firstPoint(); p <= s.lastPoint(); p++) {
                if (!rated[p]) {
                    return;
                }
            }
            double total = 0;
            for (int i = 0; i < k; i++) {
                double v = rating[s.firstPoint() + i];
                sum[i] += v;
                squares[i] += v * v;
                total += v;
            }
            totalSum += total;
            totalSquares += total * total;
            cases++;
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
