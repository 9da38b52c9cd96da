package org.patientleadership.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.patientleadership.internal.Checks;

/**
 * Models an ordinal scale on which each point of the checklist is rated, such as the default
 * {@link #MATURITY} scale from "not started" (0) to "embedded" (4). Callers may define their own scale.
 *
 * <p>The guide itself defines no scale for its 40 points; {@link #MATURITY} is this project's choice. It uses
 * the same 0–4 range as the guide's connection scale (point 6) so that teams meet one range throughout.
 * Scores treat the levels as equally spaced: a rating counts as {@code (value - min) / (max - min)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id  the stable id, such as {@code maturity}
 * @param name  the name, not blank
 * @param levels  the levels, at least two, values strictly increasing, ids unique
 */
public record RatingScale(String id, String name, List<RatingLevel> levels) {

    /** The default five-level maturity scale, 0 (not started) to 4 (embedded). */
    public static final RatingScale MATURITY = new RatingScale("maturity", "Maturity", List.of(
            new RatingLevel(0, "not-started", "not started", "Nothing has been done on this point yet."),
            new RatingLevel(1, "planned", "planned", "Work is agreed and planned but has not begun."),
            new RatingLevel(2, "in-progress", "in progress", "Work has begun but is not yet routine."),
            new RatingLevel(3, "established", "established", "The practice is in place and works."),
            new RatingLevel(4, "embedded", "embedded",
                    "The practice is part of how the organisation works, reviewed and sustained.")));

    /**
     * Creates a scale, checking its levels.
     *
     * @param id  the stable id
     * @param name  the name, not blank
     * @param levels  the levels, at least two, values strictly increasing, ids unique
     * @throws NullPointerException if an argument or level is null
     * @throws IllegalArgumentException if the levels are too few, out of order or share an id
     */
    public RatingScale {
        Checks.id(id, "id");
        name = Checks.notBlank(name, "name");
        levels = Checks.noNullItems(levels, "levels");
        if (levels.size() < 2) {
            throw new IllegalArgumentException("Rating scale '" + id + "' needs at least two levels, not "
                    + levels.size());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            if (i > 0 && levels.get(i).value() <= levels.get(i - 1).value()) {
                throw new IllegalArgumentException("Rating scale '" + id + "': level values must increase, but "
                        + levels.get(i).value() + " follows " + levels.get(i - 1).value());
            }
            if (!ids.add(levels.get(i).id())) {
                throw new IllegalArgumentException("Rating scale '" + id + "': duplicate level id '"
                        + levels.get(i).id() + "'");
            }
        }
    }

    /**
     * Gets the lowest value on the scale.
     *
     * @return the minimum value
     */
    public int min() {
        return levels.get(0).value();
    }

    /**
     * Gets the highest value on the scale: the rating at which a point counts as achieved.
     *
     * @return the maximum value
     */
    public int max() {
        return levels.get(levels.size() - 1).value();
    }

    /**
     * Checks if a value is a level of this scale.
     *
     * @param value  the value
     * @return true if some level has this value
     */
    public boolean contains(int value) {
        for (int i = 0, n = levels.size(); i < n; i++) {
            if (levels.get(i).value() == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Obtains the level with a value, failing with a message that names the point and the allowed levels.
     *
     * @param value  the value
     * @param point  the point being rated, used in the message
     * @return the level, not null
     * @throws AssessmentException if no level has this value
     */
    public RatingLevel level(int value, int point) {
        for (int i = 0, n = levels.size(); i < n; i++) {
            if (levels.get(i).value() == value) {
                return levels.get(i);
            }
        }
        throw new AssessmentException("Rating " + value + " for point " + point + " is outside the scale '" + id
                + "'; allowed: " + allowedText(), point, allowed());
    }

    /**
     * Normalises a value of this scale to the range 0 to 1, treating levels as equally spaced.
     *
     * @param value  a value of this scale
     * @return {@code (value - min) / (max - min)}, from 0 to 1
     */
    public double normalise(int value) {
        // In double arithmetic: on a scale spanning most of the int range, value - min would overflow an int.
        return ((double) value - min()) / ((double) max() - min());
    }

    /**
     * Lists the allowed levels in words, such as {@code 0 not started}.
     *
     * @return the levels in words, unmodifiable, not null
     */
    public List<String> allowed() {
        return levels.stream().map(RatingLevel::toString).toList();
    }

    private String allowedText() {
        return String.join(", ", allowed());
    }
}
