package org.patientleadership.roles;

import java.util.Arrays;
import java.util.List;

import org.patientleadership.CatalogueElement;
import org.patientleadership.Source;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the two broad categories of patient leader: those who influence the health and care system, and
 * those who enable health and wellbeing in communities. The guide notes that a person may belong to both.
 *
 * <p>Source: the guide, point 5. Which {@link RoleType role types} fall in which category is this project's
 * reading of point 5, recorded on {@link RoleType#category()}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RoleCategory implements CatalogueElement {

    /** Patient leaders who seek to shape how services are designed and delivered. */
    SYSTEM_INFLUENCER("System-influencers",
            "Leaders who try to shape the design and delivery of health and social care: from inside, with "
                    + "formal accountabilities; at the boundary, as informal representatives; or from outside, "
                    + "as campaigners."),
    /** Patient leaders who seek to promote health and wellbeing in the community. */
    COMMUNITY_ENABLER("Community-enablers",
            "Leaders who work to improve health and wellbeing where people live: organising and researching in "
                    + "communities, starting their own ventures, or supporting peers one to one.");

    private final String displayName;
    private final String description;

    RoleCategory(String displayName, String description) {
        this.displayName = displayName;
        this.description = description;
    }

    /**
     * Obtains a category from its stable id, such as {@code role-category.system-influencer}.
     *
     * @param id  the id, not null
     * @return the category, not null
     * @throws org.patientleadership.UnknownElementException if no category has this id
     */
    public static RoleCategory of(String id) {
        return Lookup.byKey(values(), RoleCategory::id, id, "role category id");
    }

    /**
     * Obtains the role types in this category, in the order of the guide's framework.
     *
     * @return the role types, unmodifiable, not null
     */
    public List<RoleType> roleTypes() {
        return Arrays.stream(RoleType.values()).filter(t -> t.category() == this).toList();
    }

    @Override
    public String id() {
        return Ids.of("role-category", this);
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
        return Source.guide("point 5");
    }
}
