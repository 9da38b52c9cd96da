package org.patientleadership.coproduction;

import org.patientleadership.CatalogueElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Checks;

/**
 * Models a question that a team asks itself to check how well it meets a {@link Principle}, such as the
 * reflective questions that come with each UK Standard for Public Involvement. {@link ValueSets#questions(Principle)}
 * gives them.
 *
 * <p>The questions follow the themes of the source's questions in this project's words; they are not quotations
 * (see {@code docs/readings.md}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id  the stable id, such as {@code uk-standards-2019.impact.question-1}
 * @param number  the position among the principle's questions, from 1
 * @param principle  the id of the principle the question belongs to, not null
 * @param displayName  a short label, such as {@code Impact, question 1}, not blank
 * @param description  the question, in our own words, not blank
 * @param source  where the question's theme is given, not null
 */
public record ReflectiveQuestion(String id, int number, String principle, String displayName, String description,
        Source source) implements CatalogueElement {

    /**
     * Creates a question, checking its fields.
     *
     * @param id  the stable id, not null
     * @param number  the position, at least 1
     * @param principle  the principle's id, not null
     * @param displayName  the label, not blank
     * @param description  the question, not blank
     * @param source  the source, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an id is malformed, the number below 1 or a text blank
     */
    public ReflectiveQuestion {
        Checks.id(id, "id");
        Checks.inRange(number, 1, Integer.MAX_VALUE, "question number");
        Checks.id(principle, "principle");
        displayName = Checks.notBlank(displayName, "displayName");
        description = Checks.notBlank(description, "description");
        Checks.notNull(source, "source");
    }
}
