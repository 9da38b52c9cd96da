package org.patientleadership.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.patientleadership.internal.Checks;
import org.patientleadership.internal.EnumSets;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.Rung;

/**
 * Places an {@link Activity} on the ladders by reading it against a {@link PlacementRules} table.
 *
 * <p>On each ladder the activity stands on the highest rung for which some row of the table matches it. As a
 * row only ever asks for features to be present, for a minimum initiator and for restrictions to be absent,
 * adding a feature or starting the activity more jointly can only keep or raise a rung, and adding a restriction
 * can only keep or lower it.
 *
 * <p>The reasons of a placement are the matching rows on its rung (leaving out a row whose features another
 * matching row on that rung includes) and, for any higher rung that the activity's features would reach but a
 * restriction blocks, a note saying so. The next step is one rung up: the row for that rung needing the fewest
 * changes (features to add, restrictions to drop, initiator to raise, one each), the first in the table among
 * equals.
 *
 * <p>Placing is pure and deterministic. Placements by the {@linkplain PlacementRules#standard() standard rules}
 * are remembered once made (there are at most 12 288 different answers to the questions they depend on), so
 * placing the same kind of activity again costs a look-up. This class is thread-safe.
 */
public final class Placer {

    private static final PowerSharing[] FEATURES = PowerSharing.values();
    private static final Restriction[] RESTRICTIONS = Restriction.values();
    private static final int INITIATORS = Initiator.values().length;
    private static final int KINDS = EngagementLevel.values().length * INITIATORS;

    /**
     * Placements by the standard rules, at {@link #key(Activity)}: one slot for each possible answer, filled
     * when first needed. Two threads filling a slot at once compute the same value, so either may win.
     */
    private static final AtomicReferenceArray<Placements> STANDARD_CACHE =
            new AtomicReferenceArray<>(KINDS << (FEATURES.length + RESTRICTIONS.length));

    private Placer() {
    }

    /**
     * Places an activity on every ladder by the {@link PlacementRules#standard() standard rules}.
     *
     * @param activity  the activity, not null
     * @return the placements, not null
     * @throws NullPointerException if the activity is null
     */
    public static Placements place(Activity activity) {
        return place(activity, PlacementRules.standard());
    }

    /**
     * Places an activity on every ladder by the given rules.
     *
     * @param activity  the activity, not null
     * @param rules  the rules, not null
     * @return the placements, not null
     * @throws NullPointerException if an argument is null
     */
    public static Placements place(Activity activity, PlacementRules rules) {
        Checks.notNull(activity, "activity");
        if (rules == PlacementRules.standard()) {
            // The standard table is fixed, and a placement depends only on the activity's level, initiator,
            // features and restrictions (never its name): at most 2 × 3 × 2^9 × 2^2 answers, kept once made.
            int key = key(activity);
            Placements known = STANDARD_CACHE.get(key);
            if (known == null) {
                known = compute(activity, rules);
                STANDARD_CACHE.set(key, known);
            }
            return known.activity() == activity || activity.equals(known.activity()) ? known
                    : new Placements(activity, known.arnstein(),
                    known.influence(), known.participation(), known.coProduction());
        }
        return compute(activity, rules);
    }

    private static int key(Activity activity) {
        int key = activity.level().ordinal() * INITIATORS + activity.initiatedBy().ordinal();
        key = key << FEATURES.length | (int) EnumSets.bits(activity.sharing());
        return key << RESTRICTIONS.length | (int) EnumSets.bits(activity.restrictions());
    }

    private static Placements compute(Activity activity, PlacementRules rules) {
        return new Placements(activity, place(activity, rules, Ladder.ARNSTEIN),
                place(activity, rules, Ladder.INFLUENCE), place(activity, rules, Ladder.PARTICIPATION),
                place(activity, rules, Ladder.COPRODUCTION));
    }

    /**
     * Places an activity on one ladder by the given rules.
     *
     * @param <R>  the type of the ladder's rungs
     * @param activity  the activity, not null
     * @param rules  the rules, not null
     * @param ladder  the ladder, not null
     * @return the placement, not null
     * @throws NullPointerException if an argument is null
     */
    public static <R extends Enum<R> & Rung<R>> Placement<R> place(Activity activity, PlacementRules rules,
            Ladder<R> ladder) {
        Checks.notNull(activity, "activity");
        Checks.notNull(rules, "rules");
        Checks.notNull(ladder, "ladder");
        List<Rule<?>> table = rules.rules();
        R best = null;
        for (Rule<?> rule : table) {
            if (rule.ladder() == ladder && rule.matches(activity)) {
                R rung = ladder.rungType().cast(rule.rung());
                if (best == null || rung.isAbove(best)) {
                    best = rung;
                }
            }
        }
        if (best == null) {
            throw new AssertionError("bug: validated rules have no floor row for " + ladder.displayName());
        }
        List<Reason> reasons = new ArrayList<>(reasonsOn(activity, table, ladder, best));
        reasons.addAll(blockedAbove(activity, table, ladder, best));
        R placed = best;
        Optional<NextStep<R>> next = best.next().map(up -> nextStep(activity, table, ladder, up, placed));
        return new Placement<>(ladder, best, reasons, next);
    }

