package org.patientleadership.analysis;

import java.util.List;

import org.patientleadership.internal.Lookup;

/**
 * Names the point of view from which a rater of a {@link RatingRound} rates the organisation: its staff, a
 * patient leader, a governor (board member or governor) or a partner organisation. The guide's flagship
 * assessments bring such voices together (a director of nursing, an engagement lead and a patient leader); the
 * four perspectives are this project's grouping of them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Perspective {

    /** Someone who works for the organisation. */
    STAFF("staff", "staff", "Staff"),
    /** A patient leader working with the organisation. */
    PATIENT_LEADER("patient-leader", "patient leaders", "Patient leaders"),
    /** A board member or governor of the organisation. */
    GOVERNOR("governor", "governors", "Governors"),
    /** Someone from a partner organisation, such as a charity or a council. */
    PARTNER("partner", "partners", "Partners");

    private final String id;
    private final String plural;
    private final String title;

    Perspective(String id, String plural, String title) {
        this.id = id;
        this.plural = plural;
        this.title = title;
    }

    /**
     * Obtains a perspective from its id, such as {@code patient-leader}.
     *
     * @param id  the id, not null
     * @return the perspective, not null
     * @throws org.patientleadership.UnknownElementException if no perspective has this id
     */
    public static Perspective of(String id) {
        return Lookup.byKey(values(), Perspective::id, id, "perspective id");
    }

    /**
     * Gets the stable id.
     *
     * @return the id, such as {@code patient-leader}
     */
    public String id() {
        return id;
    }

    /**
     * Gets the plural in running text, such as {@code patient leaders}.
     *
     * @return the plural, not null
     */
    public String plural() {
        return plural;
    }

    /**
     * Gets the plural at the start of a sentence, such as {@code Patient leaders}.
     *
     * @return the capitalised plural, not null
     */
    public String title() {
        return title;
    }

    /**
     * Lists the ids of all perspectives.
     *
     * @return the ids in order, unmodifiable
     */
    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(Perspective::id).toList();
    }
}
