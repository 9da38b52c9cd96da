package org.patientleadership.json;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.formats.internal.JsonFields;
import org.patientleadership.profile.AttributeRating;
import org.patientleadership.profile.Growth;
import org.patientleadership.profile.Profile;
import org.patientleadership.profile.ProfileAnswers;
import org.patientleadership.profile.RoleFit;
import org.patientleadership.roles.ConnectionLevel;
import org.patientleadership.roles.DevelopmentStage;
import org.patientleadership.roles.ExampleRole;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

/** Writes and reads {@link ProfileAnswers} and {@link Profile} as the fields of JSON objects. */
final class ProfileCodec {

    static final Set<String> ANSWERS_FIELDS = Set.of("label", "connections", "ratings", "rolesHeld",
            "exampleRolesHeld");
    static final Set<String> PROFILE_FIELDS = Set.of("answers", "stage", "stageReasons", "roleFits", "growth",
            "unrated");
    private static final Set<String> CONNECTION_FIELDS = Set.of("setting", "level");
    private static final Set<String> RATING_FIELDS = Set.of("attribute", "rating");
    private static final Set<String> FIT_FIELDS = Set.of("roleType", "score", "holds", "fits", "keyAttributes",
            "reasons");
    private static final Set<String> GROWTH_FIELDS = Set.of("rank", "attribute", "rating", "neededBy", "points",
            "reason");
    private static final List<RoleType> TYPES = List.of(RoleType.values());
    private static final List<LeadershipAttribute> ATTRIBUTES = List.of(LeadershipAttribute.values());

    private ProfileCodec() {
    }

    static void write(ProfileAnswers a, ObjectNode out) {
        out.put("label", a.label());
        ArrayNode connections = out.putArray("connections");
        a.connections().forEach((setting, level) -> connections.addObject().put("setting", setting.id())
                .put("level", level.number()));
        ArrayNode ratings = out.putArray("ratings");
        a.ratings().forEach((attribute, rating) -> ratings.addObject().put("attribute", attribute.id())
                .put("rating", rating.value()));
        out.set("rolesHeld", Fields.array(a.rolesHeld().stream().map(RoleType::id).toList()));
        out.set("exampleRolesHeld", Fields.array(a.exampleRolesHeld().stream().map(ExampleRole::id).toList()));
    }

    static Optional<ProfileAnswers> readAnswers(JsonNode in, String pointer, Fields f) {
        Optional<String> label = f.json.text(in, pointer, "label", true);
        Map<RoleType, ConnectionLevel> connections = new EnumMap<>(RoleType.class);
        Optional<List<Object>> c = f.objects(in, pointer, "connections", "connections", false, (node, at) -> {
            f.json.onlyKnown(node, at, CONNECTION_FIELDS);
            Optional<RoleType> setting = f.id(node, at, "setting", TYPES, RoleType::id, true);
            OptionalInt level = f.json.integer(node, at, "level", 0, 4, true);
            if (setting.isEmpty() || level.isEmpty()) {
                return Optional.empty();
            }
            if (connections.putIfAbsent(setting.get(), ConnectionLevel.of(level.getAsInt())) != null) {
                f.json.problem(JsonFields.at(at, "setting"), setting.get().id(), List.of("one level per setting"),
                        "the connection with '" + setting.get().id() + "' is given twice");
                return Optional.empty();
            }
            return Optional.<Object>of(setting.get());
        });
        Map<LeadershipAttribute, AttributeRating> ratings = new EnumMap<>(LeadershipAttribute.class);
        Optional<List<Object>> r = f.objects(in, pointer, "ratings", "ratings", false, (node, at) -> {
            f.json.onlyKnown(node, at, RATING_FIELDS);
            Optional<LeadershipAttribute> attribute = f.id(node, at, "attribute", ATTRIBUTES, LeadershipAttribute::id,
                    true);
            OptionalInt rating = f.json.integer(node, at, "rating", 0, 4, true);
            if (attribute.isEmpty() || rating.isEmpty()) {
                return Optional.empty();
            }
            if (ratings.putIfAbsent(attribute.get(), AttributeRating.of(rating.getAsInt())) != null) {
                f.json.problem(JsonFields.at(at, "attribute"), attribute.get().id(), List.of(
                        "one rating per attribute"), "'" + attribute.get().id() + "' is rated twice");
                return Optional.empty();
            }
            return Optional.<Object>of(attribute.get());
        });
        Optional<List<RoleType>> roles = f.ids(in, pointer, "rolesHeld", TYPES, RoleType::id, false);
        Optional<List<ExampleRole>> examples = f.ids(in, pointer, "exampleRolesHeld", RoleType.allExampleRoles(),
                ExampleRole::id, false);
        if (label.isEmpty() || c.isEmpty() || r.isEmpty() || roles.isEmpty() || examples.isEmpty()) {
            return Optional.empty();
        }
        return f.build(PlacementCodec.where(pointer), () -> new ProfileAnswers(label.get(), connections, ratings,
                new HashSet<>(roles.get()), new HashSet<>(examples.get())));
    }

