package org.patientleadership.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Holds the scores of one assessment: one per {@link Section} of the guide and one overall.
 *
 * <p>Scores made by {@link Scoring} are compact: they keep the seven scopes' sums and counts as primitive
 * figures, and make each {@link Score}, with its band and its contributions, when it is read. Reading the same
 * score twice gives equal (not identical) objects. Scores given as values ({@link #of(Map, Score)}, for
 * example when read back from JSON) keep the values given.
 *
 * <p>Two scores are equal when their section scores and overall scores are equal, however they were made.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scores {

    private static final Section[] SECTIONS = Section.values();

    // Compact form: the assessment, the options and the pass's figures (see Scoring.pass).
    private final Assessment assessment;
    private final ScoringOptions options;
    private final double[] sums;
    private final int[] counts;
    // Given form.
    private final Map<Section, Score> given;
    private final Score givenOverall;

    /** Compact scores, trusting the figures of {@link Scoring#pass}. */
    Scores(Assessment assessment, ScoringOptions options, double[] sums, int[] counts) {
        this.assessment = assessment;
        this.options = options;
        this.sums = sums;
        this.counts = counts;
        this.given = null;
        this.givenOverall = null;
    }

    /**
     * Creates the scores from given values, copying the map. Kept for code written when this type was a record;
     * prefer {@link #of(Map, Score)}.
     *
     * @param sections  the score of each of the six sections, not null, one for every section
     * @param overall  the overall score over all 40 points, not null
     * @throws NullPointerException if an argument or a score is null
     * @throws IllegalArgumentException if a section has no score
     */
    public Scores(Map<Section, Score> sections, Score overall) {
        Checks.notNull(sections, "sections");
        EnumMap<Section, Score> copy = new EnumMap<>(Section.class);
        for (Section s : SECTIONS) {
            Score score = sections.get(s);
            if (score == null) {
                throw new IllegalArgumentException("Scores need a score for every section, but section "
                        + s.number() + " has none; allowed: a map with all six sections");
            }
            copy.put(s, score);
        }
        this.given = Collections.unmodifiableMap(copy);
        this.givenOverall = Checks.notNull(overall, "overall");
        this.assessment = null;
        this.options = null;
        this.sums = null;
        this.counts = null;
    }

    /**
     * Obtains scores from given values.
     *
     * @param sections  the score of each of the six sections, not null, one for every section
     * @param overall  the overall score over all 40 points, not null
     * @return the scores, not null
     * @throws NullPointerException if an argument or a score is null
     * @throws IllegalArgumentException if a section has no score
     */
    public static Scores of(Map<Section, Score> sections, Score overall) {
        return new Scores(sections, overall);
    }

    /**
     * Gets the score of a section.
     *
     * @param section  the section, not null
     * @return the score, not null
     */
    public Score section(Section section) {
        Checks.notNull(section, "section");
        return given != null ? given.get(section)
                : score(section.ordinal(), section.lastPoint() - section.firstPoint() + 1);
    }

    /**
     * Gets the score of every section.
     *
     * @return the six section scores, in section order, unmodifiable, not null
     */
    public Map<Section, Score> sections() {
        if (given != null) {
            return given;
        }
        EnumMap<Section, Score> all = new EnumMap<>(Section.class);
        for (Section s : SECTIONS) {
            all.put(s, section(s));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * Gets the overall score over all 40 points.
     *
     * @return the score, not null
     */
    public Score overall() {
        return given != null ? givenOverall : score(SECTIONS.length, ChecklistPoint.COUNT);
    }

    private Score score(int scope, int total) {
        double value = Scoring.value(sums, counts, scope, options.minimumCoverage());
        int answered = counts[scope];
        int applicable = counts[Scoring.SCOPES + scope];
        Scoring.Contributions contributions = new Scoring.Contributions(assessment, options, scope, answered);
        if (Double.isNaN(value)) {
            return new Score(OptionalDouble.empty(), Optional.empty(), answered, applicable, total, contributions);
        }
        return new Score(OptionalDouble.of(value), Optional.of(options.bands().bandOf(value)), answered, applicable,
                total, contributions);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Scores o && sections().equals(o.sections())
                && overall().equals(o.overall());
    }

    @Override
    public int hashCode() {
        return Objects.hash(sections(), overall());
    }

    /**
     * Returns the section scores and the overall score as text.
     *
     * @return a text form, not null
     */
    @Override
    public String toString() {
        return "Scores[sections=" + sections() + ", overall=" + overall() + "]";
    }
}
