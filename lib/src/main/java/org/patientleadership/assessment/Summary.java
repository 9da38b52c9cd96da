package org.patientleadership.assessment;

import java.util.Arrays;
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
        int n = values.length;
        if (n == 0) {
            OptionalDouble e = OptionalDouble.empty();
            return new Summary(0, e, e, e, e, e);
        }
        double[] sorted = values.clone();
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
}
