package org.patientleadership.placement;

import java.util.List;
import java.util.Optional;

import org.patientleadership.internal.Checks;
import org.patientleadership.ladder.ArnsteinRung;
import org.patientleadership.ladder.BeyondTheLadder;
import org.patientleadership.ladder.CoProductionRung;
import org.patientleadership.ladder.GridCell;
import org.patientleadership.ladder.InfluenceDegree;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.ParticipationStep;

/**
 * Gathers the placements of one activity on every ladder: Arnstein's ladder, the degrees of influence of the
 * guide's grid, the Copenhagen ladder of participation and the ladder of co-production, plus the grid cell
 * (the activity's level by its degree of influence).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param activity  the activity placed, not null
 * @param arnstein  its placement on {@link Ladder#ARNSTEIN}, not null
 * @param influence  its placement on {@link Ladder#INFLUENCE}, the grid's columns, not null
 * @param participation  its placement on {@link Ladder#PARTICIPATION}, not null
 * @param coProduction  its placement on {@link Ladder#COPRODUCTION}, not null
 */
public record Placements(Activity activity, Placement<ArnsteinRung> arnstein, Placement<InfluenceDegree> influence,
        Placement<ParticipationStep> participation, Placement<CoProductionRung> coProduction) {

    /**
     * Creates the placements, checking that each is on its own ladder.
     *
     * @param activity  the activity, not null
     * @param arnstein  the placement on Arnstein's ladder, not null
     * @param influence  the placement on the grid's degrees of influence, not null
     * @param participation  the placement on the ladder of participation, not null
     * @param coProduction  the placement on the ladder of co-production, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a placement is on another ladder
     */
    public Placements {
        Checks.notNull(activity, "activity");
        onLadder(arnstein, Ladder.ARNSTEIN, "arnstein");
        onLadder(influence, Ladder.INFLUENCE, "influence");
        onLadder(participation, Ladder.PARTICIPATION, "participation");
        onLadder(coProduction, Ladder.COPRODUCTION, "coProduction");
    }

    private static void onLadder(Placement<?> placement, Ladder<?> ladder, String name) {
        Checks.notNull(placement, name);
        if (placement.ladder() != ladder) {
            throw new IllegalArgumentException(name + " must be a placement on the " + ladder.displayName()
                    + ", not on the " + placement.ladder().displayName());
        }
    }

    /**
     * Gets the cell of the guide's grid: the activity's level by its degree of influence and control.
     *
     * @return the grid cell, not null
     */
    public GridCell gridCell() {
        return GridCell.of(activity.level(), influence.rung());
    }

    /**
     * Gets every placement, in the order of {@link Ladder#all()}.
     *
     * @return Arnstein, influence, participation and co-production placements, unmodifiable, not null
     */
    public List<Placement<?>> all() {
        return List.of(arnstein, influence, participation, coProduction);
    }

    /**
     * Places the activity on the IAP2 spectrum through the {@linkplain CrossWalk#standard() standard
     * cross-walk}, with the reasons.
     *
     * @return the IAP2 placement, not null
     */
    public Iap2Placement iap2() {
        return Iap2Placement.of(this, CrossWalk.standard());
    }

    /**
     * Places the activity on the IAP2 spectrum through a given cross-walk, with the reasons.
     *
     * @param crossWalk  the cross-walk, not null
     * @return the IAP2 placement, not null
     * @throws NullPointerException if the cross-walk is null
     */
    public Iap2Placement iap2(CrossWalk crossWalk) {
        return Iap2Placement.of(this, crossWalk);
    }

    /**
     * Checks if the activity is patient-led, beyond the top of the ladder of co-production: patients started
     * it ({@link Initiator#PATIENTS}), run it ({@link PowerSharing#PATIENTS_CONTROL}) and hold its budget
     * ({@link PowerSharing#PATIENTS_HOLD_BUDGET}). The co-production placement keeps the rung its rules give;
     * this marker sorts above every rung (see {@link BeyondTheLadder} and {@code docs/readings.md}).
     *
     * @return the marker, or empty if the activity is not patient-led
     */
    public Optional<BeyondTheLadder> coProductionBeyond() {
        return activity.initiatedBy() == Initiator.PATIENTS && activity.has(PowerSharing.PATIENTS_CONTROL)
                && activity.has(PowerSharing.PATIENTS_HOLD_BUDGET) ? Optional.of(BeyondTheLadder.PATIENT_LED)
                : Optional.empty();
    }

    /**
     * Gets the activity's standing on the ladder of co-production, counting the patient-led marker: the rung
     * number (1 to 7), or 8 when the activity is {@linkplain #coProductionBeyond() patient-led}, so that
     * patient-led work sorts above co-production.
     *
     * @return the standing, from 1 to 8
     */
    public int coProductionStanding() {
        return coProductionBeyond().isPresent() ? Ladder.COPRODUCTION.top().number() + 1
                : coProduction.rung().number();
    }

    /**
     * Explains the patient-led marker in words, if it applies.
     *
     * @return the explanation, or empty if the activity is not patient-led
     */
    public Optional<String> coProductionBeyondReason() {
        return coProductionBeyond().map(b -> b.displayName() + ": patients started the activity, run it and hold "
                + "its budget. The ladder of co-production has no rung for that (its top rung is equals working "
                + "together), so the activity keeps the rung " + coProduction.rung().displayName()
                + " and is marked as standing above the whole ladder.");
    }

    /**
     * Returns the activity's name and its rung on each ladder.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return activity.name() + ": Arnstein " + arnstein.rung().displayName() + "; grid " + gridCell().displayName()
                + "; participation " + participation.rung().displayName() + "; co-production "
                + coProduction.rung().displayName();
    }
}
