package org.patientleadership.placement;

import static org.patientleadership.placement.PowerSharing.CO_DELIVERED;
import static org.patientleadership.placement.PowerSharing.CO_DESIGNED;
import static org.patientleadership.placement.PowerSharing.DECISIONS_SHARED;
import static org.patientleadership.placement.PowerSharing.INPUT_ACTED_ON;
import static org.patientleadership.placement.PowerSharing.PATIENTS_ASKED;
import static org.patientleadership.placement.PowerSharing.PATIENTS_CONTROL;
import static org.patientleadership.placement.PowerSharing.PATIENTS_HOLD_BUDGET;
import static org.patientleadership.placement.PowerSharing.PATIENTS_INFLUENCE_DECISIONS;
import static org.patientleadership.placement.PowerSharing.PATIENTS_INFORMED;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.patientleadership.internal.Checks;
import org.patientleadership.ladder.ArnsteinRung;
import org.patientleadership.ladder.CoProductionRung;
import org.patientleadership.ladder.InfluenceDegree;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.ParticipationStep;
import org.patientleadership.ladder.Rung;

/**
 * Models the table of rules that {@link Placer} uses to place an activity: an ordered list of {@link Rule}
 * rows, each saying which answers put an activity at least on a given rung of a given ladder.
 *
 * <p>The table is replaceable: {@link #standard()} is this project's default, and {@link #of(List)} builds
 * another (start from {@code standard().rules()} to change a few rows). A table must let every activity be
 * placed and every placement have a next step, so it is checked to have, for each ladder of
 * {@link Ladder#all()}, a floor row (one that matches every activity) and at least one row for every rung.
 * Row numbers count from 1 in list order; the order breaks ties when choosing a next step.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rules  the rows, in order, unmodifiable, not null
 */
public record PlacementRules(List<Rule<?>> rules) {

    private static final Restriction[] ANY_RESTRICTION = Restriction.values();

    private static final PlacementRules STANDARD = new PlacementRules(standardRows());

