package org.patientleadership.placement;

import java.util.List;
import java.util.Set;

import org.patientleadership.Source;
import org.patientleadership.internal.Checks;
import org.patientleadership.internal.EnumSets;
import org.patientleadership.ladder.ArnsteinRung;
import org.patientleadership.ladder.CoProductionRung;
import org.patientleadership.ladder.InfluenceDegree;
import org.patientleadership.ladder.ParticipationStep;

/**
 * Models one row of the {@link LadderMapping}: a rung of Arnstein's ladder and the rungs of the other ladders
 * that correspond to it, with a note on how certain the correspondence is and the sources it rests on.
 *
 * <p>Where the other ladders cut the range differently, a row lists more than one rung (a range, never with a
 * gap).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param arnstein  the rung of Arnstein's ladder, not null
 * @param coProduction  the corresponding rungs of the ladder of co-production, at least one, unmodifiable, not
 *        null
 * @param participation  the corresponding steps of the Copenhagen ladder of participation, at least one,
 *        unmodifiable, not null
 * @param influence  the corresponding degree of influence and control of the guide's grid, not null
 * @param uncertainty  how sure the correspondence is and why, in words, not blank (stripped)
 * @param sources  the sources the row rests on, at least one, unmodifiable, not null
 */
public record MappingRow(ArnsteinRung arnstein, Set<CoProductionRung> coProduction,
        Set<ParticipationStep> participation, InfluenceDegree influence, String uncertainty, List<Source> sources) {

    /**
     * Creates a row, checking and copying its fields.
     *
     * @param arnstein  the Arnstein rung, not null
     * @param coProduction  the co-production rungs, at least one, no null items
     * @param participation  the participation steps, at least one, no null items
     * @param influence  the degree of influence, not null
     * @param uncertainty  the note on uncertainty, not blank
     * @param sources  the sources, at least one, no null items
     * @throws NullPointerException if a field or an item is null
     * @throws IllegalArgumentException if a set or the sources are empty, or the note is blank
     */
    public MappingRow {
        EnumSets.notNull(ArnsteinRung.class, arnstein, "arnstein");
        coProduction = nonEmpty(EnumSets.copy(CoProductionRung.class, coProduction, "coProduction"),
                "coProduction");
        participation = nonEmpty(EnumSets.copy(ParticipationStep.class, participation, "participation"),
                "participation");
        EnumSets.notNull(InfluenceDegree.class, influence, "influence");
        uncertainty = Checks.notBlank(uncertainty, "uncertainty");
        sources = Checks.noNullItems(sources, "sources");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("sources must not be empty: every mapping row cites a source");
        }
    }

    private static <E> Set<E> nonEmpty(Set<E> set, String name) {
        if (set.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty: list at least one rung");
        }
        return set;
    }

    /**
     * Returns the Arnstein rung and its counterparts, such as {@code Partnership = Co-design/Co-production,
     * Sharing decisions, Influence}.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return arnstein.displayName() + " = "
                + String.join("/", coProduction.stream().map(CoProductionRung::displayName).toList()) + ", "
                + String.join("/", participation.stream().map(ParticipationStep::displayName).toList()) + ", "
                + influence.displayName();
    }
}
