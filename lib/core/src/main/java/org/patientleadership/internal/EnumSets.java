package org.patientleadership.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Copies collections of enum constants into unmodifiable sets that iterate in declaration order, so that
 * equal inputs print and iterate identically.
 *
 * <p>Not part of the public API. This class is thread-safe.
 */
public final class EnumSets {

    private EnumSets() {
    }

    /**
     * Copies a collection into an unmodifiable set in declaration order, rejecting nulls.
     *
     * @param <E>  the enum type
     * @param type  the enum class
     * @param values  the values to copy
     * @param name  the name of the argument, used in messages
     * @return an unmodifiable copy, not null
     * @throws NullPointerException if the collection or an item is null, naming the argument and the
     *         allowed values
     */
    public static <E extends Enum<E>> Set<E> copy(Class<E> type, Collection<E> values, String name) {
        if (values == null) {
            throw new NullPointerException(name + " must not be null; use an empty set for none");
        }
        EnumSet<E> copy = EnumSet.noneOf(type);
        int i = 0;
        for (E value : values) {
            if (value == null) {
                throw new NullPointerException(name + "[" + i + "] must not be null; allowed: " + allowed(type));
            }
            copy.add(value);
            i++;
        }
        return type.getEnumConstants().length <= Long.SIZE ? new EnumBits<>(type, copy)
                : Collections.unmodifiableSet(copy);
    }

    /**
     * Gets the members of a set of enum constants as a bit mask by ordinal (bit {@code i} for the constant of
     * ordinal {@code i}), in one step for a set made by {@link #copy}.
     *
     * @param set  the set, not null, of an enum with at most 64 constants
     * @return the mask
     */
    public static long bits(Set<? extends Enum<?>> set) {
        if (set instanceof EnumBits<?> b) {
            return b.bits();
        }
        long bits = 0;
        for (Enum<?> e : set) {
            bits |= 1L << e.ordinal();
        }
        return bits;
    }

    /**
     * Checks that a value is not null, naming the argument and the allowed values.
     *
     * @param <E>  the enum type
     * @param type  the enum class
     * @param value  the value to check
     * @param name  the name of the argument, used in the message
     * @return the value, not null
     * @throws NullPointerException if the value is null
     */
    public static <E extends Enum<E>> E notNull(Class<E> type, E value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null; allowed: " + allowed(type));
        }
        return value;
    }

    /**
     * Lists the names of an enum's constants, joined by commas.
     *
     * @param type  the enum class
     * @return the names, not null
     */
    public static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
