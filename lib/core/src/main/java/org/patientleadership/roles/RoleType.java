package org.patientleadership.roles;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.patientleadership.CatalogueElement;
import org.patientleadership.Source;
import org.patientleadership.UnknownElementException;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Models the six types of patient leadership role in the guide's patient leadership framework, in the order
 * of its chart, each with the example roles the chart lists and the broad {@link RoleCategory} it belongs
 * to. The guide stresses that the types overlap and that one person may hold several.
 *
 * <p>Source: the guide, point 6 (framework chart) for the types and examples; point 5 for the categories.
 * The chart lists no examples for activists and campaigners.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RoleType implements CatalogueElement {

    /** Patient entrepreneurs. */
    PATIENT_ENTREPRENEUR("Patient entrepreneurs", RoleCategory.COMMUNITY_ENABLER,
            "People who start their own health projects, services or businesses to meet needs that services "
                    + "leave unmet.",
            example("Project leader", "Runs a health project or initiative of their own making."),
            example("Business developer", "Builds a business or social enterprise around a health need.")),
    /** Community enablers. */
    COMMUNITY_ENABLER("Community Enablers", RoleCategory.COMMUNITY_ENABLER,
            "People who promote health and wellbeing within their own communities, as organisers, champions "
                    + "or researchers.",
            example("Health Champion", "A volunteer who encourages neighbours and peers to live more healthily."),
            example("Community researcher", "Gathers the views and evidence of their own community.")),
    /** Activists and campaigners. */
    ACTIVIST_CAMPAIGNER("Activists and campaigners", RoleCategory.SYSTEM_INFLUENCER,
            "People who press for change in health and care from outside its institutions."),
    /** Informal representatives. */
    INFORMAL_REPRESENTATIVE("Informal representatives", RoleCategory.SYSTEM_INFLUENCER,
            "People who bring a patient view into projects and groups without a statutory post: outsiders "
                    + "working inside.",
            example("CCG locality reference group member", "Sits on a local group that advises commissioners."),
            example("Patient Participation Group member", "Helps a general practice hear and act on what its "
                    + "patients say."),
            example("Programme representative", "Brings the patient view to one improvement programme."),
            example("Patient advisor", "Advises a service or project from lived experience of care."),
            example("Public advisor", "Advises a service or project on behalf of the wider public.")),
    /** Formal representatives. */
    FORMAL_REPRESENTATIVE("Formal representatives", RoleCategory.SYSTEM_INFLUENCER,
            "People who hold formal or statutory posts in the organisations they work with, and answer for "
                    + "them.",
            example("FT Governor", "An elected governor of an NHS foundation trust who holds its board to "
                    + "account."),
            example("CCG Lay member", "A lay member of the governing body of a clinical commissioning group."),
            example("Lay member of Health and Wellbeing Board", "Brings a lay view to the local board that "
                    + "joins up health and care.")),
    /** Peer to peer supporters. */
    PEER_SUPPORTER("Peer to peer supporters", RoleCategory.COMMUNITY_ENABLER,
            "People who support other patients one to one or in groups; their work is mostly with individuals "
                    + "rather than at strategic level.",
            example("Lay advocate", "Speaks up for individual patients and helps them be heard."),
            example("Coach", "Helps other patients set and reach goals of their own."),
            example("Online mentor", "Supports peers through online channels."));

    private final String displayName;
    private final RoleCategory category;
    private final String description;
    private final List<ExampleRole> exampleRoles;

    RoleType(String displayName, RoleCategory category, String description, String[]... examples) {
        this.displayName = displayName;
        this.category = category;
        this.description = description;
        Source chart = Source.guide("point 6, framework chart, '" + displayName + "'");
        this.exampleRoles = Arrays.stream(examples)
                .map(e -> new ExampleRole("example-role." + Ids.slug(e[0]), e[0], e[1], chart))
                .toList();
    }

    private static String[] example(String name, String description) {
        return new String[] {name, description};
    }

    /**
     * Obtains a role type from its stable id, such as {@code role.formal-representative}.
     *
     * @param id  the id, not null
     * @return the role type, not null
     * @throws org.patientleadership.UnknownElementException if no role type has this id
     */
    public static RoleType of(String id) {
        return Lookup.byKey(values(), RoleType::id, id, "role type id");
    }

    /**
     * Obtains the role type under which the guide lists an example role, such as formal representatives for
     * "FT Governor".
     *
     * @param exampleRole  the example role, not null
     * @return the role type, not null
     * @throws NullPointerException if the example role is null
     * @throws org.patientleadership.UnknownElementException if the example role is not one of the guide's
     */
    public static RoleType of(ExampleRole exampleRole) {
        Objects.requireNonNull(exampleRole, "exampleRole");
        for (RoleType type : values()) {
            if (type.exampleRoles.contains(exampleRole)) {
                return type;
            }
        }
        throw new UnknownElementException("example role", exampleRole.id(),
                allExampleRoles().stream().map(ExampleRole::id).toList());
    }

    /**
     * Gets the broad category of this role type.
     *
     * <p>This is the project's reading of point 5: formal representatives ("insiders"), informal
     * representatives ("outsiders-inside") and campaigners or activists are system-influencers; community
     * enablers, patient entrepreneurs and peer supporters are community-enablers.
     *
     * @return the category, not null
     */
    public RoleCategory category() {
        return category;
    }

    /**
     * Obtains the example roles the guide lists for this type, in its order.
     *
     * @return the example roles, unmodifiable, possibly empty, not null
     */
    public List<ExampleRole> exampleRoles() {
        return exampleRoles;
    }

    /**
     * Obtains all example roles of all types, in the order of the guide's chart.
     *
     * @return the example roles, unmodifiable, not null
     */
    public static List<ExampleRole> allExampleRoles() {
        return Arrays.stream(values()).flatMap(t -> t.exampleRoles().stream()).toList();
    }

    @Override
    public String id() {
        return Ids.of("role", this);
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
        return Source.guide("point 6, framework chart");
    }
}