    static void write(Profile p, ObjectNode out) {
        write(p.answers(), out.putObject("answers"));
        out.put("stage", p.stage().id());
        out.set("stageReasons", Fields.array(p.stageReasons()));
        ArrayNode fits = out.putArray("roleFits");
        for (RoleFit fit : p.roleFits()) {
            fits.addObject().put("roleType", fit.roleType().id()).put("score", fit.score())
                    .put("holds", fit.holds()).put("fits", fit.fits())
                    .<ObjectNode>set("keyAttributes", Fields.array(fit.keyAttributes().stream()
                            .map(LeadershipAttribute::id).toList()))
                    .set("reasons", Fields.array(fit.reasons()));
        }
        ArrayNode growth = out.putArray("growth");
        for (Growth g : p.growth()) {
            growth.addObject().put("rank", g.rank()).put("attribute", g.attribute().id())
                    .put("rating", g.rating().value())
                    .<ObjectNode>set("neededBy", Fields.array(g.neededBy().stream().map(RoleType::id).toList()))
                    .<ObjectNode>set("points", Fields.array(g.points().stream().map(ChecklistPoint::id).toList()))
                    .put("reason", g.reason());
        }
        out.set("unrated", Fields.array(p.unrated().stream().map(LeadershipAttribute::id).toList()));
    }

    static Optional<Profile> readProfile(JsonNode in, String pointer, Fields f) {
        Optional<ProfileAnswers> answers = f.json.object(in, pointer, "answers", "profile answers", true)
                .flatMap(node -> {
                    String at = JsonFields.at(pointer, "answers");
                    f.json.onlyKnown(node, at, ANSWERS_FIELDS);
                    return readAnswers(node, at, f);
                });
        Optional<DevelopmentStage> stage = f.id(in, pointer, "stage", List.of(DevelopmentStage.values()),
                DevelopmentStage::id, true);
        Optional<List<String>> stageReasons = f.texts(in, pointer, "stageReasons", true);
        Optional<List<RoleFit>> fits = f.objects(in, pointer, "roleFits", "role fits", true, (node, at) -> {
            f.json.onlyKnown(node, at, FIT_FIELDS);
            Optional<RoleType> type = f.id(node, at, "roleType", TYPES, RoleType::id, true);
            OptionalInt score = f.json.integer(node, at, "score", 0, 100, true);
            Optional<Boolean> holds = required(f, node, at, "holds");
            Optional<Boolean> fit = required(f, node, at, "fits");
            Optional<List<LeadershipAttribute>> keys = f.ids(node, at, "keyAttributes", ATTRIBUTES,
                    LeadershipAttribute::id, true);
            Optional<List<String>> reasons = f.texts(node, at, "reasons", true);
            if (type.isEmpty() || score.isEmpty() || holds.isEmpty() || fit.isEmpty() || keys.isEmpty()
                    || reasons.isEmpty()) {
                return Optional.empty();
            }
            return f.build(at, () -> new RoleFit(type.get(), score.getAsInt(), holds.get(), fit.get(),
                    new HashSet<>(keys.get()), reasons.get()));
        });
        Optional<List<Growth>> growth = f.objects(in, pointer, "growth", "attributes to grow", true, (node, at) -> {
            f.json.onlyKnown(node, at, GROWTH_FIELDS);
            OptionalInt rank = f.json.integer(node, at, "rank", 1, LeadershipAttribute.values().length, true);
            Optional<LeadershipAttribute> attribute = f.id(node, at, "attribute", ATTRIBUTES, LeadershipAttribute::id,
                    true);
            OptionalInt rating = f.json.integer(node, at, "rating", 0, 4, true);
            Optional<List<RoleType>> neededBy = f.ids(node, at, "neededBy", TYPES, RoleType::id, true);
            Optional<List<ChecklistPoint>> points = f.ids(node, at, "points", Checklist.points(), ChecklistPoint::id,
                    true);
            Optional<String> reason = f.json.text(node, at, "reason", true);
            if (rank.isEmpty() || attribute.isEmpty() || rating.isEmpty() || neededBy.isEmpty() || points.isEmpty()
                    || reason.isEmpty()) {
                return Optional.empty();
            }
            return f.build(at, () -> new Growth(rank.getAsInt(), attribute.get(),
                    AttributeRating.of(rating.getAsInt()), neededBy.get(), points.get(), reason.get()));
        });
        Optional<List<LeadershipAttribute>> unrated = f.ids(in, pointer, "unrated", ATTRIBUTES,
                LeadershipAttribute::id, true);
        if (answers.isEmpty() || stage.isEmpty() || stageReasons.isEmpty() || fits.isEmpty() || growth.isEmpty()
                || unrated.isEmpty()) {
            return Optional.empty();
        }
        return f.build(PlacementCodec.where(pointer), () -> new Profile(answers.get(), stage.get(),
                stageReasons.get(), fits.get(), growth.get(), new HashSet<>(unrated.get())));
    }

    private static Optional<Boolean> required(Fields f, JsonNode node, String at, String field) {
        if (!node.has(field)) {
            f.json.problem(JsonFields.at(at, field), "", List.of("true", "false"), "missing field '" + field + "'");
            return Optional.empty();
        }
        return f.json.bool(node, at, field);
    }
}
