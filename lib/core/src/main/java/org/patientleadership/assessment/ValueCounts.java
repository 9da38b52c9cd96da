package org.patientleadership.assessment;

import java.util.Arrays;

/**
 * A multiset of finite doubles for {@link Summary}: how many times each value occurs, while there are at most
 * {@value #MAX_DISTINCT} distinct values (section scores on the usual scales take a few hundred), and the values
 * themselves beyond that. Either way {@link #summary()} equals {@link Summary#of(double[])} over the values to
 * the last bit: it adds the values in ascending order, each value as many times as it occurs, exactly as the
 * sorted array would be added, so a cohort of a million scores needs no sort of a million values and merging
 * two multisets costs the number of distinct values.
 *
 * <p>Not thread-safe; used inside one {@link CohortAccumulator}.
 */
final class ValueCounts {

    /** The most distinct values counted before the values are kept one by one. */
    static final int MAX_DISTINCT = 4096;

    private long[] keys = new long[64];
    private long[] counts = new long[64];
    private boolean[] used = new boolean[64];
    private int distinct;
    /** The values one by one, once there are too many distinct ones; null until then. */
    private double[] spilled;
    private int spilledSize;

    /** Adds a value once. */
    void add(double value) {
        add(value, 1);
    }

    private void add(double value, long times) {
        if (spilled != null) {
            for (long i = 0; i < times; i++) {
                append(value);
            }
            return;
        }
        // Keyed by the value's bits, so the value summarised is exactly the value added.
        long bits = Double.doubleToRawLongBits(value);
        int mask = keys.length - 1;
        int slot = mix(bits) & mask;
        while (used[slot]) {
            if (keys[slot] == bits) {
                counts[slot] += times;
                return;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = bits;
        counts[slot] = times;
        distinct++;
        if (distinct > MAX_DISTINCT) {
            spill();
        } else if (distinct * 2 > keys.length) {
            grow();
        }
    }

    private static int mix(long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = mix(oldKeys[i]) & mask;
                while (used[slot]) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private void spill() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        boolean[] oldUsed = used;
        spilled = new double[1024];
        spilledSize = 0;
        keys = null;
        counts = null;
        used = null;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                double v = Double.longBitsToDouble(oldKeys[i]);
                for (long c = 0; c < oldCounts[i]; c++) {
                    append(v);
                }
            }
        }
    }

    private void append(double value) {
        if (spilledSize == spilled.length) {
            spilled = Arrays.copyOf(spilled, spilledSize * 2);
        }
        spilled[spilledSize++] = value;
    }

    /** Adds every value of another multiset, as many times as it occurs there; the other is not changed. */
    void addAll(ValueCounts other) {
        if (other.spilled != null) {
            for (int i = 0; i < other.spilledSize; i++) {
                add(other.spilled[i], 1);
            }
            return;
        }
        for (int i = 0; i < other.keys.length; i++) {
            if (other.used[i]) {
                add(Double.longBitsToDouble(other.keys[i]), other.counts[i]);
            }
        }
    }

    /** Summarises the values: the same figures as {@link Summary#of(double[])} over them. */
    Summary summary() {
        if (spilled != null) {
            return Summary.ofOwned(Arrays.copyOf(spilled, spilledSize));
        }
        double[] values = new double[distinct];
        long[] times = new long[distinct];
        Integer[] order = new Integer[distinct];
        int j = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                values[j] = Double.longBitsToDouble(keys[i]);
                times[j] = counts[i];
                order[j] = j;
                j++;
            }
        }
        // Ascending as Arrays.sort(double[]) orders them (Double.compare).
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] sortedValues = new double[distinct];
        long[] sortedTimes = new long[distinct];
        for (int i = 0; i < distinct; i++) {
            sortedValues[i] = values[order[i]];
            sortedTimes[i] = times[order[i]];
        }
        return Summary.ofSortedCounts(sortedValues, sortedTimes);
    }
}
