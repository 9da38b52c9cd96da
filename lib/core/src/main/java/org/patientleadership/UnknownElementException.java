package org.patientleadership;

import java.util.List;

/**
 * Thrown when an id or number names no element of the catalogue; the message lists the allowed values.
 *
 * <p>This exception is thread-safe once thrown.
 */
public class UnknownElementException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The value that was looked up. */
    private final String value;
    /** The values that would have been accepted. */
    private final String[] allowed;

    /**
     * Creates an exception for a value that names no element.
     *
     * @param what  what was looked up, such as {@code Arnstein rung number}, not null
     * @param value  the value that was not found, not null
     * @param allowed  the values that are allowed, not null
     */
    public UnknownElementException(String what, String value, List<String> allowed) {
        super("Unknown " + what + " '" + value + "'; allowed: " + summarise(allowed));
        this.value = value;
        this.allowed = allowed.toArray(new String[0]);
    }

    private static String summarise(List<String> allowed) {
        if (allowed.size() <= 12) {
            return String.join(", ", allowed);
        }
        return String.join(", ", allowed.subList(0, 10)) + ", … (" + allowed.size() + " in all)";
    }

    /**
     * Gets the value that was looked up.
     *
     * @return the value, not null
     */
    public String value() {
        return value;
    }

    /**
     * Gets the values that would have been accepted.
     *
     * @return the allowed values, unmodifiable, not null
     */
    public List<String> allowed() {
        return List.of(allowed);
    }
}
