package org.patientleadership.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.patientleadership.UnknownElementException;
import org.patientleadership.checklist.ChecklistData;
import org.patientleadership.internal.Lookup;

/**
 * Gives access to the 40-point checklist of the guide "Bring it on – 40 ways to support Patient Leadership":
 * the points in order, look-up by number or id, and the points of each {@link Section}.
 *
 * <p>Source: the guide, points 1 to 40. Summaries and actions are written in this project's own words; the
 * titles are the guide's.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Checklist {

    private static final List<ChecklistPoint> POINTS = ChecklistData.points();

    private Checklist() {
    }

    /**
     * Obtains all 40 points in the guide's order.
     *
     * @return the points, unmodifiable, not null
     */
    public static List<ChecklistPoint> points() {
        return POINTS;
    }

    /**
     * Obtains a point from its number.
     *
     * @param number  the point number, from 1 to 40
     * @return the point, not null
     * @throws UnknownElementException if the number is outside 1 to 40
     */
    public static ChecklistPoint point(int number) {
        if (number < 1 || number > POINTS.size()) {
            throw new UnknownElementException("checklist point number", Integer.toString(number),
                    List.of("1 to " + POINTS.size()));
        }
        return POINTS.get(number - 1);
    }

    /**
     * Obtains a point from its stable id, such as {@code point.12}.
     *
     * @param id  the id, not null
     * @return the point, not null
     * @throws UnknownElementException if no point has this id
     */
    public static ChecklistPoint point(String id) {
        return Lookup.byKey(POINTS, ChecklistPoint::id, id, "checklist point id");
    }

    /**
     * Finds a point from its stable id, if there is one.
     *
     * @param id  the id, not null
     * @return the point, or empty if no point has this id
     */
    public static Optional<ChecklistPoint> find(String id) {
        Objects.requireNonNull(id, "id");
        // Ids are "point." and the number, so read the number rather than search the list.
        int prefix = "point.".length();
        if (!id.startsWith("point.") || id.length() <= prefix || id.length() > prefix + 2) {
            return Optional.empty();
        }
        int number = 0;
        for (int i = prefix; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            number = number * 10 + (c - '0');
        }
        return number >= 1 && number <= POINTS.size() && POINTS.get(number - 1).id().equals(id)
                ? Optional.of(POINTS.get(number - 1)) : Optional.empty();
    }
}
