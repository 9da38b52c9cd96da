package org.patientleadership;

import java.util.List;
import java.util.Objects;

/**
 * Describes one thing wrong with some input: where it is, the value found there, the values that would have
 * been allowed, and what was wrong in words.
 *
 * <p>The location is a JSON Pointer (RFC 6901) such as {@code /answers/3/rating} for JSON and FHIR documents,
 * with the line and column when the text itself could not be read, and {@code row 4, column point_12} for CSV
 * files, rows counted from 1 with the header as row 1.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param location  where the problem is, not blank
 * @param value  the value found there, shortened if long; empty when the value is missing
 * @param allowed  the values or shapes that would have been accepted, unmodifiable, possibly empty
 * @param message  what was wrong, in words, not blank
 */
public record Problem(String location, String value, List<String> allowed, String message) {

    private static final int MAX_VALUE_LENGTH = 80;

    /**
     * Creates a problem, shortening a long value to 80 characters.
     *
     * @param location  where the problem is, not blank
     * @param value  the value found, not null (empty when missing)
     * @param allowed  the allowed values, not null
     * @param message  what was wrong, not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the location or the message is blank
     */
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
        if (location.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("A problem needs a location and a message");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
        }
        allowed = List.copyOf(allowed);
    }

    /**
     * Returns {@code location: message}, with the allowed values when there are any.
     *
     * @return a one-line description, not null
     */
    @Override
    public String toString() {
        return location + ": " + message + (allowed.isEmpty() ? "" : " (allowed: " + String.join(", ", allowed)
                + ")");
    }
}
