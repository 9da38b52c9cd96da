package org.patientleadership.assessment;

import java.util.List;

import org.patientleadership.UnknownElementException;

/**
 * Models the three horizons of a {@link Plan}: what to do now, next, and later. A point is never in an earlier
 * horizon than a point it rests on that is also planned; within {@link #LATER}, such a point comes after it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Horizon {

    /** The first steps: the highest priorities with nothing planned before them, a few per section. */
    NOW("now", "Now"),
    /** The steps to take once the first are under way, including those that rest on them. */
    NEXT("next", "Next"),
    /** Everything else that is unfinished, in an order that keeps prerequisites first. */
    LATER("later", "Later");

    private final String id;
    private final String displayName;

    Horizon(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /**
     * Obtains a horizon from its stable id: {@code now}, {@code next} or {@code later}.
     *
     * @param id  the id, not null
     * @return the horizon, not null
     * @throws UnknownElementException if no horizon has this id
     */
    public static Horizon of(String id) {
        for (Horizon h : values()) {
            if (h.id.equals(id)) {
                return h;
            }
        }
        throw new UnknownElementException("plan horizon id", String.valueOf(id), List.of("now", "next", "later"));
    }

    /**
     * Gets the stable id.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Gets the name shown to people, such as {@code Now}.
     *
     * @return the name, not null
     */
    public String displayName() {
        return displayName;
    }
}
