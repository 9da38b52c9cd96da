package org.patientleadership.assessment;

import java.util.Map;

import org.patientleadership.checklist.Section;

/**
 * Holds the scores of one assessment: one per {@link Section} of the guide and one overall.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param sections  the score of each of the six sections, in section order
 * @param overall  the overall score over all 40 points
 */
public record Scores(Map<Section, Score> sections, Score overall) {

    /**
     * Creates the scores, copying the map.
     *
     * @param sections  the section scores
     * @param overall  the overall score
     */
    public Scores {
        sections = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(sections));
    }

    /**
     * Gets the score of a section.
     *
     * @param section  the section, not null
     * @return the score, not null
     */
    public Score section(Section section) {
        return sections.get(section);
    }
}
