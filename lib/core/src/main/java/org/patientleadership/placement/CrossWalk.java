package org.patientleadership.placement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.UnknownElementException;
import org.patientleadership.internal.Checks;
import org.patientleadership.ladder.ArnsteinRung;
import org.patientleadership.ladder.Iap2Level;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.Rung;

/**
 * Holds the cross-walk between all five ladders of {@link Ladder#catalogued()} as replaceable data: one
 * {@link CrossWalkRow} per rung of Arnstein's ladder, giving the corresponding rungs of the guide's grid, the
 * Copenhagen ladder of participation, the ladder of co-production and the IAP2 spectrum. Any rung of any ladder
 * can then be placed against any other ladder ({@link #counterparts(Rung, Ladder)}), and
 * {@link Placements#iap2()} uses it to give an activity its IAP2 level.
 *
 * <p>{@link #standard()} is this project's reading: the rows of {@link LadderMapping} (grid, participation,
 * co-production, unchanged) with an IAP2 column added. None of the sources gives this cross-walk; IAP2's
 * chart does not mention Arnstein, and the rows rest on the level descriptions (IAP2 2018: goal and promise of
 * each column). {@code docs/frameworks.md} lists it with its notes. {@link #of(List)} builds another.
 *
 * <p>Every cross-walk is checked to be <b>total</b> (every rung of every ladder appears in some row, and every
 * row names at least one rung of every ladder) and <b>monotone</b> (going up Arnstein's ladder, the lowest and
 * the highest counterpart on each ladder never go down, and each row's counterparts on a ladder form a range
 * without gaps). So a higher rung never maps lower, whichever two ladders are compared.
 *
 * <p>{@code org.patientleadership.json.CrossWalkJson} (in the formats artifact) writes it as a JSON document
 * and reads it back strictly.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rows  the rows, one per Arnstein rung from the bottom up, unmodifiable, not null
 */
public record CrossWalk(List<CrossWalkRow> rows) {


    private static final Source IAP2_SOURCE = Source.of(SourceDocument.IAP2_2018,
            "goal and promise of each column");

    private static final List<String> IAP2_NOTES = List.of(
            "IAP2: a floor; the spectrum has nothing below inform, so its first level stands in for "
                    + "nonparticipation rather than matching it.",
            "IAP2: a floor; the spectrum has nothing below inform, so its first level stands in for "
                    + "nonparticipation rather than matching it.",
            "IAP2: sure; both give information one way and promise nothing more.",
            "IAP2: sure; both seek comments and promise only to say how they counted.",
            "IAP2: fairly sure; involve promises that concerns shape the options while others decide, which is "
                    + "placation's voice without the final say.",
            "IAP2: fairly sure; collaborate makes the public a partner in every part of the decision.",
            "IAP2: uncertain; delegated power lies between partnership and the public deciding, so it spans "
                    + "collaborate and empower.",
            "IAP2: sure; empower puts the final decision in the public's hands.");

    private static final List<Set<Iap2Level>> IAP2_COLUMN = List.of(Set.of(Iap2Level.INFORM),
            Set.of(Iap2Level.INFORM), Set.of(Iap2Level.INFORM), Set.of(Iap2Level.CONSULT), Set.of(Iap2Level.INVOLVE),
            Set.of(Iap2Level.COLLABORATE), Set.of(Iap2Level.COLLABORATE, Iap2Level.EMPOWER),
            Set.of(Iap2Level.EMPOWER));

    private static final CrossWalk STANDARD = new CrossWalk(standardRows());

    /**
     * Creates a cross-walk, checking that it is total and monotone.
     *
     * @param rows  the rows, one per Arnstein rung from the bottom up, no null items
     * @throws NullPointerException if the list or a row is null
     * @throws IllegalArgumentException if the rows are not one per Arnstein rung in order, a row has no rung of
     *         some ladder or a gap in its range, a ladder's lowest or highest counterpart goes down, or a rung of
     *         some ladder appears in no row
     */
    public CrossWalk {
        rows = Checks.noNullItems(rows, "rows");
        List<ArnsteinRung> expected = Ladder.ARNSTEIN.rungs();
        List<ArnsteinRung> found = rows.stream().map(CrossWalkRow::arnstein).toList();
        if (!found.equals(expected)) {
            throw new IllegalArgumentException("rows must be one per Arnstein rung, from the bottom up: expected "
                    + expected.stream().map(ArnsteinRung::displayName).toList() + ", found "
                    + found.stream().map(ArnsteinRung::displayName).toList());
        }
        for (Ladder<?> ladder : Ladder.catalogued()) {
            if (ladder != Ladder.ARNSTEIN) {
                checkColumn(rows, ladder);
            }
        }
    }

