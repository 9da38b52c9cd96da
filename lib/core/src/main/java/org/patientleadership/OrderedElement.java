package org.patientleadership;

import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue element with a fixed position in an ordered sequence, such as a rung of a ladder or a stage of
 * a process.
 *
 * <p>Positions are given by {@link #number()}, which follows the numbering of the source (rungs count from
 * the bottom, stages from the first). Implementations are enums declared in that order, so their natural
 * order ({@link Comparable}) is the order of their numbers.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <E>  the type of the element itself
 */
public interface OrderedElement<E extends OrderedElement<E>> extends CatalogueElement {

    /**
     * Gets the position of the element, as numbered by its source.
     *
     * @return the number
     */
    int number();

    /**
     * Obtains the element one position further on (one rung up, or the following stage).
     *
     * @return the next element, or empty if this is the last
     */
    Optional<E> next();

    /**
     * Obtains the element one position back (one rung down, or the preceding stage).
     *
     * @return the previous element, or empty if this is the first
     */
    Optional<E> previous();

    /**
     * Checks if this element comes after another one in the sequence.
     *
     * @param other  the element to compare to, not null
     * @return true if this element's number is greater
     */
    default boolean isAfter(E other) {
        return number() > Objects.requireNonNull(other, "other").number();
    }

    /**
     * Checks if this element comes before another one in the sequence.
     *
     * @param other  the element to compare to, not null
     * @return true if this element's number is smaller
     */
    default boolean isBefore(E other) {
        return number() < Objects.requireNonNull(other, "other").number();
    }
}
