package org.patientleadership.roles;

import java.util.Optional;

import org.patientleadership.OrderedElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the self-assessment scale of how well connected an organisation is to each type of patient leader,
 * from 0 (no links) to 4 (a continuing dialogue about improvement).
 *
 * <p>Source: the guide, point 6 ("How well connected are you to Patient Leaders?").
 *
 * <p><b>Reading chosen:</b> the guide's text defines the scale from 0 to 4, while the columns of its chart
 * run from 0 to 5. This library uses 0 to 4, because only those values have a meaning in the guide; a 5
 * would be a rating nobody could interpret. {@link #of(int)} rejects 5 with a message that says so.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ConnectionLevel implements OrderedElement<ConnectionLevel> {

    /** 0. */
    NO_LINKS(0, "No links", "The organisation has no links with leaders of this type."),
    /** 1. */
    AWARE(1, "Aware, informal contact",
            "The organisation knows these leaders exist, but contact only happens when they reach out."),
    /** 2. */
    AD_HOC(2, "Ad hoc contact",
            "The organisation reaches out to these leaders now and then, without a pattern."),
    /** 3. */
    SYSTEMATIC(3, "Regular, systematic contact",
            "The organisation reaches out to these leaders regularly and in a planned way."),
    /** 4. */
    CONTINUING_DIALOGUE(4, "Continuing dialogue",
            "The organisation and these leaders talk regularly and effectively, and keep talking, about how to "
                    + "improve care.");

    private final int value;
    private final String displayName;
    private final String description;

    ConnectionLevel(int value, String displayName, String description) {
        this.value = value;
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a level from its value on the scale, 0 to 4.
     *
     * @param value  the value, from 0 to 4
     * @return the level, not null
     * @throws org.patientleadership.UnknownElementException if the value is outside 0 to 4 (including 5,
     *     which appears in the guide's chart but has no meaning in its text)
     */
    public static ConnectionLevel of(int value) {
        return Lookup.byNumber(values(), ConnectionLevel::number, value,
                "connection level (the guide's chart shows a 5, but its text defines only 0 to 4)");
    }

    /**
     * Obtains a level from its stable id, such as {@code connection.ad-hoc}.
     *
     * @param id  the id, not null
     * @return the level, not null
     * @throws org.patientleadership.UnknownElementException if no level has this id
     */
    public static ConnectionLevel of(String id) {
        return Lookup.byKey(values(), ConnectionLevel::id, id, "connection level id");
    }

    /**
     * Gets the value on the scale, 0 to 4; the same as {@link #number()}.
     *
     * @return the value
     */
    public int getValue() {
        return value;
    }

    @Override
    public String id() {
        return Ids.of("connection", this);
    }

    @Override
    public int number() {
        return value;
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
        return Source.guide("point 6, self-assessment scale " + value);
    }

    @Override
    public Optional<ConnectionLevel> next() {
        return Lookup.next(values(), this);
    }

    @Override
    public Optional<ConnectionLevel> previous() {
        return Lookup.previous(values(), this);
    }
}