    private static <R extends Enum<R> & Rung<R>> void checkColumn(List<CrossWalkRow> rows, Ladder<R> ladder) {
        int lastLow = 0;
        int lastHigh = 0;
        Set<R> seen = new LinkedHashSet<>();
        for (CrossWalkRow row : rows) {
            List<R> column = row.counterparts(ladder);
            String where = "row " + row.arnstein().number() + " (" + row.arnstein().displayName() + ")";
            if (column.isEmpty()) {
                throw new IllegalArgumentException(where + " has no rung of the " + ladder.displayName()
                        + ": every row must name at least one rung of every ladder");
            }
            int low = column.get(0).number();
            int high = column.get(column.size() - 1).number();
            if (high - low + 1 != column.size()) {
                throw new IllegalArgumentException(where + " lists " + names(column) + " of the "
                        + ladder.displayName() + ": a row's rungs on one ladder must form a range without gaps");
            }
            if (low < lastLow || high < lastHigh) {
                throw new IllegalArgumentException(where + " maps lower on the " + ladder.displayName() + " ("
                        + names(column) + ") than the row below it: going up Arnstein's ladder, the lowest and "
                        + "highest counterparts must never go down");
            }
            lastLow = low;
            lastHigh = high;
            seen.addAll(column);
        }
        List<R> missing = new ArrayList<>(ladder.rungs());
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no row names " + names(missing) + " of the " + ladder.displayName()
                    + ": every rung of every ladder must appear in some row");
        }
    }

    private static String names(List<? extends Rung<?>> rungs) {
        return String.join(", ", rungs.stream().map(Rung::displayName).toList());
    }

    private static List<CrossWalkRow> standardRows() {
        List<CrossWalkRow> rows = new ArrayList<>();
        for (MappingRow m : LadderMapping.rows()) {
            int i = m.arnstein().number() - 1;
            List<Rung<?>> counterparts = new ArrayList<>();
            counterparts.add(m.influence());
            counterparts.addAll(m.participation());
            counterparts.addAll(m.coProduction());
            counterparts.addAll(IAP2_COLUMN.get(i));
            List<Source> sources = new ArrayList<>(m.sources());
            sources.add(IAP2_SOURCE);
            rows.add(new CrossWalkRow(m.arnstein(), counterparts, m.uncertainty() + " " + IAP2_NOTES.get(i),
                    sources));
        }
        return rows;
    }

    /**
     * Obtains this project's cross-walk: the rows of {@link LadderMapping} with an IAP2 column, documented in
     * {@code docs/frameworks.md}.
     *
     * @return the standard cross-walk, not null
     */
    public static CrossWalk standard() {
        return STANDARD;
    }

    /**
     * Obtains a cross-walk from its rows.
     *
     * @param rows  the rows, one per Arnstein rung from the bottom up, no null items
     * @return the cross-walk, not null
     * @throws NullPointerException if the list or a row is null
     * @throws IllegalArgumentException if the rows are not total and monotone (see the constructor)
     */
    public static CrossWalk of(List<CrossWalkRow> rows) {
        return new CrossWalk(rows);
    }

    /**
     * Gets the row of an Arnstein rung.
     *
     * @param rung  the rung, not null
     * @return the row, not null
     * @throws NullPointerException if the rung is null
     */
    public CrossWalkRow row(ArnsteinRung rung) {
        return rows.get(Checks.notNull(rung, "rung").number() - 1);
    }

    /**
     * Places a rung of one ladder against another: the rungs of {@code to} in every row that names
     * {@code from}, from the bottom up. A rung placed against its own ladder is itself.
     *
     * @param <R>  the type of the target ladder's rungs
     * @param from  a rung of any catalogued ladder, not null
     * @param to  the target ladder, not null
     * @return the corresponding rungs, at least one, unmodifiable, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the rung is not on a catalogued ladder
     */
    public <R extends Enum<R> & Rung<R>> List<R> counterparts(Rung<?> from, Ladder<R> to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Ladder<?> own = ladderOf(from);
        if (own == to) {
            return List.of(to.rungType().cast(from));
        }
        Set<R> found = new LinkedHashSet<>();
        for (CrossWalkRow row : rows) {
            if (row.arnstein() == from || row.counterparts().contains(from)) {
                found.addAll(row.counterparts(to));
            }
        }
        List<R> sorted = new ArrayList<>(found);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }

    /**
     * Finds the catalogued ladder a rung belongs to.
     *
     * @param rung  the rung, not null
     * @return the ladder, not null
     * @throws IllegalArgumentException if no catalogued ladder has rungs of this type
     */
    static Ladder<?> ladderOf(Rung<?> rung) {
        for (Ladder<?> ladder : Ladder.catalogued()) {
            if (ladder.rungType().isInstance(rung)) {
                return ladder;
            }
        }
        throw new IllegalArgumentException("rung " + rung + " is not on any ladder of the catalogue");
    }

}
