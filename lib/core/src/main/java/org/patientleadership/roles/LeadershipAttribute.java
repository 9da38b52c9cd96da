package org.patientleadership.roles;

import org.patientleadership.CatalogueElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the eight attributes of an effective patient leader, numbered in the guide's order, with
 * descriptions that paraphrase the fuller list of point 8.
 *
 * <p>Source: the guide, point 8 (all eight) and point 34, which repeats the first seven as qualities to look
 * for when recruiting and leaves out the peer support network; {@link #isInPoint34()} tells which.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LeadershipAttribute implements CatalogueElement {

    /** Attribute 1. */
    LEADING_THEMSELVES(1, "Leading themselves effectively", true,
            "Knowing what drives them, what they are good at and where they need to grow, and being clear "
                    + "about their beliefs, values, purpose and vision."),
    /** Attribute 2. */
    LEADING_BY_EXAMPLE(2, "Leading by example", true,
            "Acting out, in their own conduct, the values behind the change they want to see."),
    /** Attribute 3. */
    BUILDING_RELATIONSHIPS(3, "Building effective relationships", true,
            "Forming working relationships that rest on trust, credibility and mutual respect."),
    /** Attribute 4. */
    CHALLENGING(4, "Challenging and managing conflict", true,
            "Raising challenges that land, and handling disagreement and conflict constructively."),
    /** Attribute 5. */
    COMMUNICATING(5, "Communicating effectively", true,
            "Talking and listening well, above all through dialogue that balances advocacy with inquiry, and "
                    + "through coaching."),
    /** Attribute 6. */
    SEEING_THE_BIG_PICTURE(6, "Seeing the big picture", true,
            "Thinking and acting strategically while keeping an eye on results and outcomes."),
    /** Attribute 7. */
    LIFELONG_LEARNING(7, "Becoming a lifelong learner", true,
            "Continuing to learn and develop throughout their leadership."),
    /** Attribute 8. */
    PEER_SUPPORT_NETWORK(8, "Building a network of peer support", false,
            "Creating and keeping up a network of peers who support one another.");

    private final int number;
    private final String displayName;
    private final boolean inPoint34;
    private final String description;

    LeadershipAttribute(int number, String displayName, boolean inPoint34, String description) {
        this.number = number;
        this.displayName = displayName;
        this.inPoint34 = inPoint34;
        this.description = description;
    }

    /**
     * Obtains an attribute from its number in the guide's list, 1 to 8.
     *
     * @param number  the number, from 1 to 8
     * @return the attribute, not null
     * @throws org.patientleadership.UnknownElementException if the number is outside 1 to 8
     */
    public static LeadershipAttribute of(int number) {
        return Lookup.byNumber(values(), LeadershipAttribute::number, number, "leadership attribute number");
    }

    /**
     * Obtains an attribute from its stable id, such as {@code attribute.leading-by-example}.
     *
     * @param id  the id, not null
     * @return the attribute, not null
     * @throws org.patientleadership.UnknownElementException if no attribute has this id
     */
    public static LeadershipAttribute of(String id) {
        return Lookup.byKey(values(), LeadershipAttribute::id, id, "leadership attribute id");
    }

    /**
     * Gets the number of this attribute in the guide's list (point 8).
     *
     * @return the number, from 1 to 8
     */
    public int number() {
        return number;
    }

    /**
     * Checks if point 34 also lists this attribute as one to look for when recruiting.
     *
     * @return true for attributes 1 to 7, false for the peer support network
     */
    public boolean isInPoint34() {
        return inPoint34;
    }

    @Override
    public String id() {
        return Ids.of("attribute", this);
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
        return Source.guide(inPoint34 ? "point 8; point 34" : "point 8");
    }
}
