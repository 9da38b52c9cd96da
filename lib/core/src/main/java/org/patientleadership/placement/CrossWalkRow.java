package org.patientleadership.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.patientleadership.Source;
import org.patientleadership.internal.Checks;
import org.patientleadership.ladder.ArnsteinRung;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.Rung;

/**
 * Models one row of a {@link CrossWalk}: a rung of Arnstein's ladder and the rungs of every other ladder of
 * {@link Ladder#catalogued()} that correspond to it, with a note on how certain that is and the sources it rests
 * on.
 *
 * <p>The counterparts are kept sorted by ladder (in the order of {@link Ladder#catalogued()}) and, within a
 * ladder, from the bottom up; duplicates are dropped. Whether every ladder is covered, without gaps and going
 * up with Arnstein's ladder, is checked by the {@link CrossWalk} that holds the row.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param arnstein  the rung of Arnstein's ladder, not null
 * @param counterparts  the corresponding rungs of the other ladders, sorted, unmodifiable, not null
 * @param note  how sure the correspondence is and why, not blank (stripped)
 * @param sources  the sources the row rests on, at least one, unmodifiable, not null
 */
public record CrossWalkRow(ArnsteinRung arnstein, List<Rung<?>> counterparts, String note, List<Source> sources) {

    /**
     * Creates a row, checking, sorting and copying its fields.
     *
     * @param arnstein  the Arnstein rung, not null
     * @param counterparts  the rungs of the other ladders, no null items, no Arnstein rung
     * @param note  the note, not blank
     * @param sources  the sources, at least one, no null items
     * @throws NullPointerException if a field or an item is null
     * @throws IllegalArgumentException if a counterpart is an Arnstein rung or not a rung of a catalogued ladder,
     *         the note is blank or there is no source
     */
    public CrossWalkRow {
        Checks.notNull(arnstein, "arnstein");
        List<Rung<?>> sorted = new ArrayList<>();
        for (Rung<?> r : Checks.noNullItems(counterparts, "counterparts")) {
            Ladder<?> ladder = CrossWalk.ladderOf(r);
            if (ladder == Ladder.ARNSTEIN) {
                throw new IllegalArgumentException("counterparts of " + arnstein.displayName() + " must be rungs "
                        + "of the other ladders, not the Arnstein rung " + r.displayName());
            }
            if (!sorted.contains(r)) {
                sorted.add(r);
            }
        }
        sorted.sort(Comparator.<Rung<?>>comparingInt(r -> Ladder.catalogued().indexOf(CrossWalk.ladderOf(r)))
                .thenComparingInt(Rung::number));
        counterparts = List.copyOf(sorted);
        note = Checks.notBlank(note, "note");
        sources = Checks.noNullItems(sources, "sources");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("sources must not be empty: every cross-walk row cites a source");
        }
    }

    /**
     * Gets the counterparts on one ladder, from the bottom up; for Arnstein's ladder, the row's own rung.
     *
     * @param <R>  the type of the ladder's rungs
     * @param ladder  the ladder, not null
     * @return the rungs, unmodifiable, possibly empty, not null
     * @throws NullPointerException if the ladder is null
     */
    public <R extends Enum<R> & Rung<R>> List<R> counterparts(Ladder<R> ladder) {
        Checks.notNull(ladder, "ladder");
        if ((Object) ladder == Ladder.ARNSTEIN) {
            return List.of(ladder.rungType().cast(arnstein));
        }
        return counterparts.stream().filter(ladder.rungType()::isInstance).map(ladder.rungType()::cast).toList();
    }

    /**
     * Returns the Arnstein rung and its counterparts, such as {@code Partnership = Co-design/Co-production,
     * Sharing decisions, Influence, Collaborate}.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Ladder<?> ladder : Ladder.catalogued()) {
            if (ladder != Ladder.ARNSTEIN) {
                parts.add(String.join("/", counterparts(ladder).stream().map(r -> r.displayName()).toList()));
            }
        }
        return arnstein.displayName() + " = " + String.join(", ", parts);
    }
}
