package org.patientleadership.assessment;

import java.util.List;

import org.patientleadership.Source;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.internal.Checks;

/**
 * Models one prerequisite between two points of the guide in a {@link RecommendationPolicy}: work on
 * {@code point} rests on {@code requires} being done first, so a plan never puts {@code point} before an
 * unfinished {@code requires}. Each cites the point(s) of the guide whose text it is drawn from, and says in a
 * sentence of our own how we read them; {@code docs/readings.md} records each reading.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param point  the point that rests on the other, 1 to 40
 * @param requires  the point it rests on, 1 to 40, not the same point
 * @param source  where in the guide the prerequisite is drawn from, not null
 * @param reading  how the guide's text is read, in our own words, not blank
 */
public record Prerequisite(int point, int requires, Source source, String reading) {

    /**
     * Creates a prerequisite, checking its fields.
     *
     * @param point  the point that rests on the other, 1 to 40
     * @param requires  the point it rests on, 1 to 40
     * @param source  the source, not null
     * @param reading  the reading, not blank
     * @throws NullPointerException if the source or reading is null
     * @throws PlanningException if a point is unknown or the point rests on itself
     * @throws IllegalArgumentException if the reading is blank
     */
    public Prerequisite {
        checkPoint(point, point, requires);
        checkPoint(requires, point, requires);
        if (point == requires) {
            throw new PlanningException("Prerequisite " + point + " on " + requires + " is a cycle: a point cannot "
                    + "rest on itself", name(point, requires), List.of("two different points"));
        }
        Checks.notNull(source, "source");
        reading = Checks.notBlank(reading, "reading");
    }

    /**
     * Obtains a prerequisite drawn from points of the guide.
     *
     * @param point  the point that rests on the other, 1 to 40
     * @param requires  the point it rests on, 1 to 40
     * @param guidePoints  the guide's points the reading rests on, such as {@code "points 25 and 33"}, not blank
     * @param reading  the reading, not blank
     * @return the prerequisite, not null
     * @throws PlanningException if a point is unknown or the point rests on itself
     */
    public static Prerequisite of(int point, int requires, String guidePoints, String reading) {
        return new Prerequisite(point, requires, Source.guide(guidePoints), reading);
    }

    private static void checkPoint(int number, int point, int requires) {
        if (number < 1 || number > ChecklistPoint.COUNT) {
            throw new PlanningException("Prerequisite " + point + " on " + requires + " names an unknown point "
                    + number + "; allowed: 1 to " + ChecklistPoint.COUNT, name(point, requires),
                    List.of("1 to " + ChecklistPoint.COUNT));
        }
    }

    private static String name(int point, int requires) {
        return "prerequisite " + point + " on " + requires;
    }

    /**
     * Returns {@code point N rests on point M}.
     *
     * @return a short text form, not null
     */
    @Override
    public String toString() {
        return "point " + point + " rests on point " + requires;
    }
}
