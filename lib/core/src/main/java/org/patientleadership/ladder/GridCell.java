package org.patientleadership.ladder;

import java.util.List;
import java.util.Objects;

import org.patientleadership.CatalogueElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the eight cells of the guide's engagement grid: two {@link EngagementLevel levels} by four
 * {@link InfluenceDegree degrees of influence and control}, each named as the guide names it. The guide
 * presents the grid as adapted from Arnstein's ladder, and places patient leadership in the top corner
 * (collective level, control).
 *
 * <p>Display names are the guide's cell texts; where a cell lists examples in brackets, the examples are in
 * {@link #examples()} instead.
 *
 * <p>Source: the guide, point 2 (the conceptual framework table).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GridCell implements CatalogueElement {

    /** Individual level, providing information. */
    INDIVIDUAL_PROVIDING_INFORMATION(EngagementLevel.INDIVIDUAL, InfluenceDegree.PROVIDING_INFORMATION,
            "Information to patients about care and treatment options", List.of(),
            "Patients are told what care and treatment choices exist."),
    /** Individual level, feedback. */
    INDIVIDUAL_FEEDBACK(EngagementLevel.INDIVIDUAL, InfluenceDegree.FEEDBACK,
            "Feedback from patients", List.of("PALS", "complaints", "NHS Choices", "Patient Opinion"),
            "Individual patients report how their care went, through complaints and comment channels."),
    /** Individual level, influence. */
    INDIVIDUAL_INFLUENCE(EngagementLevel.INDIVIDUAL, InfluenceDegree.INFLUENCE,
            "Advocacy and increased self-determination", List.of(),
            "Patients, with support where needed, steer the decisions about their own care."),
    /** Individual level, control. */
    INDIVIDUAL_CONTROL(EngagementLevel.INDIVIDUAL, InfluenceDegree.CONTROL,
            "Self-care; self-management", List.of(),
            "Patients run their own care and manage their health day to day."),
    /** Collective level, providing information. */
    COLLECTIVE_PROVIDING_INFORMATION(EngagementLevel.COLLECTIVE, InfluenceDegree.PROVIDING_INFORMATION,
            "Information to citizens about services", List.of(),
            "The public is told what services exist and how they work."),
    /** Collective level, feedback. */
    COLLECTIVE_FEEDBACK(EngagementLevel.COLLECTIVE, InfluenceDegree.FEEDBACK,
            "Aggregated data (insight); qualitative and quantitative data capture",
            List.of("surveys", "focus groups"),
            "Views and experiences from many people are gathered and combined into insight for the service."),
    /** Collective level, influence. */
    COLLECTIVE_INFLUENCE(EngagementLevel.COLLECTIVE, InfluenceDegree.INFLUENCE,
            "Representation and involvement in decisions", List.of(),
            "Patients and the public sit where service decisions are made and help shape them."),
    /** Collective level, control: where the guide places patient leadership. */
    COLLECTIVE_CONTROL(EngagementLevel.COLLECTIVE, InfluenceDegree.CONTROL,
            "Patient Leadership", List.of(),
            "Patients lead change in services alongside clinical and managerial leaders, sharing power at a "
                    + "strategic level.");

    private final EngagementLevel level;
    private final InfluenceDegree degree;
    private final String displayName;
    private final List<String> examples;
    private final String description;

    GridCell(EngagementLevel level, InfluenceDegree degree, String displayName, List<String> examples,
            String description) {
        this.level = level;
        this.degree = degree;
        this.displayName = displayName;
        this.examples = examples;
        this.description = description;
    }

    /**
     * Obtains the cell at a level and degree.
     *
     * @param level  the level (row), not null
     * @param degree  the degree of influence and control (column), not null
     * @return the cell, not null
     * @throws NullPointerException if an argument is null
     */
    public static GridCell of(EngagementLevel level, InfluenceDegree degree) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(degree, "degree");
        for (GridCell cell : values()) {
            if (cell.level == level && cell.degree == degree) {
                return cell;
            }
        }
        throw new AssertionError("bug: grid has no cell for " + level + " and " + degree);
    }

    /**
     * Obtains a cell from its stable id, such as {@code grid.collective-control}.
     *
     * @param id  the id, not null
     * @return the cell, not null
     * @throws org.patientleadership.UnknownElementException if no cell has this id
     */
    public static GridCell of(String id) {
        return Lookup.byKey(values(), GridCell::id, id, "grid cell id");
    }

    /**
     * Gets the level (row) of this cell.
     *
     * @return the level, not null
     */
    public EngagementLevel level() {
        return level;
    }

    /**
     * Gets the degree of influence and control (column) of this cell.
     *
     * @return the degree, not null
     */
    public InfluenceDegree degree() {
        return degree;
    }

    /**
     * Gets the examples the guide gives in this cell, if any.
     *
     * @return the examples, unmodifiable, possibly empty, not null
     */
    public List<String> examples() {
        return examples;
    }

    @Override
    public String id() {
        return Ids.of("grid", this);
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
        return Source.guide("point 2, engagement grid");
    }
}
