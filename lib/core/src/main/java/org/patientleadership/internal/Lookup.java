package org.patientleadership.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.patientleadership.UnknownElementException;

/**
 * Finds elements by id or number, failing with a message that lists the allowed values.
 *
 * <p>Not part of the public API. This class is thread-safe.
 */
public final class Lookup {

    private Lookup() {
    }

    /**
     * Finds the element with a key, failing if none has it.
     *
     * @param <E>  the type of the elements
     * @param elements  the elements to search
     * @param key  the function giving an element's key
     * @param wanted  the key to find
     * @param what  what is looked up, for the message, such as {@code Arnstein rung id}
     * @return the element, not null
     * @throws NullPointerException if the wanted key is null
     * @throws UnknownElementException if no element has the key
     */
    public static <E> E byKey(E[] elements, Function<E, String> key, String wanted, String what) {
        return byKey(Arrays.asList(elements), key, wanted, what);
    }

    /**
     * Finds the element with a key, failing if none has it.
     *
     * @param <E>  the type of the elements
     * @param elements  the elements to search
     * @param key  the function giving an element's key
     * @param wanted  the key to find
     * @param what  what is looked up, for the message, such as {@code Arnstein rung id}
     * @return the element, not null
     * @throws NullPointerException if the wanted key is null
     * @throws UnknownElementException if no element has the key
     */
    public static <E> E byKey(List<E> elements, Function<E, String> key, String wanted, String what) {
        return find(elements, key, wanted).orElseThrow(() -> new UnknownElementException(
                what, wanted, elements.stream().map(key).toList()));
    }

    /**
     * Finds the element with a key, if any.
     *
     * @param <E>  the type of the elements
     * @param elements  the elements to search
     * @param key  the function giving an element's key
     * @param wanted  the key to find
     * @return the element, or empty if none has the key
     * @throws NullPointerException if the wanted key is null
     */
    public static <E> Optional<E> find(List<E> elements, Function<E, String> key, String wanted) {
        Objects.requireNonNull(wanted, "id");
        for (E e : elements) {
            if (key.apply(e).equals(wanted)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the element with a number, failing if none has it.
     *
     * @param <E>  the type of the elements
     * @param elements  the elements to search
     * @param number  the function giving an element's number
     * @param wanted  the number to find
     * @param what  what is looked up, for the message, such as {@code Arnstein rung number}
     * @return the element, not null
     * @throws UnknownElementException if no element has the number
     */
    public static <E> E byNumber(E[] elements, ToIntFunction<E> number, int wanted, String what) {
        for (E e : elements) {
            if (number.applyAsInt(e) == wanted) {
                return e;
            }
        }
        int min = Arrays.stream(elements).mapToInt(number).min().orElse(0);
        int max = Arrays.stream(elements).mapToInt(number).max().orElse(0);
        throw new UnknownElementException(what, Integer.toString(wanted), List.of(min + " to " + max));
    }

    /**
     * Finds the element after another in a sequence numbered without gaps.
     *
     * @param <E>  the type of the elements
     * @param elements  the elements in order
     * @param current  the element to start from
     * @return the next element, or empty if the current one is last
     */
    public static <E> Optional<E> next(E[] elements, E current) {
        int i = Arrays.asList(elements).indexOf(current);
        return i + 1 < elements.length ? Optional.of(elements[i + 1]) : Optional.empty();
    }

    /**
     * Finds the element before another in a sequence.
     *
     * @param <E>  the type of the elements
     * @param elements  the elements in order
     * @param current  the element to start from
     * @return the previous element, or empty if the current one is first
     */
    public static <E> Optional<E> previous(E[] elements, E current) {
        int i = Arrays.asList(elements).indexOf(current);
        return i > 0 ? Optional.of(elements[i - 1]) : Optional.empty();
    }
}
