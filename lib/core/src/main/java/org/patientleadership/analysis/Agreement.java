package org.patientleadership.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.patientleadership.internal.Checks;

/**
 * Computes how far raters agree, from {@link ItemData} whose columns are the raters and whose rows are the units
 * rated (for a rating round, the 40 points): the intraclass correlations of Shrout and Fleiss
 * ({@link #icc(ItemData)}), Cohen's weighted kappa for two raters ({@link #kappa(ItemData, List)}) and
 * Krippendorff's alpha for any number of raters with missing ratings ({@link #krippendorff(ItemData, Metric)}).
 * Formulas, sources and R equivalents are in {@code docs/statistics.md}.
 *
 * <p>Too little data never throws: the figures are empty and the notes say why. Only a call that cannot be
 * answered at all throws (kappa for other than two raters). This class is stateless and thread-safe.
 */
public final class Agreement {

    private Agreement() {
    }

    /**
     * Computes the six intraclass correlations over the units every rater rated, as
     * {@code psych::ICC(na.omit(x), lmer = FALSE)}.
     *
     * @param ratings  the ratings, raters in columns, not null
     * @return the correlations, not null
     */
    public static IntraclassCorrelation icc(ItemData ratings) {
        Checks.notNull(ratings, "ratings");
        ItemData complete = ratings.completeCases();
        double[][] x = complete.matrix();
        int n = x.length;
        int k = ratings.items().size();
        if (k < 2) {
            return new IntraclassCorrelation(n, k, List.of(), List.of("Agreement needs at least two raters; there "
                    + "is " + k + "."));
        }
        if (n < 2) {
            return new IntraclassCorrelation(n, k, List.of(), List.of("The intraclass correlation needs at least "
                    + "two units rated by every rater; there are " + n + "."));
        }
        // Sums of squares from integer totals (n·k·SS = integer expressions), so that data without variation
        // give exactly zero, whatever the order of rows and raters.
        double total = 0;
        double squares = 0;
        double[] rowSum = new double[n];
        double[] colSum = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                total += x[i][j];
                squares += x[i][j] * x[i][j];
                rowSum[i] += x[i][j];
                colSum[j] += x[i][j];
            }
        }
        double rowSquares = 0;
        for (double r : rowSum) {
            rowSquares += r * r;
        }
        double colSquares = 0;
        for (double c : colSum) {
            colSquares += c * c;
        }
        double nk = (double) n * k;
        double ssr = (n * rowSquares - total * total) / nk;
        double ssc = (k * colSquares - total * total) / nk;
        double sst = (nk * squares - total * total) / nk;
        double sse0 = (nk * squares - n * rowSquares - k * colSquares + total * total) / nk;
        double sse = Math.max(0, sse0);
        assert sst >= 0 : "bug: negative total sum of squares";
        double msb = ssr / (n - 1);
        double msj = ssc / (k - 1);
        double mse = sse / ((n - 1.0) * (k - 1));
        double msw = (ssc + sse) / ((double) n * (k - 1));
        double icc1 = (msb - msw) / (msb + (k - 1) * msw);
        double icc2 = (msb - mse) / (msb + (k - 1) * mse + k * (msj - mse) / n);
        double icc3 = (msb - mse) / (msb + (k - 1) * mse);
        double icc1k = (msb - msw) / msb;
        double icc2k = (msb - mse) / (msb + (msj - mse) / n);
        double icc3k = (msb - mse) / msb;
        double f11 = msb / msw;
        double df11n = n - 1;
        double df11d = (double) n * (k - 1);
        double f21 = msb / mse;
        double df21n = n - 1;
        double df21d = (n - 1.0) * (k - 1);
        double p11 = Numbers.fUpper(f11, df11n, df11d);
        double p21 = Numbers.fUpper(f21, df21n, df21d);
        double f1l = f11 / Numbers.fQuantile(0.975, df11n, df11d);
        double f1u = f11 * Numbers.fQuantile(0.975, df11d, df11n);
        double f3l = f21 / Numbers.fQuantile(0.975, df21n, df21d);
        double f3u = f21 * Numbers.fQuantile(0.975, df21d, df21n);
        double fj = msj / mse;
        double vn = (k - 1) * (n - 1.0) * Math.pow(k * icc2 * fj + n * (1 + (k - 1) * icc2) - k * icc2, 2);
        double vd = (n - 1.0) * k * k * icc2 * icc2 * fj * fj + Math.pow(n * (1 + (k - 1) * icc2) - k * icc2, 2);
        double v = vn / vd;
        double f2u = Numbers.fQuantile(0.975, n - 1, v);
        double f2l = Numbers.fQuantile(0.975, v, n - 1);
        double l2 = n * (msb - f2u * mse) / (f2u * (k * msj + (k * n - k - n) * mse) + n * msb);
        double u2 = n * (f2l * msb - mse) / (k * msj + (k * n - k - n) * mse + n * f2l * msb);
        List<Icc> forms = new ArrayList<>();
        forms.add(icc(IccForm.ICC1, icc1, f11, df11n, df11d, p11, (f1l - 1) / (f1l + (k - 1)),
                (f1u - 1) / (f1u + k - 1)));
        forms.add(icc(IccForm.ICC2, icc2, f21, df21n, df21d, p21, l2, u2));
        forms.add(icc(IccForm.ICC3, icc3, f21, df21n, df21d, p21, (f3l - 1) / (f3l + k - 1),
                (f3u - 1) / (f3u + k - 1)));
        forms.add(icc(IccForm.ICC1K, icc1k, f11, df11n, df11d, p11, 1 - 1 / f1l, 1 - 1 / f1u));
        forms.add(icc(IccForm.ICC2K, icc2k, f21, df21n, df21d, p21, l2 * k / (1 + l2 * (k - 1)),
                u2 * k / (1 + u2 * (k - 1))));
        forms.add(icc(IccForm.ICC3K, icc3k, f21, df21n, df21d, p21, 1 - 1 / f3l, 1 - 1 / f3u));
        List<String> notes = new ArrayList<>();
        if (forms.stream().anyMatch(i -> i.value().isEmpty())) {
            notes.add("Some intraclass correlations are empty: the ratings do not vary at all.");
        }
        if (!(mse > 0)) {
            notes.add("The F tests and intervals of the two-way forms are empty: the raters' ratings differ by "
                    + "the same amount on every unit, so there is no residual variation.");
        }
        return new IntraclassCorrelation(n, k, forms, notes);
    }

    private static Icc icc(IccForm form, double value, double f, double df1, double df2, double p, double lower,
            double upper) {
        Optional<Interval> bounds = Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper
                ? Optional.of(new Interval(lower, upper)) : Optional.empty();
        OptionalDouble fv = Numbers.finite(f);
        return new Icc(form, Numbers.finite(value), fv, df1, df2,
                fv.isPresent() ? Numbers.finite(p) : OptionalDouble.empty(), bounds);
    }

    /**
     * Computes Cohen's kappa, unweighted and weighted (linear and quadratic), for two raters, as
     * {@code psych::cohen.kappa(x, levels = levels)}: over the units both rated, with the levels in the order
     * given (weights use a level's position, not its value).
     *
     * @param ratings  the ratings of exactly two raters (two columns), not null
     * @param levels  the levels of the scale in order, at least two, unique, not null; every rating must be one
     * @return the kappas, not null
     * @throws AnalysisException if there are not exactly two raters, or a rating is not one of the levels
     */
    public static Kappa kappa(ItemData ratings, List<Integer> levels) {
        Checks.notNull(ratings, "ratings");
        List<Integer> lv = Checks.noNullItems(levels, "levels");
        if (ratings.items().size() != 2) {
            throw new AnalysisException("Cohen's kappa compares exactly two raters, not "
                    + ratings.items().size() + " (" + ratings.items() + "); use Krippendorff's alpha for more");
        }
        if (lv.size() < 2 || new java.util.HashSet<>(lv).size() != lv.size()) {
            throw new AnalysisException("Kappa needs at least two distinct levels, not " + lv);
        }
        int len = lv.size();
        double[][] table = new double[len][len];
        int units = 0;
        for (int r = 0; r < ratings.cases(); r++) {
            var a = ratings.value(r, 0);
            var b = ratings.value(r, 1);
            if (a.isPresent() && b.isPresent()) {
                table[position(lv, a.getAsInt())][position(lv, b.getAsInt())]++;
                units++;
            }
        }
        if (units == 0) {
            return new Kappa(0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    List.of("Kappa needs at least one unit rated by both raters; there is none."));
        }
        double[] rs = new double[len];
        double[] cs = new double[len];
        for (int i = 0; i < len; i++) {
            for (int j = 0; j < len; j++) {
                table[i][j] /= units;
                rs[i] += table[i][j];
                cs[j] += table[i][j];
            }
        }
        OptionalDouble unweighted = weighted(table, rs, cs, 0);
        OptionalDouble linear = weighted(table, rs, cs, 1);
        OptionalDouble quadratic = weighted(table, rs, cs, 2);
        List<String> notes = unweighted.isEmpty() && linear.isEmpty() && quadratic.isEmpty()
                ? List.of("Kappa is empty: both raters gave one and the same level to every unit, so chance "
                        + "agreement is complete.")
                : List.of();
        return new Kappa(units, unweighted, linear, quadratic, notes);
    }

    private static int position(List<Integer> levels, int value) {
        int i = levels.indexOf(value);
        if (i < 0) {
            throw new AnalysisException("Rating " + value + " is not a level of the scale; allowed: " + levels);
        }
        return i;
    }

    /** Kappa with agreement weights 1 − |i − j|^e / (L − 1)^e; e = 0 means unweighted (identity weights). */
    private static OptionalDouble weighted(double[][] x, double[] rs, double[] cs, int exponent) {
        int len = rs.length;
        double po = 0;
        double pc = 0;
        for (int i = 0; i < len; i++) {
            for (int j = 0; j < len; j++) {
                double w = exponent == 0 ? (i == j ? 1 : 0)
                        : 1 - Math.pow(Math.abs(i - j), exponent) / Math.pow(len - 1, exponent);
                po += w * x[i][j];
                pc += w * rs[i] * cs[j];
            }
        }
        return 1 - pc > 1e-12 ? Numbers.finite((po - pc) / (1 - pc)) : OptionalDouble.empty();
    }

    /**
     * Computes Krippendorff's alpha for any number of raters, missing ratings allowed, from the coincidence
     * matrix of the units rated by at least two raters.
     *
     * @param ratings  the ratings, raters in columns, units in rows, not null
     * @param metric  the difference function, not null
     * @return alpha, not null
     */
    public static KrippendorffAlpha krippendorff(ItemData ratings, Metric metric) {
        Checks.notNull(ratings, "ratings");
        Checks.notNull(metric, "metric");
        if (ratings.items().size() < 2) {
            return new KrippendorffAlpha(metric, 0, OptionalDouble.empty(), List.of("Agreement needs at least two "
                    + "raters; there is " + ratings.items().size() + "."));
        }
        TreeMap<Integer, Integer> index = new TreeMap<>();
        for (int r = 0; r < ratings.cases(); r++) {
            for (int c = 0; c < ratings.items().size(); c++) {
                ratings.value(r, c).ifPresent(v -> index.putIfAbsent(v, 0));
            }
        }
        int[] values = index.keySet().stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < values.length; i++) {
            index.put(values[i], i);
        }
        int v = values.length;
        double[][] o = new double[v][v];
        for (int r = 0; r < ratings.cases(); r++) {
            List<Integer> unit = new ArrayList<>();
            for (int c = 0; c < ratings.items().size(); c++) {
                ratings.value(r, c).ifPresent(x -> unit.add(index.get(x)));
            }
            int m = unit.size();
            if (m < 2) {
                continue;
            }
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    if (a != b) {
                        o[unit.get(a)][unit.get(b)] += 1.0 / (m - 1);
                    }
                }
            }
        }
        double[] nc = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                nc[c] += o[c][k];
            }
            n += nc[c];
        }
        int pairable = (int) Math.round(n);
        if (pairable < 2) {
            return new KrippendorffAlpha(metric, pairable, OptionalDouble.empty(), List.of("Krippendorff's alpha "
                    + "needs at least two pairable values (a unit rated by two raters); there are " + pairable
                    + "."));
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                double d = delta(metric, values, nc, c, k);
                observed += o[c][k] * d;
                expected += nc[c] * nc[k] * d;
            }
        }
        observed /= n;
        expected /= n * (n - 1);
        if (!(expected > 0)) {
            return new KrippendorffAlpha(metric, pairable, OptionalDouble.empty(), List.of("Krippendorff's alpha "
                    + "is empty: every pairable value is the same, so no disagreement is expected by chance."));
        }
        return new KrippendorffAlpha(metric, pairable, Numbers.finite(1 - observed / expected), List.of());
    }

    private static double delta(Metric metric, int[] values, double[] nc, int c, int k) {
        if (c == k) {
            return 0;
        }
        switch (metric) {
            case NOMINAL:
                return 1;
            case ORDINAL: {
                int lo = Math.min(c, k);
                int hi = Math.max(c, k);
                double s = 0;
                for (int g = lo; g <= hi; g++) {
                    s += nc[g];
                }
                s -= (nc[c] + nc[k]) / 2;
                return s * s;
            }
            case INTERVAL: {
                double d = (double) values[c] - values[k];
                return d * d;
            }
            default: {
                double sum = (double) values[c] + values[k];
                double d = sum == 0 ? 0 : ((double) values[c] - values[k]) / sum;
                return d * d;
            }
        }
    }
}
