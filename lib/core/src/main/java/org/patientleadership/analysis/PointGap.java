package org.patientleadership.analysis;

import java.util.OptionalDouble;

import org.patientleadership.internal.Checks;

/**
 * Describes how two perspectives rate one point: the mean rating of each perspective's raters who rated it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param point  the point number, 1 to 40
 * @param first  the first perspective's mean rating, or empty if none of its raters rated the point
 * @param second  the second perspective's mean rating, or empty likewise
 */
public record PointGap(int point, OptionalDouble first, OptionalDouble second) {

    /**
     * Creates a point gap.
     *
     * @param point  the point
     * @param first  the first mean
     * @param second  the second mean
     * @throws NullPointerException if a mean is null
     */
    public PointGap {
        Checks.notNull(first, "first");
        Checks.notNull(second, "second");
    }

    /**
     * Gets the gap, first minus second, in levels of the scale.
     *
     * @return the gap, or empty unless both perspectives rated the point
     */
    public OptionalDouble gap() {
        return first.isPresent() && second.isPresent()
                ? OptionalDouble.of(first.getAsDouble() - second.getAsDouble()) : OptionalDouble.empty();
    }
}
