package org.patientleadership.profile;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.patientleadership.internal.Checks;
import org.patientleadership.internal.EnumSets;
import org.patientleadership.roles.ConnectionLevel;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

/**
 * Holds the replaceable rules by which {@link Profiler} reads {@link ProfileAnswers}: the key attributes of
 * each role type, which roles and connections mark a development stage, how a role's fit is weighed, and
 * below which rating an attribute is one to grow. {@code docs/profile.md} documents the standard rules.
 *
 * <p><b>Reading chosen:</b> the guide names the stages (point 7), the role types (point 6) and the attributes
 * (point 8), but links neither stages nor role types to attributes, and point 34 stresses that the attributes
 * matter whatever the role. The key attributes of {@link #standard()} are therefore this project's reading of
 * what each role type leans on most, drawn from how the guide describes the types (points 5, 6 and 13); a
 * team with another view can replace them with {@link #withKeyAttributes(RoleType, LeadershipAttribute...)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param keyAttributes  the key attributes of each role type, one or more for every type, unmodifiable
 * @param embeddedRoleTypes  role types whose holders are embedded leaders, unmodifiable, possibly empty
 * @param embeddedConnection  the connection with the setting of a role held that marks an embedded leader
 * @param emergingConnection  the connection with any setting that marks an emerging leader, at most
 *     {@code embeddedConnection}
 * @param connectionWeight  the weight of the connection in a role's fit, from 0 to 1; the key attributes
 *     weigh the rest
 * @param fitThreshold  the fit score, from 0 to 100, at or above which a role type fits
 * @param growBelow  attributes rated below this are ones to grow
 */
