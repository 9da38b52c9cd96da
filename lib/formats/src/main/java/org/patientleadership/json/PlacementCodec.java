package org.patientleadership.json;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.formats.internal.JsonFields;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.Rung;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.patientleadership.placement.NextStep;
import org.patientleadership.placement.Placement;
import org.patientleadership.placement.Placements;
import org.patientleadership.placement.PowerSharing;
import org.patientleadership.placement.Reason;
import org.patientleadership.placement.Restriction;

/** Writes and reads an {@link Activity} and its {@link Placements} as the fields of JSON objects. */
final class PlacementCodec {

    static final Set<String> ACTIVITY_FIELDS = Set.of("name", "level", "initiatedBy", "sharing", "restrictions");
    static final Set<String> PLACEMENTS_FIELDS = Set.of("activity", "placements");
    private static final Set<String> PLACEMENT_FIELDS = Set.of("ladder", "rung", "reasons", "nextStep");
    private static final Set<String> REASON_FIELDS = Set.of("row", "features", "restrictions", "text");
    private static final Set<String> STEP_FIELDS = Set.of("rung", "row", "featuresToAdd", "restrictionsToDrop",
            "initiatorNeeded");
    private static final List<PowerSharing> FEATURES = List.of(PowerSharing.values());
    private static final List<Restriction> RESTRICTIONS = List.of(Restriction.values());

    private PlacementCodec() {
    }

    static void write(Activity a, ObjectNode out) {
        out.put("name", a.name());
        out.put("level", a.level().id());
        out.put("initiatedBy", a.initiatedBy().id());
        out.set("sharing", Fields.array(a.sharing().stream().map(PowerSharing::id).toList()));
        out.set("restrictions", Fields.array(a.restrictions().stream().map(Restriction::id).toList()));
    }

    static Optional<Activity> readActivity(JsonNode in, String pointer, Fields f) {
        Optional<String> name = f.json.text(in, pointer, "name", true);
        Optional<EngagementLevel> level = f.id(in, pointer, "level", List.of(EngagementLevel.values()),
                EngagementLevel::id, true);
        Optional<Initiator> initiator = f.id(in, pointer, "initiatedBy", List.of(Initiator.values()), Initiator::id,
                true);
        Optional<List<PowerSharing>> sharing = f.ids(in, pointer, "sharing", FEATURES, PowerSharing::id, false);
        Optional<List<Restriction>> restrictions = f.ids(in, pointer, "restrictions", RESTRICTIONS,
                Restriction::id, false);
        if (name.isEmpty() || level.isEmpty() || initiator.isEmpty() || sharing.isEmpty()
                || restrictions.isEmpty()) {
            return Optional.empty();
        }
        return f.build(where(pointer), () -> new Activity(name.get(), level.get(), initiator.get(),
                new HashSet<>(sharing.get()), new HashSet<>(restrictions.get())));
    }

    static void write(Placements p, ObjectNode out) {
        write(p.activity(), out.putObject("activity"));
        ArrayNode list = out.putArray("placements");
        for (Placement<?> placement : p.all()) {
            ObjectNode node = list.addObject();
            node.put("ladder", placement.ladder().id());
            node.put("rung", placement.rung().id());
            ArrayNode reasons = node.putArray("reasons");
            for (Reason r : placement.reasons()) {
                reasons.addObject().put("row", r.row())
                        .<ObjectNode>set("features", Fields.array(r.features().stream().map(PowerSharing::id)
                                .toList()))
                        .<ObjectNode>set("restrictions", Fields.array(r.restrictions().stream()
                                .map(Restriction::id).toList()))
                        .put("text", r.text());
            }
            placement.nextStep().ifPresent(step -> {
                ObjectNode s = node.putObject("nextStep");
                s.put("rung", step.rung().id());
                s.put("row", step.row());
                s.set("featuresToAdd", Fields.array(step.featuresToAdd().stream().map(PowerSharing::id).toList()));
                s.set("restrictionsToDrop", Fields.array(step.restrictionsToDrop().stream().map(Restriction::id)
                        .toList()));
                step.initiatorNeeded().ifPresent(i -> s.put("initiatorNeeded", i.id()));
            });
        }
    }

