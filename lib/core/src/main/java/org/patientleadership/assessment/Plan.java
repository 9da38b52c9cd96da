package org.patientleadership.assessment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.internal.Checks;

/**
 * Holds a plan of next steps for one organisation, made by {@link Planner} from an assessment (and optionally
 * an earlier one and the organisation's choices): the unfinished points in three {@link Horizon}s, each
 * {@link PlanItem} with its reasons and priority, and the points the organisation chose to skip this year,
 * which are never planned.
 *
 * <p>Items are in plan order: all of {@link Horizon#NOW}, then {@link Horizon#NEXT}, then
 * {@link Horizon#LATER}, positions counting from 1. {@link #toText()} renders the plan for people; each item's
 * {@link PlanItem#cells()} gives a table row.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param organisation  the organisation, not blank
 * @param date  the date of the assessment planned from, not null
 * @param earlierDate  the date of the earlier assessment compared with, or empty
 * @param items  the steps, in plan order, unmodifiable
 * @param focus  the points chosen as a focus, ascending, unmodifiable
 * @param skipped  the points skipped this year, ascending, unmodifiable
 */
public record Plan(String organisation, LocalDate date, Optional<LocalDate> earlierDate, List<PlanItem> items,
        List<Integer> focus, List<Integer> skipped) {

    /**
     * Creates a plan, checking and copying its fields.
     *
     * @param organisation  not blank
     * @param date  not null
     * @param earlierDate  not null, possibly empty, not after the date
     * @param items  in plan order: positions 1, 2, … and horizons never going back; each point once
     * @param focus  point numbers, ascending
     * @param skipped  point numbers, ascending, none planned
     * @throws NullPointerException if an argument or item is null
     * @throws IllegalArgumentException if a field is blank or the items are out of order
     */
    public Plan {
        organisation = Checks.notBlank(organisation, "organisation");
        Checks.notNull(date, "date");
        Checks.notNull(earlierDate, "earlierDate");
        items = Checks.noNullItems(items, "items");
        focus = points(focus, "focus");
        skipped = points(skipped, "skipped");
        boolean[] seen = new boolean[ChecklistPoint.COUNT + 1];
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            if (item.position() != i + 1) {
                throw new IllegalArgumentException("Plan item " + (i + 1) + " has position " + item.position());
            }
            if (i > 0 && item.horizon().compareTo(items.get(i - 1).horizon()) < 0) {
                throw new IllegalArgumentException("Plan item " + (i + 1) + " is in horizon " + item.horizon()
                        + " after an item in " + items.get(i - 1).horizon());
            }
            int p = item.point().number();
            if (seen[p] || skipped.contains(p)) {
                throw new IllegalArgumentException("Point " + p + " is planned twice, or planned and skipped");
            }
            seen[p] = true;
        }
    }

    private static List<Integer> points(List<Integer> points, String name) {
        List<Integer> copy = Checks.noNullItems(points, name);
        for (int i = 0; i < copy.size(); i++) {
            Checks.inRange(copy.get(i), 1, ChecklistPoint.COUNT, name + " point");
            if (i > 0 && copy.get(i) <= copy.get(i - 1)) {
                throw new IllegalArgumentException(name + " points must be ascending and distinct: " + copy);
            }
        }
        return copy;
    }

    /**
     * Lists the steps of one horizon, in plan order.
     *
     * @param horizon  the horizon, not null
     * @return the steps, unmodifiable, not null
     */
    public List<PlanItem> horizon(Horizon horizon) {
        Checks.notNull(horizon, "horizon");
        return items.stream().filter(i -> i.horizon() == horizon).toList();
    }

    /**
     * Finds the step for a point.
     *
     * @param point  the point number
     * @return the step, or empty if the point is not planned
     */
    public Optional<PlanItem> item(int point) {
        return items.stream().filter(i -> i.point().number() == point).findFirst();
    }

    /**
     * Lists the priority levels that occur in the plan.
     *
     * @return the levels, in level order, not null
     */
    public Set<Priority> levels() {
        Set<Priority> levels = EnumSet.noneOf(Priority.class);
        items.forEach(i -> levels.add(i.priority().level()));
        return levels;
    }

    /**
     * Says which points were skipped, such as {@code Skipped this year, so never planned: The future is digital
     * (point 32).}
     *
     * @return the sentence, or an empty string when no point was skipped; not null
     */
    public String skippedText() {
        if (skipped.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("Skipped this year, so never planned: ");
        for (int i = 0; i < skipped.size(); i++) {
            ChecklistPoint p = Checklist.point(skipped.get(i));
            b.append(i == 0 ? "" : "; ").append(p.title()).append(" (point ").append(p.number()).append(')');
        }
        return b.append('.').toString();
    }

    /**
     * Renders the plan as plain text for people: a heading, then each horizon with its steps (the first two
     * horizons in full: rating, aim, reasons, the score's calculation and the guide's first suggested action;
     * later steps on one line each), then the skipped points. Lines end with {@code \n}.
     *
     * @return the text, not null
     */
    public String toText() {
        StringBuilder out = new StringBuilder("Plan for ").append(organisation).append(", from the assessment of ")
                .append(date);
        earlierDate.ifPresent(d -> out.append(" (compared with ").append(d).append(')'));
        out.append('\n');
        for (Horizon h : Horizon.values()) {
            List<PlanItem> list = horizon(h);
            out.append('\n').append(h.displayName()).append(':');
            if (list.isEmpty()) {
                out.append(" nothing planned\n");
                continue;
            }
            out.append('\n');
            for (PlanItem item : list) {
                out.append(item.position()).append(". ").append(item.point().title()).append(" (point ")
                        .append(item.point().number()).append(", section ").append(item.point().section().number())
                        .append("; ").append(item.priority().level().name().toLowerCase(Locale.ROOT))
                        .append(" priority)");
                if (h == Horizon.LATER) {
                    out.append(" – ").append(item.ratingText()).append('\n');
                    continue;
                }
                out.append('\n');
                out.append("   ").append(item.statusText()).append('\n');
                for (String reason : item.reasons()) {
                    out.append("   - ").append(reason).append('\n');
                }
                out.append("   Priority score: ").append(item.priority().explain()).append('\n');
                out.append("   First step: ").append(item.actions().get(0)).append('\n');
            }
        }
        if (!skipped.isEmpty()) {
            out.append('\n').append(skippedText()).append('\n');
        }
        return out.toString();
    }
}
