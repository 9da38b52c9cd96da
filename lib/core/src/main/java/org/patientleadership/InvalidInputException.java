package org.patientleadership;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a document or file cannot be read into the library's values: malformed or truncated text, an
 * encoding other than UTF-8, a document too large or too deeply nested, a missing field, a wrong type, an
 * unknown id, a value out of range, a duplicate, or a format version this library does not read. Each
 * {@link Problem} names the place (a JSON Pointer, or a CSV row and column), the value found and the values
 * allowed.
 *
 * <p>Reading is all or nothing: when this is thrown, no value was built from the input, and values built
 * before are untouched.
 *
 * <p>This exception is thread-safe once thrown.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The format that was read. */
    private final String format;
    /** The problems found; transient, as problems are not serializable. */
    private final transient List<Problem> problems;

    /**
     * Creates an exception for one or more problems.
     *
     * @param format  the format read, such as {@code JSON assessment}, not null
     * @param problems  the problems, one or more, not null
     * @throws IllegalArgumentException if there are no problems
     */
    public InvalidInputException(String format, List<Problem> problems) {
        super(message(format, problems));
        this.format = format;
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates an exception for one problem.
     *
     * @param format  the format read, not null
     * @param problem  the problem, not null
     */
    public InvalidInputException(String format, Problem problem) {
        this(format, List.of(Objects.requireNonNull(problem, "problem")));
    }

    private static String message(String format, List<Problem> problems) {
        Objects.requireNonNull(format, "format");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An InvalidInputException needs at least one problem");
        }
        return "Invalid " + format + ": " + problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }

    /**
     * Gets the format that was read, such as {@code JSON assessment} or {@code FHIR QuestionnaireResponse}.
     *
     * @return the format, not null
     */
    public String format() {
        return format;
    }

    /**
     * Gets the problems found, in the order they were found.
     *
     * @return the problems, one or more, unmodifiable, not null (empty only after Java serialization)
     */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    /**
     * Gets where the first problem is.
     *
     * @return the location of the first problem, not null
     */
    public String location() {
        return problems().isEmpty() ? "" : problems.get(0).location();
    }
}
