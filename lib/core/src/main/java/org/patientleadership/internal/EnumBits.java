package org.patientleadership.internal;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An unmodifiable set of enum constants (of an enum with at most 64 constants) that also keeps its members as a
 * bit mask by ordinal, so that a whole set can be compared or used as a key in one step. Iterates in declaration
 * order, equals and hashes as any set of the same members. Made by {@link EnumSets#copy}.
 *
 * <p>Not part of the public API. This class is immutable and thread-safe.
 *
 * @param <E>  the enum type
 */
final class EnumBits<E extends Enum<E>> extends AbstractSet<E> {

    private final Set<E> members;
    private final Class<E> type;
    private final long bits;

    EnumBits(Class<E> type, EnumSet<E> members) {
        this.type = type;
        this.members = Collections.unmodifiableSet(members);
        long b = 0;
        for (E e : members) {
            b |= 1L << e.ordinal();
        }
        this.bits = b;
    }

    /** The members as a mask: bit {@code i} is set when the constant of ordinal {@code i} is a member. */
    long bits() {
        return bits;
    }

    @Override
    public boolean contains(Object o) {
        return type.isInstance(o) && (bits >>> ((Enum<?>) o).ordinal() & 1) != 0;
    }

    @Override
    public Iterator<E> iterator() {
        return members.iterator();
    }

    @Override
    public int size() {
        return Long.bitCount(bits);
    }
}
