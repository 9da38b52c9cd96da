package org.patientleadership.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.internal.Checks;

/**
 * Describes the change between two assessments of the same organisation: per point (the two ratings) and per
 * section and overall (the difference of the scores), with what improved and what fell back.
 *
 * <p>A point's change is defined only when it is rated in both assessments; a section's only when both
 * scores are sufficient.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param before  the earlier assessment
 * @param after  the later assessment
 * @param points  the change of each point, in point order
 * @param sections  the score difference (after − before) of each section, or empty
 * @param overall  the overall score difference, or empty
 */
public record Change(Assessment before, Assessment after, List<PointChange> points,
        Map<Section, OptionalDouble> sections, OptionalDouble overall) {

    /**
     * Creates a change, copying the collections.
     *
     * @param before  the earlier assessment
     * @param after  the later assessment
     * @param points  the point changes
     * @param sections  the section differences
     * @param overall  the overall difference
     */
    public Change {
        points = List.copyOf(points);
        sections = java.util.Collections.unmodifiableMap(new EnumMap<>(sections));
    }

    /**
     * Compares two assessments of the same organisation, scored with {@link ScoringOptions#DEFAULT}.
     *
     * @param before  the earlier assessment, not null
     * @param after  the later assessment, not null
     * @return the change, not null
     * @throws IllegalArgumentException if the organisations differ, the scales differ, or {@code after} is
     *     dated before {@code before}
     */
    public static Change between(Assessment before, Assessment after) {
        return between(before, after, ScoringOptions.DEFAULT);
    }

    /**
     * Compares two assessments of the same organisation, scored with the given options.
     *
     * @param before  the earlier assessment, not null
     * @param after  the later assessment, not null
     * @param options  the scoring options, not null
     * @return the change, not null
     * @throws IllegalArgumentException if the organisations differ, the scales differ, or {@code after} is
     *     dated before {@code before}
     */
    public static Change between(Assessment before, Assessment after, ScoringOptions options) {
        Checks.notNull(before, "before");
        Checks.notNull(after, "after");
        if (!before.organisation().equals(after.organisation())) {
            throw new IllegalArgumentException("Change needs two assessments of one organisation, not '"
                    + before.organisation() + "' and '" + after.organisation() + "'");
        }
        if (!before.scale().equals(after.scale())) {
            throw new IllegalArgumentException("Change needs both assessments on one scale, not '"
                    + before.scale().id() + "' and '" + after.scale().id() + "'");
        }
        if (after.date().isBefore(before.date())) {
            throw new IllegalArgumentException("The later assessment (" + after.date()
                    + ") is dated before the earlier one (" + before.date() + ")");
        }
        List<PointChange> points = new ArrayList<>();
        for (int p = 1; p <= ChecklistPoint.COUNT; p++) {
            points.add(new PointChange(p, rating(before, p), rating(after, p)));
        }
        Scores b = Scoring.score(before, options);
        Scores a = Scoring.score(after, options);
        Map<Section, OptionalDouble> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            sections.put(s, difference(b.section(s), a.section(s)));
        }
        return new Change(before, after, points, sections, difference(b.overall(), a.overall()));
    }

    private static OptionalInt rating(Assessment a, int point) {
        return a.answer(point).map(Answer::rating).orElse(OptionalInt.empty());
    }

    private static OptionalDouble difference(Score before, Score after) {
        return before.isSufficient() && after.isSufficient()
                ? OptionalDouble.of(after.value().getAsDouble() - before.value().getAsDouble())
                : OptionalDouble.empty();
    }

    /**
     * Lists the points whose rating went up.
     *
     * @return the changes with a positive difference, in point order, not null
     */
    public List<PointChange> improved() {
        return points.stream().filter(c -> c.difference().orElse(0) > 0).toList();
    }

    /**
     * Lists the points whose rating went down.
     *
     * @return the changes with a negative difference, in point order, not null
     */
    public List<PointChange> fellBack() {
        return points.stream().filter(c -> c.difference().orElse(0) < 0).toList();
    }

    /**
     * Describes the change of one point's rating between two assessments.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param point  the point number
     * @param before  the earlier rating, or empty if not rated
     * @param after  the later rating, or empty if not rated
     */
    public record PointChange(int point, OptionalInt before, OptionalInt after) {

        /**
         * Gets the difference after − before.
         *
         * @return the difference, or empty unless rated in both
         */
        public OptionalInt difference() {
            return before.isPresent() && after.isPresent()
                    ? OptionalInt.of(after.getAsInt() - before.getAsInt()) : OptionalInt.empty();
        }
    }
}
