package org.patientleadership.placement;

import java.util.ArrayList;
import java.util.List;

import org.patientleadership.internal.Checks;
import org.patientleadership.ladder.Iap2Level;
import org.patientleadership.ladder.Ladder;

/**
 * Records where an activity stands on the IAP2 spectrum, reached through a {@link CrossWalk} from its
 * placements on the other four ladders, with the reasons in words.
 *
 * <p>Each placement on Arnstein's ladder, the grid, the Copenhagen ladder and the ladder of co-production
 * shows that the activity shares at least the power of its rung. The cross-walk gives the IAP2 levels that
 * correspond to that rung; the lowest of them is what that placement vouches for. The activity's IAP2 level
 * is the highest of these four lowest levels: every placement agrees the activity reaches at least that far,
 * and one of them shows it reaches exactly there. Because each placement only rises when more power is shared
 * and the cross-walk is monotone, so does the IAP2 level.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param level  the IAP2 level, not null
 * @param reasons  why: the deciding placement first, then the others, then the level's promise, at least one,
 *        unmodifiable, not null
 */
public record Iap2Placement(Iap2Level level, List<String> reasons) {

    /**
     * Creates an IAP2 placement, checking its fields.
     *
     * @param level  the level, not null
     * @param reasons  the reasons, at least one, no null or blank items
     * @throws NullPointerException if a field or a reason is null
     * @throws IllegalArgumentException if there is no reason or a reason is blank
     */
    public Iap2Placement {
        Checks.notNull(level, "level");
        reasons = Checks.noNullItems(reasons, "reasons");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("reasons must not be empty: an IAP2 placement needs a reason");
        }
        reasons.forEach(r -> Checks.notBlank(r, "reason"));
    }

    /**
     * Places an activity on the IAP2 spectrum from its other placements, through a cross-walk.
     *
     * @param placements  the activity's placements on the four ladders, not null
     * @param crossWalk  the cross-walk, not null
     * @return the IAP2 placement, not null
     * @throws NullPointerException if an argument is null
     */
    public static Iap2Placement of(Placements placements, CrossWalk crossWalk) {
        Checks.notNull(placements, "placements");
        Checks.notNull(crossWalk, "crossWalk");
        Iap2Level best = null;
        Placement<?> decisive = null;
        List<String> others = new ArrayList<>();
        List<Placement<?>> all = placements.all();
        List<Iap2Level> lowest = new ArrayList<>();
        for (Placement<?> p : all) {
            Iap2Level low = crossWalk.counterparts(p.rung(), Ladder.IAP2).get(0);
            lowest.add(low);
            if (best == null || low.isAbove(best)) {
                best = low;
                decisive = p;
            }
        }
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Placement<?> p = all.get(i);
            List<Iap2Level> levels = crossWalk.counterparts(p.rung(), Ladder.IAP2);
            String text = p.ladder().displayName() + ": " + p.rung().displayName() + ", which matches "
                    + String.join(" or ", levels.stream().map(Iap2Level::displayName).toList())
                    + " on the IAP2 spectrum, so the activity reaches at least " + lowest.get(i).displayName() + ".";
            if (p == decisive) {
                reasons.add(text + " This is the highest of the four, so it sets the level.");
            } else {
                others.add(text);
            }
        }
        reasons.addAll(others);
        reasons.add("IAP2 level " + best.displayName() + ". What it promises the public: " + best.promise());
        return new Iap2Placement(best, reasons);
    }

    /**
     * Returns the level, such as {@code IAP2 Spectrum of Public Participation: Involve}.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return Ladder.IAP2.displayName() + ": " + level.displayName();
    }
}
