package org.patientleadership.assessment;

import java.util.List;

import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.internal.Checks;

/**
 * Models one step of a {@link Plan}: the guide point (title, number, section and suggested actions), its
 * horizon and place in the plan, the current rating and the rating to aim for in plain words, its priority
 * score with the factors behind it, and the reasons in words.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param position  the place in the plan, from 1, counting across the horizons
 * @param horizon  the horizon, not null
 * @param point  the guide point, not null
 * @param rating  the current rating
 * @param ratingText  the current rating in words, such as {@code rated 1 (planned) out of 4}, not blank
 * @param aim  the rating to aim for, above the current rating
 * @param aimText  the rating to aim for in words, such as {@code aim for 2 (in progress)}, not blank
 * @param priority  the priority score and level, for this point, not null
 * @param reasons  why the step is planned and placed where it is, in words, at least one
 * @param after  the planned points this one rests on, which come before it, ascending
 */
public record PlanItem(int position, Horizon horizon, ChecklistPoint point, int rating, String ratingText, int aim,
        String aimText, PriorityScore priority, List<String> reasons, List<Integer> after) {

    /** The headings of {@link #cells()}, for a table. */
    public static final List<String> HEADINGS = List.of("#", "When", "Priority", "Point", "Title", "Section",
            "Rating now", "Aim", "Score");

    /**
     * Creates an item, checking its fields.
     *
     * @param position  from 1 to 40
     * @param horizon  not null
     * @param point  not null
     * @param rating  the rating
     * @param ratingText  not blank
     * @param aim  above the rating
     * @param aimText  not blank
     * @param priority  for the same point and rating, not null
     * @param reasons  at least one, none blank
     * @param after  point numbers, each 1 to 40
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a field is out of range, blank or inconsistent
     */
    public PlanItem {
        Checks.inRange(position, 1, ChecklistPoint.COUNT, "plan position");
        Checks.notNull(horizon, "horizon");
        Checks.notNull(point, "point");
        ratingText = Checks.notBlank(ratingText, "ratingText");
        if (aim <= rating) {
            throw new IllegalArgumentException("The aim " + aim + " for point " + point.number()
                    + " must be above its rating " + rating);
        }
        aimText = Checks.notBlank(aimText, "aimText");
        Checks.notNull(priority, "priority");
        if (priority.point() != point.number() || priority.rating() != rating) {
            throw new IllegalArgumentException("The priority of point " + priority.point() + " rated "
                    + priority.rating() + " does not belong to point " + point.number() + " rated " + rating);
        }
        reasons = Checks.noBlankItems(reasons, "reasons");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A plan item needs at least one reason");
        }
        after = Checks.noNullItems(after, "after");
        after.forEach(p -> Checks.inRange(p, 1, ChecklistPoint.COUNT, "checklist point number"));
    }

    /**
     * Gets the current rating and the rating to aim for as one sentence, such as
     * {@code Rated 1 (planned) out of 4; aim for 2 (in progress).}
     *
     * @return the sentence, not null
     */
    public String statusText() {
        return Planner.capital(ratingText) + "; " + aimText + ".";
    }

    /**
     * Gets the actions the guide's point suggests, in our own words.
     *
     * @return the actions, unmodifiable, not null
     */
    public List<String> actions() {
        return point.actions();
    }

    /**
     * Gives the item as the cells of a table row, under {@link #HEADINGS}.
     *
     * @return the cells, unmodifiable, not null
     */
    public List<String> cells() {
        return List.of(Integer.toString(position), horizon.displayName(), priority.level().toString(),
                Integer.toString(point.number()), point.title(), point.section().number() + ". "
                        + point.section().displayName(), ratingText, aimText,
                FactorContribution.number(priority.total()));
    }

    /**
     * Returns {@code position. [level] title (point N)}.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return position + ". [" + priority.level() + "] " + point.title() + " (point " + point.number() + ")";
    }
}
