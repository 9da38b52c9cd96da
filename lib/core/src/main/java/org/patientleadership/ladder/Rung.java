package org.patientleadership.ladder;

import org.patientleadership.OrderedElement;

/**
 * A rung of a participation ladder, numbered from the bottom (least power shared) to the top.
 *
 * <p>{@link #next()} climbs one rung and {@link #previous()} steps one rung down.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <R>  the type of the rung itself
 */
public interface Rung<R extends Rung<R>> extends OrderedElement<R> {

    /**
     * Checks if this rung stands above another one: more power is shared.
     *
     * @param other  the rung to compare to, not null
     * @return true if this rung is higher
     */
    default boolean isAbove(R other) {
        return isAfter(other);
    }

    /**
     * Checks if this rung stands below another one: less power is shared.
     *
     * @param other  the rung to compare to, not null
     * @return true if this rung is lower
     */
    default boolean isBelow(R other) {
        return isBefore(other);
    }
}
