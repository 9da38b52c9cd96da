package org.patientleadership.analysis;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

import org.patientleadership.internal.Checks;

/**
 * Describes one item of an {@link ItemAnalysis}: its row of {@code psych::alpha}'s {@code item.stats} and
 * {@code alpha.drop} tables and of its {@code response.freq}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param item  the item's name
 * @param n  {@code n}: how many cases rated the item
 * @param rawR  {@code raw.r}: the correlation of the item with the total score (the mean of the items)
 * @param stdR  {@code std.r}: the same if every item were standardised
 * @param rCor  {@code r.cor}: the item–total correlation corrected for item overlap and reliability
 * @param rDrop  {@code r.drop}: the correlation of the item with the total of the other items
 * @param mean  {@code mean}: the item's mean rating
 * @param sd  {@code sd}: the item's sample standard deviation
 * @param ifDropped  the reliability of the other items ({@code alpha.drop}); every figure empty for a scale of two
 *     items (alpha of one item is undefined)
 * @param frequencies  {@code response.freq}: the share of each rating value among the cases that rated the item,
 *     for every value any item received, in value order
 * @param missing  {@code miss}: the share of cases that did not rate the item, from 0 to 1
 */
public record ItemStatistics(String item, int n, OptionalDouble rawR, OptionalDouble stdR, OptionalDouble rCor,
        OptionalDouble rDrop, OptionalDouble mean, OptionalDouble sd, Reliability ifDropped,
        SortedMap<Integer, Double> frequencies, double missing) {

    /**
     * Creates the statistics, copying the frequencies.
     *
     * @param item  the name, not blank
     * @param n  the count
     * @param rawR  raw.r
     * @param stdR  std.r
     * @param rCor  r.cor
     * @param rDrop  r.drop
     * @param mean  the mean
     * @param sd  the sd
     * @param ifDropped  alpha if dropped
     * @param frequencies  the frequencies
     * @param missing  the missing share
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank or a share is outside 0 to 1
     */
    public ItemStatistics {
        Checks.notBlank(item, "item");
        Checks.notNull(rawR, "rawR");
        Checks.notNull(stdR, "stdR");
        Checks.notNull(rCor, "rCor");
        Checks.notNull(rDrop, "rDrop");
        Checks.notNull(mean, "mean");
        Checks.notNull(sd, "sd");
        Checks.notNull(ifDropped, "ifDropped");
        frequencies = Collections.unmodifiableSortedMap(new TreeMap<>(Checks.notNull(frequencies, "frequencies")));
        for (Map.Entry<Integer, Double> e : frequencies.entrySet()) {
            share(e.getValue(), "frequency of " + e.getKey());
        }
        share(missing, "missing");
    }

    private static void share(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("The " + name + " share must be from 0 to 1, not " + value);
        }
    }
}
