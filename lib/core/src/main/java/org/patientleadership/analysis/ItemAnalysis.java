package org.patientleadership.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.patientleadership.internal.Checks;

/**
 * Describes the items of a scale as an instrument, figure for figure as R's {@code psych::alpha} (psych 2.2.9,
 * with {@code check.keys = FALSE}): the reliability of the whole scale ({@code total}), alpha if each item is
 * dropped ({@code alpha.drop}), per item statistics ({@code item.stats}) and response frequencies
 * ({@code response.freq}), and the 95% confidence intervals of alpha (Feldt and Duhachek).
 *
 * <p>Obtain one with {@link #of(ItemData, MissingData)}. As psych does, an item that does not vary (or has
 * fewer than two ratings) is left out of every figure and listed in {@link #constantItems()}; the total score
 * still counts it. When fewer than two items are left, or there are fewer than two cases, or two items were
 * never rated together, the analysis is {@linkplain #isEmpty() empty}: every figure is empty and
 * {@link #notes()} says why. Any other figure that is undefined (for example alpha when the items' covariances
 * sum to zero) is empty, with a note. No figure is ever NaN, and nothing here throws from the arithmetic.
 *
 * <p>Where this analysis differs from psych: for a scale of two items, psych fills {@code alpha.drop} with
 * figures that are not alpha (alpha of one item is undefined); here they are empty. Response frequencies are
 * given for any number of distinct values (psych gives none above ten).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param missingData  how missing ratings were treated
 * @param cases  the number of cases used (psych's {@code nsub})
 * @param items  the items analysed, in column order (the constant items left out)
 * @param constantItems  the items left out because they do not vary
 * @param total  the reliability of the scale ({@code total})
 * @param mean  {@code mean}: the mean of the cases' total scores (each the mean of its items)
 * @param sd  {@code sd}: their standard deviation
 * @param feldt  the 95% interval of raw alpha after Feldt (F distribution), or empty
 * @param duhachek  the 95% interval {@code raw_alpha ± 1.96 × ase} after Duhachek and Iacobucci, or empty
 * @param itemStatistics  the statistics of each analysed item, in column order
 * @param notes  why any figure is empty, in plain words
 */