public record ProfileRules(Map<RoleType, Set<LeadershipAttribute>> keyAttributes, Set<RoleType> embeddedRoleTypes,
        ConnectionLevel embeddedConnection, ConnectionLevel emergingConnection, double connectionWeight,
        int fitThreshold, AttributeRating growBelow) {

    private static final ProfileRules STANDARD = new ProfileRules(standardKeyAttributes(),
            EnumSet.of(RoleType.FORMAL_REPRESENTATIVE), ConnectionLevel.CONTINUING_DIALOGUE, ConnectionLevel.AD_HOC,
            0.4, 50, AttributeRating.CONFIDENT);

    /**
     * Creates rules, checking and copying the fields.
     *
     * @param keyAttributes  the key attributes per role type, one or more for each of the six types
     * @param embeddedRoleTypes  the role types that mark an embedded leader, not null
     * @param embeddedConnection  the connection that, with a role held in that setting, marks an embedded leader
     * @param emergingConnection  the connection with any setting that marks an emerging leader
     * @param connectionWeight  the weight of the connection in a fit, from 0 to 1
     * @param fitThreshold  the fit score at or above which a role type fits, from 0 to 100
     * @param growBelow  the rating below which an attribute is one to grow, not null
     * @throws NullPointerException if a field, key, value or item is null
     * @throws IllegalArgumentException if a role type has no key attributes, the emerging connection is above
     *         the embedded one, or a number is out of range; the message says what is allowed
     */
    public ProfileRules {
        EnumMap<RoleType, Set<LeadershipAttribute>> keys = new EnumMap<>(RoleType.class);
        Checks.notNull(keyAttributes, "keyAttributes").forEach((type, attributes) -> {
            Checks.notNull(type, "keyAttributes key");
            keys.put(type, EnumSets.copy(LeadershipAttribute.class, attributes, "keyAttributes of " + type));
        });
        for (RoleType type : RoleType.values()) {
            if (keys.getOrDefault(type, Set.of()).isEmpty()) {
                throw new IllegalArgumentException("No key attributes for role type '" + type.id()
                        + "'; every one of the six role types needs one or more of attributes 1 to 8");
            }
        }
        keyAttributes = Collections.unmodifiableMap(keys);
        embeddedRoleTypes = EnumSets.copy(RoleType.class, embeddedRoleTypes, "embeddedRoleTypes");
        Checks.notNull(embeddedConnection, "embeddedConnection");
        Checks.notNull(emergingConnection, "emergingConnection");
        if (emergingConnection.isAfter(embeddedConnection)) {
            throw new IllegalArgumentException("emergingConnection " + emergingConnection.number()
                    + " is above embeddedConnection " + embeddedConnection.number()
                    + "; it must be at most the embedded one");
        }
        if (!(connectionWeight >= 0 && connectionWeight <= 1)) {
            throw new IllegalArgumentException("Invalid connectionWeight: " + connectionWeight
                    + "; allowed: 0 to 1 (the key attributes weigh 1 minus it)");
        }
        Checks.inRange(fitThreshold, 0, 100, "fitThreshold");
        Checks.notNull(growBelow, "growBelow");
    }

    private static Map<RoleType, Set<LeadershipAttribute>> standardKeyAttributes() {
        EnumMap<RoleType, Set<LeadershipAttribute>> map = new EnumMap<>(RoleType.class);
        map.put(RoleType.PATIENT_ENTREPRENEUR, EnumSet.of(LeadershipAttribute.LEADING_THEMSELVES,
                LeadershipAttribute.SEEING_THE_BIG_PICTURE, LeadershipAttribute.LIFELONG_LEARNING));
        map.put(RoleType.COMMUNITY_ENABLER, EnumSet.of(LeadershipAttribute.LEADING_BY_EXAMPLE,
                LeadershipAttribute.BUILDING_RELATIONSHIPS, LeadershipAttribute.PEER_SUPPORT_NETWORK));
        map.put(RoleType.ACTIVIST_CAMPAIGNER, EnumSet.of(LeadershipAttribute.CHALLENGING,
                LeadershipAttribute.COMMUNICATING, LeadershipAttribute.PEER_SUPPORT_NETWORK));
        map.put(RoleType.INFORMAL_REPRESENTATIVE, EnumSet.of(LeadershipAttribute.BUILDING_RELATIONSHIPS,
                LeadershipAttribute.CHALLENGING, LeadershipAttribute.COMMUNICATING));
        map.put(RoleType.FORMAL_REPRESENTATIVE, EnumSet.of(LeadershipAttribute.CHALLENGING,
                LeadershipAttribute.COMMUNICATING, LeadershipAttribute.SEEING_THE_BIG_PICTURE));
        map.put(RoleType.PEER_SUPPORTER, EnumSet.of(LeadershipAttribute.LEADING_THEMSELVES,
                LeadershipAttribute.BUILDING_RELATIONSHIPS, LeadershipAttribute.COMMUNICATING));
        return map;
    }

    /**
     * Obtains the standard rules, documented in {@code docs/profile.md}.
     *
     * <ul>
     *   <li>Key attributes: patient entrepreneurs 1, 6, 7 (leading themselves, the big picture, learning);
     *       community enablers 2, 3, 8 (example, relationships, peer network); activists and campaigners 4, 5,
     *       8 (challenge, communication, peer network); informal representatives 3, 4, 5 (the community channel
     *       and critical friend of point 13); formal representatives 4, 5, 6 (critical friend and strategic
     *       advice); peer to peer supporters 1, 3, 5 (self-knowledge, trust, coaching).</li>
     *   <li>Embedded: holding a formal representative role (point 7 names such roles as embedded), or holding
     *       any role with a continuing dialogue (4) in its setting. Emerging: holding any role, or ad hoc
     *       contact (2) or more with any setting.</li>
     *   <li>Fit: connection weighs 0.4 and key attributes 0.6, since point 34 puts attributes before roles; a
     *       role type fits at a score of 50 or more, or when a role of that type is held.</li>
     *   <li>Attributes rated below Confident (3) are ones to grow.</li>
     * </ul>
     *
     * @return the standard rules, not null
     */
    public static ProfileRules standard() {
        return STANDARD;
    }

    /**
     * Gets the key attributes of a role type.
     *
     * @param type  the role type, not null
     * @return its key attributes, one or more, unmodifiable, not null
     * @throws NullPointerException if the type is null
     */
    public Set<LeadershipAttribute> keyAttributes(RoleType type) {
        return keyAttributes.get(Objects.requireNonNull(type, "type"));
    }

    /**
     * Returns a copy with other key attributes for one role type.
     *
     * @param type  the role type, not null
     * @param attributes  its key attributes, one or more, no nulls
     * @return rules with the key attributes, not null
     * @throws NullPointerException if an argument or attribute is null
     * @throws IllegalArgumentException if no attributes are given
     */
    public ProfileRules withKeyAttributes(RoleType type, LeadershipAttribute... attributes) {
        Objects.requireNonNull(type, "type");
        EnumMap<RoleType, Set<LeadershipAttribute>> copy = new EnumMap<>(keyAttributes);
        copy.put(type, new HashSet<>(Arrays.asList(Objects.requireNonNull(attributes, "attributes"))));
        return new ProfileRules(copy, embeddedRoleTypes, embeddedConnection, emergingConnection, connectionWeight,
                fitThreshold, growBelow);
    }

    /**
     * Returns a copy with another fit threshold.
     *
     * @param fitThreshold  the fit score at or above which a role type fits, from 0 to 100
     * @return rules with the threshold, not null
     * @throws IllegalArgumentException if the threshold is outside 0 to 100
     */
    public ProfileRules withFitThreshold(int fitThreshold) {
        return new ProfileRules(keyAttributes, embeddedRoleTypes, embeddedConnection, emergingConnection,
                connectionWeight, fitThreshold, growBelow);
    }

    /**
     * Returns a copy with another weight for the connection in a fit.
     *
     * @param connectionWeight  the weight, from 0 to 1
     * @return rules with the weight, not null
     * @throws IllegalArgumentException if the weight is outside 0 to 1 or not a number
     */
    public ProfileRules withConnectionWeight(double connectionWeight) {
        return new ProfileRules(keyAttributes, embeddedRoleTypes, embeddedConnection, emergingConnection,
                connectionWeight, fitThreshold, growBelow);
    }

    /**
     * Returns a copy with another rating below which attributes are ones to grow.
     *
     * @param growBelow  the rating, not null
     * @return rules with the rating, not null
     * @throws NullPointerException if the rating is null
     */
    public ProfileRules withGrowBelow(AttributeRating growBelow) {
        return new ProfileRules(keyAttributes, embeddedRoleTypes, embeddedConnection, emergingConnection,
                connectionWeight, fitThreshold, growBelow);
    }

    /**
     * Returns a copy with other markers of the development stages.
     *
     * @param embeddedRoleTypes  role types whose holders are embedded, not null
     * @param embeddedConnection  the connection with a held role's setting that marks an embedded leader
     * @param emergingConnection  the connection with any setting that marks an emerging leader
     * @return rules with the markers, not null
     * @throws NullPointerException if an argument or item is null
     * @throws IllegalArgumentException if the emerging connection is above the embedded one
     */
    public ProfileRules withStageMarkers(Set<RoleType> embeddedRoleTypes, ConnectionLevel embeddedConnection,
            ConnectionLevel emergingConnection) {
        return new ProfileRules(keyAttributes, embeddedRoleTypes, embeddedConnection, emergingConnection,
                connectionWeight, fitThreshold, growBelow);
    }
}
