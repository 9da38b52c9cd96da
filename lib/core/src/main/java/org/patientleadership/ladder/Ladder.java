package org.patientleadership.ladder;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.patientleadership.CatalogueElement;
import org.patientleadership.OrderedElement;
import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.internal.Lookup;

/**
 * Describes one participation ladder as a whole: its name, sources, rungs from the bottom up and, where the
 * source groups its rungs, the groups.
 *
 * <p>The ladders are constants: {@link #ARNSTEIN}, {@link #INFLUENCE}, {@link #PARTICIPATION},
 * {@link #COPRODUCTION} and {@link #IAP2}; {@link #catalogued()} lists them all and {@link #all()} the four that
 * placement rules cover. The rungs themselves are enums implementing {@link Rung}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <R>  the type of the rungs
 */
public final class Ladder<R extends Enum<R> & Rung<R>> implements CatalogueElement {

    /** Arnstein's ladder of citizen participation: 8 rungs in 3 bands. */
    public static final Ladder<ArnsteinRung> ARNSTEIN = new Ladder<>("ladder.arnstein",
            "Ladder of citizen participation",
            "Arnstein's eight rungs of how much power citizens hold over the decisions that affect them, from "
                    + "manipulation to citizen control, grouped as nonparticipation, tokenism and citizen power.",
            Source.of(SourceDocument.ARNSTEIN_1969, "figure 2"), List.of(Source.guide("point 2")),
            ArnsteinRung.class, List.of(ArnsteinBand.values()), ArnsteinRung::band);

    /** The four degrees of influence and control of the guide's engagement grid, used as a ladder. */
    public static final Ladder<InfluenceDegree> INFLUENCE = new Ladder<>("ladder.influence",
            "Degrees of influence and control",
            "The columns of the guide's engagement grid, adapted from Arnstein: from being given information "
                    + "to being in control, at the individual or the collective level.",
            Source.guide("point 2, engagement grid"), List.of(Source.of(SourceDocument.ARNSTEIN_1969,
                    "figure 2")),
            InfluenceDegree.class, List.of(), r -> null);

    /** The six-step ladder of participation of the Copenhagen workshop slides. */
    public static final Ladder<ParticipationStep> PARTICIPATION = new Ladder<>("ladder.participation",
            "Ladder of participation",
            "Six steps of how far patients take part in decisions, from passive consumers to being in control, "
                    + "used in the Copenhagen workshop to let teams place their own work.",
            Source.of(SourceDocument.COPENHAGEN_SLIDES,
                    "slide 'Where on the ladder of participation are you currently?'"),
            List.of(), ParticipationStep.class, List.of(), r -> null);

    /** The ladder of co-production of Think Local Act Personal: 7 rungs in 3 groups. */
    public static final Ladder<CoProductionRung> COPRODUCTION = new Ladder<>("ladder.coproduction",
            "Ladder of co-production",
            "Seven rungs from coercion to co-production, grouped as doing to, doing for and doing with people "
                    + "(rungs from outside the seeds: see CoProductionRung).",
            Source.of(SourceDocument.TLAP_LADDER, "the ladder"),
            List.of(Source.of(SourceDocument.COPENHAGEN_SLIDES, "slide 'Ladder of Co-production'"),
                    Source.of(SourceDocument.PANEL_TRANSCRIPT, "doing to, for and with people")),
            CoProductionRung.class, List.of(CoProductionGroup.values()), CoProductionRung::group);

    /** The IAP2 Spectrum of Public Participation: 5 levels from inform to empower. */
    public static final Ladder<Iap2Level> IAP2 = new Ladder<>("ladder.iap2",
            "IAP2 Spectrum of Public Participation",
            "Five levels of how much influence the public has over a decision, from being informed to making "
                    + "it, each with the goal of the participation and the promise made to the public. IAP2 "
                    + "offers them as levels to choose from for each decision rather than steps to climb.",
            Source.of(SourceDocument.IAP2_2018, "the spectrum, columns left to right"), List.of(),
            Iap2Level.class, List.of(), r -> null);

    private final String id;
    private final String displayName;
    private final String description;
    private final Source source;
    private final List<Source> alsoIn;
    private final Class<R> rungType;
    private final List<R> rungs;
    private final List<OrderedElement<?>> groups;
    private final Function<R, OrderedElement<?>> groupOf;

