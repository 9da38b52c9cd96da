package org.patientleadership.placement;

import static org.patientleadership.ladder.CoProductionRung.CO_DESIGN;
import static org.patientleadership.ladder.CoProductionRung.CO_PRODUCTION;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.ladder.ArnsteinRung;
import org.patientleadership.ladder.CoProductionRung;
import org.patientleadership.ladder.InfluenceDegree;
import org.patientleadership.ladder.ParticipationStep;

/**
 * Holds the cross-walk between the ladders as data: for each rung of Arnstein's ladder, the corresponding rungs
 * of the ladder of co-production, steps of the Copenhagen ladder of participation and degree of influence of the
 * guide's grid, each row with a note on its uncertainty and its sources.
 *
 * <p>None of the sources gives this cross-walk. The guide (point 2) says its grid is adapted from Arnstein's
 * ladder but does not say how its columns match the rungs; Think Local Act Personal's ladder and the Copenhagen
 * slide do not mention Arnstein. The rows are therefore this project's reading of the rung descriptions
 * (Arnstein 1969, figure 2 and the section on each rung; TLAP's ladder; the Copenhagen slide; the guide's grid),
 * documented with a table in {@code docs/placement.md}.
 *
 * <p>The mapping covers every rung of every ladder, and it is monotone: going up Arnstein's ladder, neither the
 * lowest nor the highest corresponding rung of another ladder ever goes down.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LadderMapping {

    private static final List<Source> SOURCES = List.of(
            Source.of(SourceDocument.ARNSTEIN_1969, "figure 2 and the section on each rung"),
            Source.guide("point 2, engagement grid adapted from Arnstein's ladder"),
            Source.of(SourceDocument.TLAP_LADDER, "the ladder"),
            Source.of(SourceDocument.COPENHAGEN_SLIDES,
                    "slide 'Where on the ladder of participation are you currently?'"));

    private static final String NO_LOWER_RUNG = " The Copenhagen ladder and the grid have nothing below passive "
            + "consumers and providing information, so their lowest rung stands in for both rungs of "
            + "nonparticipation: a floor rather than a match.";

    private static final String NO_CONTROL_RUNG = " The ladder of co-production stops at co-production, power "
            + "shared as equals, and has no rung where patients hold most of the power; its two 'doing with' "
            + "rungs are the nearest.";

    private static final List<MappingRow> ROWS = List.of(
            row(ArnsteinRung.MANIPULATION, Set.of(CoProductionRung.COERCION),
                    Set.of(ParticipationStep.PASSIVE_CONSUMERS), InfluenceDegree.PROVIDING_INFORMATION,
                    "Fairly sure for co-production: both bottom rungs have patients present with no say, there "
                            + "to comply or to lend approval." + NO_LOWER_RUNG),
            row(ArnsteinRung.THERAPY, Set.of(CoProductionRung.EDUCATING),
                    Set.of(ParticipationStep.PASSIVE_CONSUMERS), InfluenceDegree.PROVIDING_INFORMATION,
                    "Moderately sure for co-production: therapy sets out to change the participants and "
                            + "educating to make them understand a service they cannot change; both act on "
                            + "people rather than with them." + NO_LOWER_RUNG),
            row(ArnsteinRung.INFORMING, Set.of(CoProductionRung.INFORMING), Set.of(ParticipationStep.TOLD),
                    InfluenceDegree.PROVIDING_INFORMATION,
                    "Sure: every ladder has a rung where information flows one way only."),
            row(ArnsteinRung.CONSULTATION, Set.of(CoProductionRung.CONSULTATION), Set.of(ParticipationStep.ASKED),
                    InfluenceDegree.FEEDBACK,
                    "Sure: views are sought with no promise that they count. The grid's feedback column also "
                            + "holds complaints and comment channels, which Arnstein does not discuss."),
            row(ArnsteinRung.PLACATION, Set.of(CoProductionRung.ENGAGEMENT, CO_DESIGN),
                    Set.of(ParticipationStep.INFLUENCING), InfluenceDegree.INFLUENCE,
                    "Less sure: placation gives a few patients a voice while others decide. Engagement fits; so "
                            + "does co-design when the organisation keeps the last word, which the ladder of "
                            + "co-production allows. The grid's influence column fits placation well."),
            row(ArnsteinRung.PARTNERSHIP, Set.of(CO_DESIGN, CO_PRODUCTION), Set.of(ParticipationStep.SHARING),
                    InfluenceDegree.INFLUENCE,
                    "Uncertain for the grid: the guide describes patient leadership, its collective control "
                            + "cell, as leading alongside professionals, which could be read as partnership; we "
                            + "keep the control column for rungs where patients hold the decisions. Co-design "
                            + "and co-production both share power; how much depends on the case."),
            row(ArnsteinRung.DELEGATED_POWER, Set.of(CO_DESIGN, CO_PRODUCTION),
                    Set.of(ParticipationStep.SHARING, ParticipationStep.CONTROLLING), InfluenceDegree.CONTROL,
                    "Uncertain: the Copenhagen ladder splits this range between sharing decisions and control at "
                            + "the highest level, depending on how much patients hold." + NO_CONTROL_RUNG),
            row(ArnsteinRung.CITIZEN_CONTROL, Set.of(CO_DESIGN, CO_PRODUCTION),
                    Set.of(ParticipationStep.CONTROLLING), InfluenceDegree.CONTROL,
                    "Sure for the Copenhagen ladder and the grid, whose top rungs have patients in control; the "
                            + "guide puts patient leadership there. Uncertain for co-production." + NO_CONTROL_RUNG));

    private LadderMapping() {
    }

    private static MappingRow row(ArnsteinRung arnstein, Set<CoProductionRung> coProduction,
            Set<ParticipationStep> participation, InfluenceDegree influence, String uncertainty) {
        return new MappingRow(arnstein, coProduction, participation, influence, uncertainty, SOURCES);
    }

    /**
     * Gets the rows, one per Arnstein rung, from the bottom up.
     *
     * @return the eight rows, unmodifiable, not null
     */
    public static List<MappingRow> rows() {
        return ROWS;
    }

    /**
     * Gets the row for an Arnstein rung.
     *
     * @param rung  the Arnstein rung, not null
     * @return the row, not null
     * @throws NullPointerException if the rung is null
     */
    public static MappingRow row(ArnsteinRung rung) {
        Objects.requireNonNull(rung, "rung");
        return ROWS.get(rung.number() - 1);
    }
}