    private static <R extends Enum<R> & Rung<R>> List<Reason> reasonsOn(Activity activity, List<Rule<?>> table,
            Ladder<R> ladder, R rung) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            Rule<?> rule = table.get(i);
            if (rule.ladder() == ladder && rule.rung() == rung && rule.matches(activity)) {
                rows.add(i);
            }
        }
        List<Reason> reasons = new ArrayList<>();
        for (int i : rows) {
            Set<PowerSharing> requires = table.get(i).requires();
            boolean covered = rows.stream().map(j -> table.get(j).requires())
                    .anyMatch(other -> other.size() > requires.size() && other.containsAll(requires));
            if (!covered) {
                reasons.add(matched(i + 1, table.get(i)));
            }
        }
        return reasons;
    }

    private static Reason matched(int row, Rule<?> rule) {
        // In the user's terms: what was answered and which rung that gives; the row stays in the data only.
        List<String> because = new ArrayList<>();
        if (!rule.requires().isEmpty()) {
            because.add("Answered yes to " + names(rule.requires().stream().map(PowerSharing::displayName).toList()));
        }
        if (rule.minimumInitiator() != Initiator.ORGANISATION) {
            because.add("started " + Rule.initiatorPhrase(rule.minimumInitiator()));
        }
        if (!rule.blockedBy().isEmpty()) {
            List<String> restrictions = rule.blockedBy().stream().map(Restriction::displayName).toList();
            because.add(restrictions.size() == 1 ? restrictions.get(0) + " does not apply"
                    : "neither " + String.join(" nor ", restrictions) + " applies");
        }
        String text = because.isEmpty()
                ? "Every activity stands at least on " + rule.rung().displayName() + ", the lowest rung"
                : capitalise(String.join(", ", because)) + ", which gives " + rule.rung().displayName();
        return new Reason(row, rule.requires(), Set.of(), text + ". " + rule.rationale());
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static <R extends Enum<R> & Rung<R>> List<Reason> blockedAbove(Activity activity, List<Rule<?>> table,
            Ladder<R> ladder, R placed) {
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            Rule<?> rule = table.get(i);
            if (rule.ladder() != ladder || !ladder.rungType().cast(rule.rung()).isAbove(placed)) {
                continue;
            }
            Set<Restriction> blocking = rule.blockingIn(activity);
            if (!blocking.isEmpty() && rule.missingFrom(activity).isEmpty()
                    && activity.initiatedBy().isAtLeast(rule.minimumInitiator())) {
                String text = (rule.requires().isEmpty() ? "" : "Answered yes to "
                                + names(rule.requires().stream().map(PowerSharing::displayName).toList())
                                + ", which would give " + rule.rung().displayName() + ", but ")
                        + names(blocking.stream().map(Restriction::displayName).toList())
                        + (blocking.size() == 1 ? " applies" : " apply") + ", which rules out "
                        + rule.rung().displayName() + ". " + rule.rationale();
                text = capitalise(text);
                reasons.add(new Reason(i + 1, rule.requires(), blocking, text));
            }
        }
        return reasons;
    }

    private static <R extends Enum<R> & Rung<R>> NextStep<R> nextStep(Activity activity, List<Rule<?>> table,
            Ladder<R> ladder, R up, R placed) {
        NextStep<R> best = null;
        int bestCost = Integer.MAX_VALUE;
        for (int i = 0; i < table.size(); i++) {
            Rule<?> rule = table.get(i);
            if (rule.ladder() != ladder || rule.rung() != up) {
                continue;
            }
            Set<PowerSharing> add = rule.missingFrom(activity);
            Set<Restriction> drop = rule.blockingIn(activity);
            Optional<Initiator> initiator = activity.initiatedBy().isAtLeast(rule.minimumInitiator())
                    ? Optional.empty() : Optional.of(rule.minimumInitiator());
            int cost = add.size() + drop.size() + (initiator.isPresent() ? 1 : 0);
            if (cost < bestCost) {
                bestCost = cost;
                best = new NextStep<>(up, i + 1, add, drop, initiator);
            }
        }
        if (best == null) {
            throw new AssertionError("bug: validated rules have no row for " + up + " above " + placed);
        }
        return best;
    }

    private static String names(List<String> names) {
        return String.join(" and ", names);
    }
}
