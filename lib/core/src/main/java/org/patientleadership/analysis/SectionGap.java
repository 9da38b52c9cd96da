package org.patientleadership.analysis;

import java.util.OptionalDouble;

import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Describes how two perspectives score one section: the mean section score (0 to 100) of each perspective's
 * raters whose score for the section is sufficient.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param section  the section
 * @param first  the first perspective's mean score, or empty
 * @param second  the second perspective's mean score, or empty
 */
public record SectionGap(Section section, OptionalDouble first, OptionalDouble second) {

    /**
     * Creates a section gap.
     *
     * @param section  the section, not null
     * @param first  the first mean
     * @param second  the second mean
     * @throws NullPointerException if an argument is null
     */
    public SectionGap {
        Checks.notNull(section, "section");
        Checks.notNull(first, "first");
        Checks.notNull(second, "second");
    }

    /**
     * Gets the gap, first minus second, in score points.
     *
     * @return the gap, or empty unless both have a score
     */
    public OptionalDouble gap() {
        return first.isPresent() && second.isPresent()
                ? OptionalDouble.of(first.getAsDouble() - second.getAsDouble()) : OptionalDouble.empty();
    }
}
