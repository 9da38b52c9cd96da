package org.patientleadership.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates arguments with messages that name the argument, the rule and the bad value.
 *
 * <p>Not part of the public API. This class is thread-safe.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Checks that a value is not null.
     *
     * @param <T>  the type of the value
     * @param value  the value to check
     * @param name  the name of the argument, used in the message
     * @return the value, not null
     * @throws NullPointerException if the value is null
     */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /**
     * Checks that a string is neither null nor blank, and strips surrounding white space.
     *
     * @param value  the value to check
     * @param name  the name of the argument, used in the message
     * @return the stripped value, not blank
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if the value is blank
     */
    public static String notBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return stripped;
    }

    /**
     * Copies a list of strings, checking that no item is null or blank and stripping each.
     *
     * @param values  the list to copy
     * @param name  the name of the argument, used in the message
     * @return an unmodifiable copy, not null
     * @throws NullPointerException if the list or an item is null
     * @throws IllegalArgumentException if an item is blank
     */
    public static List<String> noBlankItems(List<String> values, String name) {
        Objects.requireNonNull(values, name);
        String[] copy = new String[values.size()];
        for (int i = 0; i < copy.length; i++) {
            String value = values.get(i);
            // The element's name is built only when it is needed for a message.
            copy[i] = value == null || value.isBlank() ? notBlank(value, name + "[" + i + "]") : value.strip();
        }
        return List.of(copy);
    }

    /**
     * Copies a list, checking that no item is null.
     *
     * @param <T>  the type of the items
     * @param values  the list to copy
     * @param name  the name of the argument, used in the message
     * @return an unmodifiable copy, not null
     * @throws NullPointerException if the list or an item is null
     */
    public static <T> List<T> noNullItems(List<T> values, String name) {
        Objects.requireNonNull(values, name);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "]");
            }
        }
        return List.copyOf(values);
    }

    /**
     * Checks that an id is lower case words joined by hyphens, with optional dot-separated parts.
     *
     * @param id  the id to check
     * @param name  the name of the argument, used in the message
     * @return the id, not null
     * @throws NullPointerException if the id is null
     * @throws IllegalArgumentException if the id has another form
     */
    public static String id(String id, String name) {
        Objects.requireNonNull(id, name);
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*")) {
            throw new IllegalArgumentException(name + " '" + id
                    + "' is not a valid id: use lower-case letters and digits in words joined by '-',"
                    + " with parts separated by '.', such as 'nef-2010.blur-roles'");
        }
        return id;
    }

    /**
     * Checks that a number lies in a range.
     *
     * @param value  the number to check
     * @param min  the smallest allowed value
     * @param max  the largest allowed value
     * @param name  the name of the argument, used in the message
     * @return the value
     * @throws IllegalArgumentException if the value is out of range
     */
    public static int inRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "Invalid " + name + ": " + value + "; allowed " + min + " to " + max);
        }
        return value;
    }
}
