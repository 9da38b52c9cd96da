package org.patientleadership.ladder;

import org.patientleadership.CatalogueElement;
import org.patientleadership.Source;
import org.patientleadership.SourceDocument;

/**
 * Marks work that stands beyond the top of the {@linkplain Ladder#COPRODUCTION ladder of co-production}: work
 * that patients start and control, holding its budget and deciding how it runs.
 *
 * <p>The ladder of co-production (Think Local Act Personal) ends at co-production, people and professionals
 * working as equals. It has no rung where patients hold more power than staff, yet Arnstein's ladder (delegated
 * power, citizen control) and the guide's grid (the control column, where it puts patient leadership) rank such
 * work above partnership. Rather than redefine TLAP's top rung, the library keeps the seven published rungs and
 * adds this marker, which sorts above every rung: a placement on the ladder of co-production reports it
 * alongside its rung (see {@code Placements.coProductionBeyond()}). The reading is recorded in
 * {@code docs/readings.md}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BeyondTheLadder implements CatalogueElement {

    /** Patient-led work: patients started it, run it and hold its budget. */
    PATIENT_LED;

    @Override
    public String id() {
        return "coproduction-beyond.patient-led";
    }

    @Override
    public String displayName() {
        return "Beyond the ladder: patient-led";
    }

    @Override
    public String description() {
        return "Patients started the work, run it and hold its money; staff take part on their terms. This is "
                + "more than the equal partnership of co-production, so the marker sorts above the top rung.";
    }

    @Override
    public Source source() {
        return Source.guide("point 2, engagement grid: patient leadership in the collective control cell; "
                + "read with " + SourceDocument.ARNSTEIN_1969.id() + " (citizen control above partnership)");
    }

    /**
     * Gets the ladder this marker extends.
     *
     * @return the ladder of co-production, not null
     */
    public Ladder<CoProductionRung> ladder() {
        return Ladder.COPRODUCTION;
    }

    /**
     * Checks if this marker sorts above a rung of the ladder it extends; it sorts above every rung.
     *
     * @param rung  the rung, not null
     * @return true
     * @throws NullPointerException if the rung is null
     */
    public boolean isAbove(CoProductionRung rung) {
        java.util.Objects.requireNonNull(rung, "rung");
        return true;
    }
}