    private Ladder(String id, String displayName, String description, Source source, List<Source> alsoIn,
            Class<R> rungType, List<OrderedElement<?>> groups, Function<R, OrderedElement<?>> groupOf) {
        this.id = id;
        this.displayName = displayName;
        this.description = description;
        this.source = source;
        this.alsoIn = List.copyOf(alsoIn);
        this.rungType = rungType;
        this.rungs = List.of(rungType.getEnumConstants());
        this.groups = List.copyOf(groups);
        this.groupOf = groupOf;
    }

    /**
     * Obtains the four ladders that {@code PlacementRules} place an activity on, in the order Arnstein,
     * influence, participation, co-production. {@link #catalogued()} adds the IAP2 spectrum.
     *
     * @return the ladders, unmodifiable, not null
     */
    public static List<Ladder<?>> all() {
        return List.of(ARNSTEIN, INFLUENCE, PARTICIPATION, COPRODUCTION);
    }

    /**
     * Obtains every ladder of the catalogue: the four of {@link #all()}, on which activities are placed by
     * {@code PlacementRules}, and then {@link #IAP2}, which placement reaches through the cross-walk between the
     * ladders ({@code org.patientleadership.placement.CrossWalk}).
     *
     * @return the five ladders, unmodifiable, not null
     */
    public static List<Ladder<?>> catalogued() {
        return List.of(ARNSTEIN, INFLUENCE, PARTICIPATION, COPRODUCTION, IAP2);
    }

    /**
     * Obtains a ladder of {@link #catalogued()} from its stable id, such as {@code ladder.arnstein}.
     *
     * @param id  the id, not null
     * @return the ladder, not null
     * @throws org.patientleadership.UnknownElementException if no ladder has this id
     */
    public static Ladder<?> of(String id) {
        return Lookup.byKey(catalogued(), Ladder::id, id, "ladder id");
    }

    /**
     * Gets the type of this ladder's rungs.
     *
     * @return the enum class of the rungs, not null
     */
    public Class<R> rungType() {
        return rungType;
    }

    /**
     * Gets the rungs from the bottom up.
     *
     * @return the rungs, unmodifiable, not null
     */
    public List<R> rungs() {
        return rungs;
    }

    /**
     * Obtains a rung from its number, 1 being the bottom.
     *
     * @param number  the rung number
     * @return the rung, not null
     * @throws org.patientleadership.UnknownElementException if the ladder has no rung with this number
     */
    public R rung(int number) {
        return Lookup.byNumber(rungType.getEnumConstants(), Rung::number, number, displayName + " rung number");
    }

    /**
     * Finds a rung from its stable id.
     *
     * @param id  the id of the rung, not null
     * @return the rung, or empty if this ladder has no rung with this id
     */
    public Optional<R> findRung(String id) {
        return Lookup.find(rungs, Rung::id, id);
    }

    /**
     * Gets the bottom rung.
     *
     * @return the lowest rung, not null
     */
    public R bottom() {
        return rungs.get(0);
    }

    /**
     * Gets the top rung.
     *
     * @return the highest rung, not null
     */
    public R top() {
        return rungs.get(rungs.size() - 1);
    }

    /**
     * Gets the groups (bands) of rungs, from the bottom up, if the source groups them.
     *
     * @return the groups, unmodifiable, empty for an ungrouped ladder, not null
     */
    public List<OrderedElement<?>> groups() {
        return groups;
    }

    /**
     * Gets the group (band) a rung belongs to, if the ladder is grouped.
     *
     * @param rung  a rung of this ladder, not null
     * @return the group, or empty for an ungrouped ladder
     */
    public Optional<OrderedElement<?>> groupOf(R rung) {
        return Optional.ofNullable(groupOf.apply(Objects.requireNonNull(rung, "rung")));
    }

    /**
     * Gets further places where this ladder appears or is used.
     *
     * @return the further sources, unmodifiable, possibly empty, not null
     */
    public List<Source> alsoIn() {
        return alsoIn;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Source source() {
        return source;
    }

    /**
     * Returns the ladder's name and its rungs from the bottom up.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return displayName + " " + Arrays.toString(rungType.getEnumConstants());
    }
}
