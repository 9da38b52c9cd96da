package org.patientleadership.ladder;

import java.util.Optional;

import org.patientleadership.Source;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the four degrees of influence and control, the columns of the guide's grid adapted from
 * Arnstein's ladder, from providing information (least) to control (most).
 *
 * <p>Source: the guide, point 2 (table "Degree of influence and control").
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum InfluenceDegree implements Rung<InfluenceDegree> {

    /** Column 1. */
    PROVIDING_INFORMATION(1, "Providing information",
            "The service tells people things; nothing flows back."),
    /** Column 2. */
    FEEDBACK(2, "Feedback",
            "People's experiences and views are collected and passed back to the service."),
    /** Column 3. */
    INFLUENCE(3, "Influence",
            "People have a real part in shaping decisions, though others still make them."),
    /** Column 4. */
    CONTROL(4, "Control",
            "People make the decisions themselves and lead the work.");

    private final int number;
    private final String displayName;
    private final String description;

    InfluenceDegree(int number, String displayName, String description) {
        this.number = number;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a degree from its number, 1 (providing information) to 4 (control).
     *
     * @param number  the number, from 1 to 4
     * @return the degree, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 4
     */
    public static InfluenceDegree of(int number) {
        return Lookup.byNumber(values(), InfluenceDegree::number, number, "influence degree number");
    }

    /**
     * Obtains a degree from its stable id, such as {@code influence.feedback}.
     *
     * @param id  the id, not null
     * @return the degree, not null
     * @throws org.patientleadership.UnknownElementException if no degree has this id
     */
    public static InfluenceDegree of(String id) {
        return Lookup.byKey(values(), InfluenceDegree::id, id, "influence degree id");
    }

    @Override
    public String id() {
        return Ids.of("influence", this);
    }

    @Override
    public int number() {
        return number;
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
        return Source.guide("point 2, engagement grid columns");
    }

    @Override
    public Optional<InfluenceDegree> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<InfluenceDegree> previous() {
        return Lookup.previous(values(), this);
    }
}
