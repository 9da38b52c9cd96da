package org.patientleadership.assessment;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Summarises a set of numbers: count, mean, median, standard deviation (sample, n − 1), minimum and maximum.
 * With no numbers, all but the count are empty; with one, the standard deviation is empty.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param count  how many numbers
 * @param mean  the arithmetic mean
 * @param median  the median (mean of the middle two for an even count)
 * @param standardDeviation  the sample standard deviation
 * @param min  the smallest number
 * @param max  the largest number
 */
public record Summary(long count, OptionalDouble mean, OptionalDouble median, OptionalDouble standardDeviation,
        OptionalDouble min, OptionalDouble max) {

    /**
     * Summarises numbers.
     *
     * @param values  the numbers, not null; not modified
     * @return the summary, not null
     */
    public static Summary of(double[] values) {
        return ofOwned(values.clone());
    }

    /**
     * Summarises numbers in an array the caller hands over (it is sorted in place).
     *
     * @param sorted  the numbers; sorted by this method
     * @return the summary
     */
    static Summary ofOwned(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            OptionalDouble e = OptionalDouble.empty();
            return new Summary(0, e, e, e, e, e);
        }
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Summary(n, OptionalDouble.of(mean), OptionalDouble.of(median),
                n > 1 ? OptionalDouble.of(Math.sqrt(squares / (n - 1))) : OptionalDouble.empty(),
                OptionalDouble.of(sorted[0]), OptionalDouble.of(sorted[n - 1]));
    }

    /**
     * Summarises values given as distinct values in ascending order and how many times each occurs, with the
     * same figures as {@link #of(double[])} over the expanded values to the last bit: each value is added as
     * many times as it occurs, in the order the sorted expanded array would add it.
     *
     * @param values  the distinct values, ascending
     * @param times  how many times each occurs, each above 0
     * @return the summary
     */
    static Summary ofSortedCounts(double[] values, long[] times) {
        long n = 0;
        for (long t : times) {
            n += t;
        }
        if (n == 0) {
            OptionalDouble e = OptionalDouble.empty();
            return new Summary(0, e, e, e, e, e);
        }
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            for (long c = 0; c < times[i]; c++) {
                sum += values[i];
            }
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < values.length; i++) {
            double d = (values[i] - mean) * (values[i] - mean);
            for (long c = 0; c < times[i]; c++) {
                squares += d;
            }
        }
        double median = n % 2 == 1 ? nthOf(values, times, n / 2)
                : (nthOf(values, times, n / 2 - 1) + nthOf(values, times, n / 2)) / 2;
        return new Summary(n, OptionalDouble.of(mean), OptionalDouble.of(median),
                n > 1 ? OptionalDouble.of(Math.sqrt(squares / (n - 1))) : OptionalDouble.empty(),
                OptionalDouble.of(values[0]), OptionalDouble.of(values[values.length - 1]));
    }

    private static double nthOf(double[] values, long[] times, long index) {
        long seen = 0;
        for (int i = 0; i < values.length; i++) {
            seen += times[i];
            if (index < seen) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("index " + index + " is beyond the " + seen + " values");
    }

    /**
     * Summarises values given as a distribution: how many times each value occurs. The same statistics as
     * {@link #of(double[])} over the expanded values, without expanding them: the mean is the same, the
     * standard deviation can differ from it in the last bits only, because each value's squared deviation is
     * multiplied by its count rather than added count times.
     *
     * @param counts  the count of each value, in ascending order of value; counts above 0
     * @return the summary, not null
     */
    static Summary ofCounts(java.util.SortedMap<Integer, Long> counts) {
        long n = 0;
        double sum = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            n += e.getValue();
            sum += (double) e.getKey() * e.getValue();
        }
        if (n == 0) {
            OptionalDouble e = OptionalDouble.empty();
            return new Summary(0, e, e, e, e, e);
        }
        double mean = sum / n;
        double squares = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            double d = e.getKey() - mean;
            squares += d * d * e.getValue();
        }
        double median = n % 2 == 1 ? nth(counts, n / 2) : (nth(counts, n / 2 - 1) + nth(counts, n / 2)) / 2.0;
        return new Summary(n, OptionalDouble.of(mean), OptionalDouble.of(median),
                n > 1 ? OptionalDouble.of(Math.sqrt(squares / (n - 1))) : OptionalDouble.empty(),
                OptionalDouble.of(counts.firstKey()), OptionalDouble.of(counts.lastKey()));
    }

    /** The value at a position (from 0) of the sorted expanded values. */
    private static int nth(java.util.SortedMap<Integer, Long> counts, long index) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (index < seen) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("index " + index + " is beyond the " + seen + " values");
    }
}