    static Optional<Placements> readPlacements(JsonNode in, String pointer, Fields f) {
        Optional<JsonNode> activityNode = f.json.object(in, pointer, "activity", "an activity", true);
        Optional<Activity> activity = activityNode.flatMap(node -> {
            f.json.onlyKnown(node, JsonFields.at(pointer, "activity"), ACTIVITY_FIELDS);
            return readActivity(node, JsonFields.at(pointer, "activity"), f);
        });
        Optional<List<Placement<?>>> placements = f.objects(in, pointer, "placements", "placements", true,
                (node, at) -> placement(node, at, f));
        if (activity.isEmpty() || placements.isEmpty()) {
            return Optional.empty();
        }
        List<Placement<?>> list = placements.get();
        List<String> ladders = Ladder.all().stream().map(Ladder::id).toList();
        if (!list.stream().map(p -> p.ladder().id()).toList().equals(ladders)) {
            f.json.problem(JsonFields.at(pointer, "placements"), list.stream().map(p -> p.ladder().id()).toList()
                    .toString(), ladders, "expected one placement per ladder, in this order");
            return Optional.empty();
        }
        return f.build(where(pointer), () -> new Placements(activity.get(), cast(list.get(0), Ladder.ARNSTEIN),
                cast(list.get(1), Ladder.INFLUENCE), cast(list.get(2), Ladder.PARTICIPATION),
                cast(list.get(3), Ladder.COPRODUCTION)));
    }

    @SuppressWarnings("unchecked")
    private static <R extends Enum<R> & Rung<R>> Placement<R> cast(Placement<?> placement, Ladder<R> ladder) {
        if (placement.ladder() != ladder) {
            throw new IllegalArgumentException("expected a placement on " + ladder.id());
        }
        return (Placement<R>) placement;
    }

    private static Optional<Placement<?>> placement(JsonNode node, String at, Fields f) {
        f.json.onlyKnown(node, at, PLACEMENT_FIELDS);
        Optional<Ladder<?>> ladder = f.id(node, at, "ladder", Ladder.all(), Ladder::id, true);
        if (ladder.isEmpty()) {
            return Optional.empty();
        }
        return typed(node, at, ladder.get(), f).map(p -> p);
    }

    private static <R extends Enum<R> & Rung<R>> Optional<Placement<R>> typed(JsonNode node, String at,
            Ladder<R> ladder, Fields f) {
        Optional<R> rung = f.id(node, at, "rung", ladder.rungs(), Rung::id, true);
        Optional<List<Reason>> reasons = f.objects(node, at, "reasons", "reasons", true, (r, rat) -> {
            f.json.onlyKnown(r, rat, REASON_FIELDS);
            OptionalInt row = f.json.integer(r, rat, "row", 1, Integer.MAX_VALUE, true);
            Optional<List<PowerSharing>> features = f.ids(r, rat, "features", FEATURES, PowerSharing::id, false);
            Optional<List<Restriction>> restrictions = f.ids(r, rat, "restrictions", RESTRICTIONS, Restriction::id,
                    false);
            Optional<String> text = f.json.text(r, rat, "text", true);
            if (row.isEmpty() || features.isEmpty() || restrictions.isEmpty() || text.isEmpty()) {
                return Optional.empty();
            }
            return f.build(rat, () -> new Reason(row.getAsInt(), new HashSet<>(features.get()),
                    new HashSet<>(restrictions.get()), text.get()));
        });
        Optional<Optional<NextStep<R>>> step = Optional.of(Optional.empty());
        if (node.has("nextStep")) {
            step = f.json.object(node, at, "nextStep", "a next step", true)
                    .flatMap(s -> nextStep(s, JsonFields.at(at, "nextStep"), ladder, f)).map(Optional::of);
        }
        if (rung.isEmpty() || reasons.isEmpty() || step.isEmpty()) {
            return Optional.empty();
        }
        Optional<NextStep<R>> next = step.get();
        return f.build(at, () -> new Placement<>(ladder, rung.get(), reasons.get(), next));
    }

    private static <R extends Enum<R> & Rung<R>> Optional<NextStep<R>> nextStep(JsonNode s, String at,
            Ladder<R> ladder, Fields f) {
        f.json.onlyKnown(s, at, STEP_FIELDS);
        Optional<R> rung = f.id(s, at, "rung", ladder.rungs(), Rung::id, true);
        OptionalInt row = f.json.integer(s, at, "row", 1, Integer.MAX_VALUE, true);
        Optional<List<PowerSharing>> add = f.ids(s, at, "featuresToAdd", FEATURES, PowerSharing::id, false);
        Optional<List<Restriction>> drop = f.ids(s, at, "restrictionsToDrop", RESTRICTIONS, Restriction::id, false);
        Optional<Initiator> initiator = s.has("initiatorNeeded")
                ? f.id(s, at, "initiatorNeeded", Arrays.asList(Initiator.values()), Initiator::id, true)
                : Optional.empty();
        if (rung.isEmpty() || row.isEmpty() || add.isEmpty() || drop.isEmpty()
                || (s.has("initiatorNeeded") && initiator.isEmpty())) {
            return Optional.empty();
        }
        return f.build(at, () -> new NextStep<>(rung.get(), row.getAsInt(), new HashSet<>(add.get()),
                new HashSet<>(drop.get()), initiator));
    }

    static String where(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }
}
