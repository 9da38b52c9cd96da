package org.patientleadership.profile;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.patientleadership.internal.Checks;
import org.patientleadership.internal.EnumSets;
import org.patientleadership.roles.ConnectionLevel;
import org.patientleadership.roles.ExampleRole;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

/**
 * Holds one person's answers for a patient-leader profile: how connected they are with each setting, how they
 * rate themselves on the eight leadership attributes, and the roles they hold.
 *
 * <p>A setting is one of the six locations of patient leaders in the guide's framework (point 6), named by its
 * {@link RoleType}. <b>Reading chosen:</b> the guide's connection scale is written for an organisation rating its
 * links with each location; a profile uses the same 0–4 {@link ConnectionLevel} scale from the person's side, as
 * how connected they are with the people and bodies of that setting. A setting left out is unanswered, which is
 * not the same as {@link ConnectionLevel#NO_LINKS}; likewise an attribute left out is unrated.
 *
 * <p>Roles are held as role types, or as the guide's example roles, which imply their type: holding "FT
 * Governor" means holding a formal representative role. {@link #rolesHeld()} always includes the types of
 * {@link #exampleRolesHeld()}. The label names the profile, such as "Respondent 12"; never put health details
 * in it.
 *
 * <p>Maps and sets iterate in the guide's order, so equal answers print alike. This record is immutable and
 * thread-safe.
 *
 * @param label  a label for the person or response, not blank (stripped)
 * @param connections  the connection level per setting answered, unmodifiable, not null
 * @param ratings  the self-rating per attribute rated, unmodifiable, not null
 * @param rolesHeld  the role types held, including those of the example roles, unmodifiable, not null
 * @param exampleRolesHeld  the guide's example roles held, in the guide's order, unmodifiable, not null
 */