    /**
     * Creates a table, checking that it covers every ladder.
     *
     * @param rules  the rows, in order, no null items
     * @throws NullPointerException if the list or a row is null
     * @throws IllegalArgumentException if a ladder lacks a floor row or a rung has no row, or a row repeats
     *         another's ladder, rung and condition
     */
    public PlacementRules {
        rules = Checks.noNullItems(rules, "rules");
        for (int i = 0; i < rules.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (sameCondition(rules.get(i), rules.get(j))) {
                    throw new IllegalArgumentException("rules[" + i + "] repeats the ladder, rung and condition of "
                            + "rules[" + j + "]: " + rules.get(i));
                }
            }
        }
        List<String> noFloor = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (Ladder<?> ladder : Ladder.all()) {
            if (rules.stream().noneMatch(r -> r.ladder() == ladder && r.isFloor())) {
                noFloor.add(ladder.displayName());
            }
            for (Rung<?> rung : ladder.rungs()) {
                if (rules.stream().noneMatch(r -> r.rung() == rung)) {
                    uncovered.add(ladder.displayName() + " '" + rung.displayName() + "'");
                }
            }
        }
        if (!noFloor.isEmpty()) {
            throw new IllegalArgumentException("rules must have, for every ladder, a floor row (no features "
                    + "required, minimum initiator ORGANISATION, no restriction blocking) so that every activity "
                    + "is placed; missing for: " + String.join(", ", noFloor));
        }
        if (!uncovered.isEmpty()) {
            throw new IllegalArgumentException("rules must have a row for every rung of every ladder so that "
                    + "every placement has a next step; no row for: " + String.join(", ", uncovered));
        }
    }

    private static boolean sameCondition(Rule<?> a, Rule<?> b) {
        return a.ladder() == b.ladder() && a.rung() == b.rung() && a.requires().equals(b.requires())
                && a.minimumInitiator() == b.minimumInitiator() && a.blockedBy().equals(b.blockedBy());
    }

    /**
     * Obtains a table from its rows.
     *
     * @param rules  the rows, in order, no null items
     * @return the table, not null
     * @throws NullPointerException if the list or a row is null
     * @throws IllegalArgumentException if a ladder lacks a floor row or a rung has no row, or a row repeats
     *         another's ladder, rung and condition
     */
    public static PlacementRules of(List<? extends Rule<?>> rules) {
        Objects.requireNonNull(rules, "rules");
        return new PlacementRules(new ArrayList<Rule<?>>(rules));
    }

    /**
     * Obtains this project's default table: 40 rows, documented with their reasons in {@code docs/placement.md}.
     *
     * <p>In short, with "or" between rows for the same rung, each condition being features that must all be
     * present:
     * <ul>
     *   <li>Arnstein (rows 1–11): manipulation, the floor; therapy if no restriction applies; informing if
     *       patients are informed; consultation if asked; placation if input is acted on, or patients influence
     *       decisions, or the work is co-designed; partnership if decisions are shared; delegated power if
     *       patients hold a budget, or are in control; citizen control if they are in control and hold the
     *       budget.</li>
     *   <li>The grid's degrees of influence (rows 12–20): providing information, the floor, or if patients are
     *       informed; feedback if asked; influence if input is acted on, or patients influence decisions, or
     *       co-design, or shared decisions; control if patients hold a budget, or are in control.</li>
     *   <li>The Copenhagen ladder of participation (rows 21–29): passive consumers, the floor; told if
     *       informed; asked if asked; influencing if input is acted on, or patients influence decisions, or
     *       co-design; sharing decisions if decisions are shared, or patients hold a budget; in control if
     *       patients are in control.</li>
     *   <li>The ladder of co-production (rows 30–40): coercion, the floor; educating if no restriction applies;
     *       informing if informed; consultation if asked; engagement if input is acted on, or patients influence
     *       decisions; co-design if co-designed, or decisions are shared, or patients hold a budget, or are in
     *       control; co-production if the work is co-designed, decided together and co-delivered, and was
     *       started jointly or by patients.</li>
     * </ul>
     *
     * @return the standard table, not null
     */
    public static PlacementRules standard() {
        return STANDARD;
    }

    /**
     * Gets a row by its number.
     *
     * @param number  the row number, from 1 to the number of rows
     * @return the row, not null
     * @throws IllegalArgumentException if there is no row with this number
     */
    public Rule<?> row(int number) {
        return rules.get(Checks.inRange(number, 1, rules.size(), "row number") - 1);
    }

    /**
     * Returns the number of rows, such as {@code PlacementRules[40 rows]}.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return "PlacementRules[" + rules.size() + " rows]";
    }

    private static List<Rule<?>> standardRows() {
        List<Rule<?>> rows = new ArrayList<>();
        Ladder<ArnsteinRung> a = Ladder.ARNSTEIN;
        rows.add(Rule.of(a, ArnsteinRung.MANIPULATION, "The floor of the ladder. Sharing nothing, an activity "
                + "run for show or one patients are made to attend uses their presence rather than their views."));
        rows.add(Rule.of(a, ArnsteinRung.THERAPY, "With nothing shared but nothing staged or compulsory either, "
                + "the activity works on patients rather than with them: the higher rung of nonparticipation.")
                .withBlockedBy(ANY_RESTRICTION));
        rows.add(Rule.of(a, ArnsteinRung.INFORMING, "Information flows one way, from the organisation to "
                + "patients: the first rung of tokenism.", PATIENTS_INFORMED));
        rows.add(Rule.of(a, ArnsteinRung.CONSULTATION, "Views are sought with no promise that they will count.",
                PATIENTS_ASKED));
        rows.add(Rule.of(a, ArnsteinRung.PLACATION, "Views change things, but the organisation still picks "
                + "which; Arnstein has no rung for consultation that is acted on, so it goes with placation.",
                INPUT_ACTED_ON));
        rows.add(Rule.of(a, ArnsteinRung.PLACATION, "A seat or an advisory voice where decisions are made, "
                + "with others keeping the final say, is placation.", PATIENTS_INFLUENCE_DECISIONS));
        rows.add(Rule.of(a, ArnsteinRung.PLACATION, "Patients shape the design, but unless decisions are also "
                + "shared the organisation chooses what to keep.", CO_DESIGNED));
        rows.add(Rule.of(a, ArnsteinRung.PARTNERSHIP, "Decisions taken together under rules neither side can "
                + "change alone: partnership, the first rung of citizen power.", DECISIONS_SHARED));
        rows.add(Rule.of(a, ArnsteinRung.DELEGATED_POWER, "A budget or formal authority of their own gives "
                + "patients the upper hand over the work: delegated power.", PATIENTS_HOLD_BUDGET));
        rows.add(Rule.of(a, ArnsteinRung.DELEGATED_POWER, "Patients run the activity, but without its budget "
                + "they depend on others' means: delegated power rather than full control.", PATIENTS_CONTROL));
        rows.add(Rule.of(a, ArnsteinRung.CITIZEN_CONTROL, "Patients run the activity and hold its money: "
                + "citizen control.", PATIENTS_CONTROL, PATIENTS_HOLD_BUDGET));

        Ladder<InfluenceDegree> g = Ladder.INFLUENCE;
        rows.add(Rule.of(g, InfluenceDegree.PROVIDING_INFORMATION, "The floor of the grid. It has no column "
                + "below providing information, so activities that share nothing land here as well."));
        rows.add(Rule.of(g, InfluenceDegree.PROVIDING_INFORMATION, "Patients are given information about "
                + "services or their care.", PATIENTS_INFORMED));
        rows.add(Rule.of(g, InfluenceDegree.FEEDBACK, "Patients' views and experiences flow back to the "
                + "service.", PATIENTS_ASKED));
        rows.add(Rule.of(g, InfluenceDegree.INFLUENCE, "What patients say shapes what is done, though others "
                + "decide.", INPUT_ACTED_ON));
        rows.add(Rule.of(g, InfluenceDegree.INFLUENCE, "Patients are present and heard where decisions are "
                + "taken: representation and involvement.", PATIENTS_INFLUENCE_DECISIONS));
        rows.add(Rule.of(g, InfluenceDegree.INFLUENCE, "Patients shape the design of the work.", CO_DESIGNED));
        rows.add(Rule.of(g, InfluenceDegree.INFLUENCE, "Patients decide together with staff; we keep the "
                + "control column for patients who hold the decisions themselves.", DECISIONS_SHARED));
        rows.add(Rule.of(g, InfluenceDegree.CONTROL, "Patients hold the money or the authority, as with a "
                + "personal budget or a patient-led project.", PATIENTS_HOLD_BUDGET));
        rows.add(Rule.of(g, InfluenceDegree.CONTROL, "Patients run it themselves: self-management for one "
                + "person, patient leadership for a service.", PATIENTS_CONTROL));

        Ladder<ParticipationStep> p = Ladder.PARTICIPATION;
        rows.add(Rule.of(p, ParticipationStep.PASSIVE_CONSUMERS, "The floor of the ladder: patients receive "
                + "what is offered and have no part in it."));
        rows.add(Rule.of(p, ParticipationStep.TOLD, "Patients hear what is going on but cannot change it.",
                PATIENTS_INFORMED));
        rows.add(Rule.of(p, ParticipationStep.ASKED, "Patients give their views, which may carry little weight.",
                PATIENTS_ASKED));
        rows.add(Rule.of(p, ParticipationStep.INFLUENCING, "Patients' views visibly change the outcome.",
                INPUT_ACTED_ON));
        rows.add(Rule.of(p, ParticipationStep.INFLUENCING, "Patients put ideas forward where decisions are "
                + "taken.", PATIENTS_INFLUENCE_DECISIONS));
        rows.add(Rule.of(p, ParticipationStep.INFLUENCING, "Patients' ideas shape the design.", CO_DESIGNED));
        rows.add(Rule.of(p, ParticipationStep.SHARING, "Patients and staff decide and answer for the result "
                + "together.", DECISIONS_SHARED));
        rows.add(Rule.of(p, ParticipationStep.SHARING, "Patients with a budget or authority over part of the "
                + "work share responsibility for it.", PATIENTS_HOLD_BUDGET));
        rows.add(Rule.of(p, ParticipationStep.CONTROLLING, "Patients lead the decisions.", PATIENTS_CONTROL));

        Ladder<CoProductionRung> c = Ladder.COPRODUCTION;
        rows.add(Rule.of(c, CoProductionRung.COERCION, "The floor of the ladder: patients attend, and "
                + "everything has been settled for them."));
        rows.add(Rule.of(c, CoProductionRung.EDUCATING, "With nothing shared but nothing compulsory or staged "
                + "either, the activity helps patients fit the service as it is.").withBlockedBy(ANY_RESTRICTION));
        rows.add(Rule.of(c, CoProductionRung.INFORMING, "Patients are told what has been decided and why.",
                PATIENTS_INFORMED));
        rows.add(Rule.of(c, CoProductionRung.CONSULTATION, "Patients are asked, with no promise of effect.",
                PATIENTS_ASKED));
        rows.add(Rule.of(c, CoProductionRung.ENGAGEMENT, "Patients' views sway some decisions, which the "
                + "organisation still takes.", INPUT_ACTED_ON));
        rows.add(Rule.of(c, CoProductionRung.ENGAGEMENT, "Patients have a voice where decisions are taken, "
                + "which the organisation still takes.", PATIENTS_INFLUENCE_DECISIONS));
        rows.add(Rule.of(c, CoProductionRung.CO_DESIGN, "Patients design the work with staff from their "
                + "experience.", CO_DESIGNED));
        rows.add(Rule.of(c, CoProductionRung.CO_DESIGN, "Shared decisions are working with patients; without "
                + "co-design and co-delivery they stay on the lower rung of that group.", DECISIONS_SHARED));
        rows.add(Rule.of(c, CoProductionRung.CO_DESIGN, "The ladder has no rung for patients holding the "
                + "money; they are at least working with the service, and co-production also asks for design, "
                + "decisions and delivery shared with staff.", PATIENTS_HOLD_BUDGET));
        rows.add(Rule.of(c, CoProductionRung.CO_DESIGN, "The ladder has no rung for patient control; its top "
                + "rung asks for equals working together, so a patient-run activity counts as co-design until "
                + "design, decisions and delivery are shared with staff.", PATIENTS_CONTROL));
        rows.add(Rule.of(c, CoProductionRung.CO_PRODUCTION, "Patients and staff work as equals from the start: "
                + "the work is begun, designed, decided and delivered together.",
                CO_DESIGNED, DECISIONS_SHARED, CO_DELIVERED).withMinimumInitiator(Initiator.JOINT));
        return rows;
    }
}