public record ItemAnalysis(MissingData missingData, int cases, List<String> items, List<String> constantItems,
        Reliability total, OptionalDouble mean, OptionalDouble sd, Optional<Interval> feldt,
        Optional<Interval> duhachek, List<ItemStatistics> itemStatistics, List<String> notes) {

    /** psych's Duhachek multiplier (it uses 1.96, not the exact normal quantile). */
    private static final double Z = 1.96;

    /**
     * Creates an analysis, copying the lists.
     *
     * @param missingData  the missing-data treatment, not null
     * @param cases  the cases
     * @param items  the items
     * @param constantItems  the constant items
     * @param total  the total reliability, not null
     * @param mean  the mean total
     * @param sd  the sd of totals
     * @param feldt  Feldt's interval
     * @param duhachek  Duhachek's interval
     * @param itemStatistics  the item statistics
     * @param notes  the notes
     * @throws NullPointerException if an argument is null
     */
    public ItemAnalysis {
        Checks.notNull(missingData, "missingData");
        items = List.copyOf(items);
        constantItems = List.copyOf(constantItems);
        Checks.notNull(total, "total");
        Checks.notNull(mean, "mean");
        Checks.notNull(sd, "sd");
        Checks.notNull(feldt, "feldt");
        Checks.notNull(duhachek, "duhachek");
        itemStatistics = List.copyOf(itemStatistics);
        notes = List.copyOf(notes);
    }

    /**
     * Analyses the items, as {@code psych::alpha(x)} for {@link MissingData#PAIRWISE} or
     * {@code psych::alpha(na.omit(x))} for {@link MissingData#COMPLETE_CASES}.
     *
     * @param data  the item data, not null
     * @param missingData  how to treat missing ratings, not null
     * @return the analysis, possibly {@linkplain #isEmpty() empty}, not null
     */
    public static ItemAnalysis of(ItemData data, MissingData missingData) {
        Checks.notNull(data, "data");
        Checks.notNull(missingData, "missingData");
        ItemData used = missingData == MissingData.COMPLETE_CASES ? data.completeCases() : data;
        return new Computation(used, missingData).run();
    }

    /**
     * Analyses the items with pairwise use of missing ratings, as {@code psych::alpha(x)}.
     *
     * @param data  the item data, not null
     * @return the analysis, not null
     */
    public static ItemAnalysis of(ItemData data) {
        return of(data, MissingData.PAIRWISE);
    }

    /**
     * Analyses each section of the checklist and the whole checklist from assessments: one item per point, one
     * case per assessment, not applicable and unanswered as missing.
     *
     * @param assessments  the assessments, not null, all on one rating scale
     * @param missingData  how to treat missing ratings, not null
     * @return the analysis of each section, in section order, unmodifiable
     * @throws IllegalArgumentException if the assessments are on different scales
     */
    public static java.util.Map<org.patientleadership.checklist.Section, ItemAnalysis> bySection(
            Iterable<org.patientleadership.assessment.Assessment> assessments, MissingData missingData) {
        Checks.notNull(missingData, "missingData");
        List<org.patientleadership.assessment.Assessment> list = new ArrayList<>();
        Checks.notNull(assessments, "assessments").forEach(list::add);
        java.util.Map<org.patientleadership.checklist.Section, ItemAnalysis> map =
                new java.util.EnumMap<>(org.patientleadership.checklist.Section.class);
        for (org.patientleadership.checklist.Section s : org.patientleadership.checklist.Section.values()) {
            map.put(s, of(ItemData.of(list, s), missingData));
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * Checks if the analysis has no figures, because of too few items or cases (see {@link #notes()}).
     *
     * @return true if every figure is empty
     */
    public boolean isEmpty() {
        return total.rawAlpha().isEmpty() && itemStatistics.isEmpty();
    }

    /**
     * Finds the statistics of an item.
     *
     * @param item  the item's name, not null
     * @return the statistics, or empty if the item was not analysed
     */
    public Optional<ItemStatistics> item(String item) {
        Checks.notNull(item, "item");
        return itemStatistics.stream().filter(s -> s.item().equals(item)).findFirst();
    }

    /** The arithmetic of one analysis, following psych::alpha line by line. */
    private static final class Computation {
        private final ItemData data;
        private final MissingData mode;
        private final List<String> notes = new ArrayList<>();
        private final double[][] x;
        private final int nsub;

        Computation(ItemData data, MissingData mode) {
            this.data = data;
            this.mode = mode;
            this.x = data.matrix();
            this.nsub = data.cases();
        }

        ItemAnalysis run() {
            int all = data.items().size();
            List<Integer> keep = new ArrayList<>();
            List<String> constant = new ArrayList<>();
            for (int i = 0; i < all; i++) {
                double[] col = column(i);
                if (col.length < 2 || !(Numbers.variance(col) > 0)) {
                    constant.add(data.items().get(i));
                    notes.add("Item " + data.items().get(i) + " does not vary (or has fewer than two ratings), so "
                            + "it is left out of every figure, as psych does; the total score still counts it.");
                } else {
                    keep.add(i);
                }
            }
            int k = keep.size();
            if (nsub < 2) {
                return empty(constant, "There are " + nsub + " cases" + (mode == MissingData.COMPLETE_CASES
                        ? " that rated every item" : "") + "; reliability needs at least two.");
            }
            if (k < 2) {
                return empty(constant, "Only " + k + " item(s) vary; reliability needs at least two.");
            }
            double[][] c = new double[k][k];
            for (int a = 0; a < k; a++) {
                for (int b = a; b < k; b++) {
                    double cov = covariance(x, keep.get(a), keep.get(b));
                    if (Double.isNaN(cov)) {
                        return empty(constant, "Items " + data.items().get(keep.get(a)) + " and "
                                + data.items().get(keep.get(b)) + " were rated together by fewer than two cases, "
                                + "so their covariance is unknown.");
                    }
                    c[a][b] = cov;
                    c[b][a] = cov;
                }
            }
            double[][] r = toCorrelation(c);
            Alpha1 whole = alpha1(c, r);
            List<Reliability> dropped = new ArrayList<>();
            for (int a = 0; a < k; a++) {
                if (k > 2) {
                    Alpha1 d = alpha1(Numbers.minor(c, a), Numbers.minor(r, a));
                    dropped.add(d.reliability(nsub > k ? Numbers.finite(Math.sqrt(d.q / nsub))
                            : OptionalDouble.empty()));
                } else {
                    dropped.add(Reliability.EMPTY);
                }
            }
            if (k == 2) {
                notes.add("Alpha if an item is dropped is empty: one item left has no alpha.");
            } else if (nsub <= k) {
                notes.add("The standard error of alpha if an item is dropped is empty: there are no more cases ("
                        + nsub + ") than items (" + k + "), as in psych.");
            }
            // total scores: the mean of the rated items; constant items count with their value in the first case
            double badSum = 0;
            for (String name : constant) {
                double v = x.length > 0 ? x[0][data.items().indexOf(name)] : Double.NaN;
                badSum += Double.isNaN(v) ? 0 : v;
            }
            double[] totals = new double[nsub];
            for (int row = 0; row < nsub; row++) {
                double s = 0;
                int m = 0;
                for (int i : keep) {
                    if (!Double.isNaN(x[row][i])) {
                        s += x[row][i];
                        m++;
                    }
                }
                totals[row] = m == 0 ? Double.NaN
                        : constant.isEmpty() ? s / m : (k * (s / m) + badSum) / (k + constant.size());
            }
            double[] validTotals = java.util.Arrays.stream(totals).filter(t -> !Double.isNaN(t)).toArray();
            OptionalDouble mean = Numbers.finite(java.util.Arrays.stream(validTotals).average().orElse(Double.NaN));
            OptionalDouble sd = validTotals.length > 1 ? Numbers.finite(Math.sqrt(Numbers.variance(validTotals)))
                    : OptionalDouble.empty();
            // item statistics
            double sumR = Numbers.sum(r);
            double[] smc = smc(r);
            double[][] rc = new double[k][];
            for (int a = 0; a < k; a++) {
                rc[a] = r[a].clone();
                rc[a][a] = smc[a];
            }
            double sumRc = Numbers.sum(rc);
            TreeSet<Integer> values = new TreeSet<>();
            for (int i : keep) {
                for (double[] row : x) {
                    if (!Double.isNaN(row[i])) {
                        values.add((int) row[i]);
                    }
                }
            }
            List<ItemStatistics> stats = new ArrayList<>();
            for (int a = 0; a < k; a++) {
                int i = keep.get(a);
                double[] col = column(i);
                double colSumR = 0;
                double colSumRc = 0;
                double colSumC = 0;
                for (int b = 0; b < k; b++) {
                    colSumR += r[b][a];
                    colSumRc += rc[b][a];
                    colSumC += c[b][a];
                }
                double vDrop = Numbers.sum(Numbers.minor(c, a));
                double rDrop = (colSumC - c[a][a]) / Math.sqrt(c[a][a] * vDrop);
                SortedMap<Integer, Double> freq = new TreeMap<>();
                for (int v : values) {
                    long count = 0;
                    for (double cell : col) {
                        count += cell == v ? 1 : 0;
                    }
                    freq.put(v, (double) count / col.length);
                }
                stats.add(new ItemStatistics(data.items().get(i), col.length,
                        Numbers.finite(correlation(totals, i)), Numbers.finite(colSumR / Math.sqrt(sumR)),
                        Numbers.finite(colSumRc / Math.sqrt(sumRc)), Numbers.finite(rDrop),
                        Numbers.finite(java.util.Arrays.stream(col).average().orElse(Double.NaN)),
                        Numbers.finite(Math.sqrt(Numbers.variance(col))), dropped.get(a), freq,
                        1 - (double) col.length / nsub));
            }
            OptionalDouble ase = Numbers.finite(Math.sqrt(whole.q / nsub));
            Reliability total = whole.reliability(ase);
            Optional<Interval> feldt = Optional.empty();
            Optional<Interval> duhachek = Optional.empty();
            if (total.rawAlpha().isPresent()) {
                double alpha = total.rawAlpha().getAsDouble();
                double df1 = nsub - 1;
                double df2 = (nsub - 1.0) * (k - 1);
                double upper = 1 - (1 - alpha) * Numbers.fQuantile(0.025, df1, df2);
                double lower = 1 - (1 - alpha) * Numbers.fQuantile(0.975, df1, df2);
                feldt = interval(lower, upper);
                if (ase.isPresent()) {
                    duhachek = interval(alpha - Z * ase.getAsDouble(), alpha + Z * ase.getAsDouble());
                }
            }
            if (total.rawAlpha().isEmpty()) {
                notes.add("Raw alpha is empty: the items' covariances sum to zero.");
            }
            if (ase.isEmpty() && total.rawAlpha().isPresent()) {
                notes.add("The standard error of alpha is empty: its formula gives no real number for these data.");
            }
            List<String> names = keep.stream().map(data.items()::get).toList();
            return new ItemAnalysis(mode, nsub, names, constant, total, mean, sd, feldt, duhachek, stats, notes);
        }

        private static Optional<Interval> interval(double lower, double upper) {
            return Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper
                    ? Optional.of(new Interval(lower, upper)) : Optional.empty();
        }

        private ItemAnalysis empty(List<String> constant, String reason) {
            notes.add(reason);
            return new ItemAnalysis(mode, nsub, List.of(), constant, Reliability.EMPTY, OptionalDouble.empty(),
                    OptionalDouble.empty(), Optional.empty(), Optional.empty(), List.of(), notes);
        }

        private double[] column(int i) {
            return java.util.Arrays.stream(x).mapToDouble(row -> row[i]).filter(v -> !Double.isNaN(v)).toArray();
        }

        /** R's cov(x, use = "pairwise") for one pair: over the cases with both; NaN with fewer than two. */
        private static double covariance(double[][] x, int a, int b) {
            double sa = 0;
            double sb = 0;
            int n = 0;
            for (double[] row : x) {
                if (!Double.isNaN(row[a]) && !Double.isNaN(row[b])) {
                    sa += row[a];
                    sb += row[b];
                    n++;
                }
            }
            if (n < 2) {
                return Double.NaN;
            }
            double ma = sa / n;
            double mb = sb / n;
            double s = 0;
            for (double[] row : x) {
                if (!Double.isNaN(row[a]) && !Double.isNaN(row[b])) {
                    s += (row[a] - ma) * (row[b] - mb);
                }
            }
            return s / (n - 1);
        }

        /** R's cor(total, x[, i], use = "pairwise"). */
        private double correlation(double[] totals, int i) {
            List<double[]> pairs = new ArrayList<>();
            for (int row = 0; row < nsub; row++) {
                if (!Double.isNaN(totals[row]) && !Double.isNaN(x[row][i])) {
                    pairs.add(new double[] {totals[row], x[row][i]});
                }
            }
            double[][] pair = pairs.toArray(new double[0][]);
            return covariance(pair, 0, 1) / Math.sqrt(covariance(pair, 0, 0) * covariance(pair, 1, 1));
        }

        /** R's cov2cor. */
        private static double[][] toCorrelation(double[][] c) {
            int k = c.length;
            double[][] r = new double[k][k];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    r[a][b] = a == b ? 1 : c[a][b] / Math.sqrt(c[a][a] * c[b][b]);
                }
            }
            return r;
        }

        /** psych's smc: 1 − 1 / diag(Pinv(R)), cut to 0 to 1. */
        private static double[] smc(double[][] r) {
            double[][] inverse = Numbers.pseudoInverse(r);
            double[] smc = new double[r.length];
            double scale = 0;
            for (int a = 0; a < r.length; a++) {
                scale = Math.max(scale, Math.abs(inverse[a][a]));
            }
            for (int a = 0; a < r.length; a++) {
                // a diagonal entry that is zero up to rounding is taken as zero (1 / 0 gives smc 0, as in R)
                double d = Math.abs(inverse[a][a]) <= 1e-12 * scale ? 0 : inverse[a][a];
                double s = 1 - 1 / d;
                smc[a] = Double.isNaN(s) ? 1 : Math.max(0, Math.min(1, s));
            }
            return smc;
        }

        /** psych's alpha.1 for a covariance and correlation matrix. */
        private static Alpha1 alpha1(double[][] c, double[][] r) {
            int n = c.length;
            // A sum of covariances or correlations that is zero up to rounding leaves alpha undefined; testing
            // against a scale rather than 0 keeps the answer the same whatever the order of the rows.
            double sumC = zeroIfTiny(Numbers.sum(c), Numbers.trace(c));
            double trC = Numbers.trace(c);
            double raw = (1 - trC / sumC) * n / (n - 1);
            double sumR = zeroIfTiny(Numbers.sum(r), n);
            double std = (1 - n / sumR) * n / (n - 1);
            double[] smc = smc(r);
            double sumSmc = 0;
            for (double s : smc) {
                sumSmc += s;
            }
            double g6 = 1 - (n - sumSmc) / sumR;
            double avR = (sumR - n) / (n * (n - 1.0));
            double[] lower = new double[n * (n - 1) / 2];
            for (int a = 0, m = 0; a < n; a++) {
                for (int b = 0; b < a; b++) {
                    lower[m++] = r[a][b];
                }
            }
            double varR = lower.length > 1 ? Numbers.variance(lower) : Double.NaN;
            double medR = Numbers.median(lower);
            double sn = n * avR / zeroIfTiny(1 - avR, 1);
            double[][] cc = Numbers.multiply(c, c);
            double q = (2.0 * n * n / ((n - 1.0) * (n - 1.0) * sumC * sumC * sumC))
                    * (sumC * (Numbers.trace(cc) + trC * trC) - 2 * (trC * Numbers.sum(cc)));
            return new Alpha1(raw, std, g6, avR, sn, q, varR, medR);
        }
    }

    /** Gives 0 for a value within rounding (1e-12 of the scale) of 0, else the value. */
    private static double zeroIfTiny(double value, double scale) {
        return Math.abs(value) <= 1e-12 * Math.abs(scale) ? 0 : value;
    }

    /** One result of psych's alpha.1, before the standard error is chosen. */
    private record Alpha1(double raw, double std, double g6, double avR, double sn, double q, double varR,
            double medR) {

        Reliability reliability(OptionalDouble se) {
            return new Reliability(Numbers.finite(raw), Numbers.finite(std), Numbers.finite(g6),
                    Numbers.finite(avR), Numbers.finite(sn), se, Numbers.finite(varR), Numbers.finite(medR));
        }
    }
}