public record ProfileAnswers(String label, Map<RoleType, ConnectionLevel> connections,
        Map<LeadershipAttribute, AttributeRating> ratings, Set<RoleType> rolesHeld, Set<ExampleRole> exampleRolesHeld) {

    /**
     * Creates answers, checking and copying the fields; the types of the example roles are added to the roles
     * held.
     *
     * @param label  the label, not blank
     * @param connections  the connection level per setting, not null, no null keys or values
     * @param ratings  the self-rating per attribute, not null, no null keys or values
     * @param rolesHeld  the role types held, not null, no null items
     * @param exampleRolesHeld  the example roles held, not null, no null items
     * @throws NullPointerException if a field, key, value or item is null
     * @throws IllegalArgumentException if the label is blank
     * @throws org.patientleadership.UnknownElementException if an example role is not one of the guide's
     */
    public ProfileAnswers {
        label = Checks.notBlank(label, "label");
        connections = copy(RoleType.class, connections, "connections");
        ratings = copy(LeadershipAttribute.class, ratings, "ratings");
        exampleRolesHeld = sortedExamples(exampleRolesHeld);
        EnumSet<RoleType> types = EnumSet.noneOf(RoleType.class);
        types.addAll(EnumSets.copy(RoleType.class, rolesHeld, "rolesHeld"));
        exampleRolesHeld.forEach(e -> types.add(RoleType.of(e)));
        rolesHeld = Collections.unmodifiableSet(types);
    }

    private static <K extends Enum<K>, V> Map<K, V> copy(Class<K> type, Map<K, V> values, String name) {
        EnumMap<K, V> copy = new EnumMap<>(type);
        Checks.notNull(values, name).forEach((k, v) -> copy.put(Checks.notNull(k, name + " key"),
                Checks.notNull(v, name + " value for " + k)));
        return Collections.unmodifiableMap(copy);
    }

    private static Set<ExampleRole> sortedExamples(Collection<ExampleRole> examples) {
        List<ExampleRole> all = RoleType.allExampleRoles();
        Checks.notNull(examples, "exampleRolesHeld").forEach(e -> {
            Checks.notNull(e, "exampleRolesHeld item");
            RoleType.of(e);
        });
        return Collections.unmodifiableSet(new LinkedHashSet<>(examples.stream()
                .sorted(Comparator.comparingInt(all::indexOf)).toList()));
    }

    /**
     * Starts building answers for a person or response with the given label.
     *
     * @param label  the label, such as "Respondent 12", not blank
     * @return a new builder, not null
     * @throws NullPointerException if the label is null
     * @throws IllegalArgumentException if the label is blank
     */
    public static Builder builder(String label) {
        return new Builder(Checks.notBlank(label, "label"));
    }

    /**
     * Gets the connection with a setting.
     *
     * @param setting  the setting, named by its role type, not null
     * @return the level, or empty if the setting is unanswered
     * @throws NullPointerException if the setting is null
     */
    public Optional<ConnectionLevel> connection(RoleType setting) {
        return Optional.ofNullable(connections.get(Objects.requireNonNull(setting, "setting")));
    }

    /**
     * Gets the self-rating of an attribute.
     *
     * @param attribute  the attribute, not null
     * @return the rating, or empty if the attribute is unrated
     * @throws NullPointerException if the attribute is null
     */
    public Optional<AttributeRating> rating(LeadershipAttribute attribute) {
        return Optional.ofNullable(ratings.get(Objects.requireNonNull(attribute, "attribute")));
    }

    /**
     * Checks if the person holds a role of the given type, directly or through an example role.
     *
     * @param type  the role type, not null
     * @return true if a role of the type is held
     * @throws NullPointerException if the type is null
     */
    public boolean holds(RoleType type) {
        return rolesHeld.contains(Objects.requireNonNull(type, "type"));
    }

    /**
     * Returns a copy with another label.
     *
     * @param label  the new label, not blank
     * @return answers with the label, not null
     * @throws NullPointerException if the label is null
     * @throws IllegalArgumentException if the label is blank
     */
    public ProfileAnswers withLabel(String label) {
        return new ProfileAnswers(label, connections, ratings, rolesHeld, exampleRolesHeld);
    }

    /**
     * Returns a copy with the connection with one setting set or replaced.
     *
     * @param setting  the setting, not null
     * @param level  the level, not null
     * @return answers with the connection, not null
     * @throws NullPointerException if an argument is null
     */
    public ProfileAnswers withConnection(RoleType setting, ConnectionLevel level) {
        EnumMap<RoleType, ConnectionLevel> copy = new EnumMap<>(RoleType.class);
        copy.putAll(connections);
        copy.put(Objects.requireNonNull(setting, "setting"), Objects.requireNonNull(level, "level"));
        return new ProfileAnswers(label, copy, ratings, rolesHeld, exampleRolesHeld);
    }

    /**
     * Returns a copy with the self-rating of one attribute set or replaced.
     *
     * @param attribute  the attribute, not null
     * @param rating  the rating, not null
     * @return answers with the rating, not null
     * @throws NullPointerException if an argument is null
     */
    public ProfileAnswers withRating(LeadershipAttribute attribute, AttributeRating rating) {
        EnumMap<LeadershipAttribute, AttributeRating> copy = new EnumMap<>(LeadershipAttribute.class);
        copy.putAll(ratings);
        copy.put(Objects.requireNonNull(attribute, "attribute"), Objects.requireNonNull(rating, "rating"));
        return new ProfileAnswers(label, connections, copy, rolesHeld, exampleRolesHeld);
    }

    /**
     * Returns a copy that also holds a role of the given type.
     *
     * @param type  the role type, not null
     * @return answers with the role, not null
     * @throws NullPointerException if the type is null
     */
    public ProfileAnswers withRole(RoleType type) {
        EnumSet<RoleType> copy = EnumSet.of(Objects.requireNonNull(type, "type"));
        copy.addAll(rolesHeld);
        return new ProfileAnswers(label, connections, ratings, copy, exampleRolesHeld);
    }

    /**
     * Returns a copy that also holds one of the guide's example roles (and so its type).
     *
     * @param exampleRole  the example role, not null
     * @return answers with the role, not null
     * @throws NullPointerException if the example role is null
     * @throws org.patientleadership.UnknownElementException if it is not one of the guide's example roles
     */
    public ProfileAnswers withRole(ExampleRole exampleRole) {
        Set<ExampleRole> copy = new LinkedHashSet<>(exampleRolesHeld);
        copy.add(Objects.requireNonNull(exampleRole, "exampleRole"));
        return new ProfileAnswers(label, connections, ratings, rolesHeld, copy);
    }

    /**
     * Returns a copy that holds no role of the given type, dropping its example roles too.
     *
     * @param type  the role type, not null
     * @return answers without the role, not null
     * @throws NullPointerException if the type is null
     */
    public ProfileAnswers withoutRole(RoleType type) {
        Objects.requireNonNull(type, "type");
        EnumSet<RoleType> types = EnumSet.noneOf(RoleType.class);
        types.addAll(rolesHeld);
        types.remove(type);
        List<ExampleRole> examples = exampleRolesHeld.stream().filter(e -> RoleType.of(e) != type).toList();
        return new ProfileAnswers(label, connections, ratings, types, examples.isEmpty() ? Set.of()
                : new LinkedHashSet<>(examples));
    }

    /**
     * Builds {@link ProfileAnswers} one answer at a time, refusing a second answer for the same setting or
     * attribute and values outside the scales, with messages naming the setting or attribute and the allowed
     * values.
     *
     * <p>This class is mutable and not thread-safe; the answers it builds are immutable.
     */
    public static final class Builder {

        private final String label;
        private final EnumMap<RoleType, ConnectionLevel> connections = new EnumMap<>(RoleType.class);
        private final EnumMap<LeadershipAttribute, AttributeRating> ratings =
                new EnumMap<>(LeadershipAttribute.class);
        private final EnumSet<RoleType> roles = EnumSet.noneOf(RoleType.class);
        private final Set<ExampleRole> examples = new LinkedHashSet<>();

        private Builder(String label) {
            this.label = label;
        }

        /**
         * Sets how connected the person is with a setting.
         *
         * @param setting  the setting, named by its role type, not null
         * @param level  the level, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the setting already has a level
         */
        public Builder connection(RoleType setting, ConnectionLevel level) {
            Objects.requireNonNull(setting, "setting");
            Objects.requireNonNull(level, "level");
            ConnectionLevel before = connections.putIfAbsent(setting, level);
            if (before != null) {
                throw new IllegalArgumentException("Connection with '" + setting.displayName() + "' given twice ("
                        + before.number() + ", then " + level.number() + "); give one level per setting");
            }
            return this;
        }

        /**
         * Sets how connected the person is with a setting, from a value on the 0–4 scale.
         *
         * @param setting  the setting, not null
         * @param level  the value, from 0 to 4
         * @return this builder
         * @throws NullPointerException if the setting is null
         * @throws org.patientleadership.UnknownElementException if the value is outside 0 to 4
         * @throws IllegalArgumentException if the setting already has a level
         */
        public Builder connection(RoleType setting, int level) {
            return connection(setting, ConnectionLevel.of(level));
        }

        /**
         * Sets the person's self-rating of an attribute.
         *
         * @param attribute  the attribute, not null
         * @param rating  the rating, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the attribute is already rated
         */
        public Builder rate(LeadershipAttribute attribute, AttributeRating rating) {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(rating, "rating");
            AttributeRating before = ratings.putIfAbsent(attribute, rating);
            if (before != null) {
                throw new IllegalArgumentException("Attribute " + attribute.number() + " '"
                        + attribute.displayName() + "' rated twice (" + before.value() + ", then "
                        + rating.value() + "); give one rating per attribute");
            }
            return this;
        }

        /**
         * Sets the person's self-rating of an attribute, from a value on the 0–4 scale.
         *
         * @param attribute  the attribute, not null
         * @param rating  the value, from 0 to 4
         * @return this builder
         * @throws NullPointerException if the attribute is null
         * @throws org.patientleadership.UnknownElementException if the value is outside 0 to 4
         * @throws IllegalArgumentException if the attribute is already rated
         */
        public Builder rate(LeadershipAttribute attribute, int rating) {
            Objects.requireNonNull(attribute, "attribute");
            return rate(attribute, AttributeRating.of(rating));
        }

        /**
         * Records that the person holds a role of a type; holding it twice is the same as once.
         *
         * @param type  the role type, not null
         * @return this builder
         * @throws NullPointerException if the type is null
         */
        public Builder holds(RoleType type) {
            roles.add(Objects.requireNonNull(type, "type"));
            return this;
        }

        /**
         * Records that the person holds one of the guide's example roles, and so its type.
         *
         * @param exampleRole  the example role, not null
         * @return this builder
         * @throws NullPointerException if the example role is null
         * @throws org.patientleadership.UnknownElementException if it is not one of the guide's example roles
         */
        public Builder holds(ExampleRole exampleRole) {
            RoleType.of(Objects.requireNonNull(exampleRole, "exampleRole"));
            examples.add(exampleRole);
            return this;
        }

        /**
         * Builds the answers.
         *
         * @return the answers, not null
         */
        public ProfileAnswers build() {
            return new ProfileAnswers(label, connections, ratings, roles, examples);
        }
    }
}
