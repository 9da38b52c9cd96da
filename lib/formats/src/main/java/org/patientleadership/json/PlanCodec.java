package org.patientleadership.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.assessment.FactorContribution;
import org.patientleadership.assessment.Horizon;
import org.patientleadership.assessment.Plan;
import org.patientleadership.assessment.PlanItem;
import org.patientleadership.assessment.Priority;
import org.patientleadership.assessment.PriorityFactor;
import org.patientleadership.assessment.PriorityScore;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.formats.internal.JsonFields;

/** Writes and reads a {@link Plan} (horizons, items, their factors and reasons) as the fields of a JSON object. */
final class PlanCodec {

    static final Set<String> FIELDS = Set.of("organisation", "date", "earlierDate", "focus", "skipped", "items");
    private static final Set<String> ITEM_FIELDS = Set.of("position", "horizon", "point", "rating", "ratingText",
            "aim", "aimText", "priority", "score", "factors", "reasons", "after");
    private static final Set<String> FACTOR_FIELDS = Set.of("factor", "value", "weight", "contribution", "detail");
    /** How far a written sum may be from the sum of the values read (the JSON numbers are exact doubles). */
    private static final double TOLERANCE = 1e-9;

    private PlanCodec() {
    }

    static void write(Plan plan, ObjectNode out) {
        out.put("organisation", plan.organisation());
        out.put("date", plan.date().toString());
        plan.earlierDate().ifPresent(d -> out.put("earlierDate", d.toString()));
        out.set("focus", Fields.array(plan.focus().stream().map(ChecklistPoint::idOf).toList()));
        out.set("skipped", Fields.array(plan.skipped().stream().map(ChecklistPoint::idOf).toList()));
        ArrayNode items = out.putArray("items");
        for (PlanItem item : plan.items()) {
            ObjectNode n = items.addObject().put("position", item.position()).put("horizon", item.horizon().id())
                    .put("point", item.point().id()).put("rating", item.rating())
                    .put("ratingText", item.ratingText()).put("aim", item.aim()).put("aimText", item.aimText())
                    .put("priority", item.priority().level().name()).put("score", item.priority().total());
            ArrayNode factors = n.putArray("factors");
            for (FactorContribution f : item.priority().factors()) {
                ObjectNode fn = factors.addObject().put("factor", f.factor().id()).put("value", f.value())
                        .put("weight", f.weight()).put("contribution", f.contribution());
                if (!f.detail().isEmpty()) {
                    fn.put("detail", f.detail());
                }
            }
            n.set("reasons", Fields.array(item.reasons()));
            n.set("after", Fields.array(item.after().stream().map(ChecklistPoint::idOf).toList()));
        }
    }

    static Optional<Plan> read(JsonNode in, String pointer, Fields f) {
        Optional<String> organisation = f.json.text(in, pointer, "organisation", true);
        Optional<LocalDate> date = AssessmentCodec.date(in, pointer, f);
        Optional<Optional<LocalDate>> earlier = earlierDate(in, pointer, f);
        Optional<List<Integer>> focus = points(in, pointer, "focus", f);
        Optional<List<Integer>> skipped = points(in, pointer, "skipped", f);
        Optional<List<PlanItem>> items = f.objects(in, pointer, "items", "plan items", true, (n, at) -> item(n, at, f));
        if (organisation.isEmpty() || date.isEmpty() || earlier.isEmpty() || focus.isEmpty() || skipped.isEmpty()
                || items.isEmpty()) {
            return Optional.empty();
        }
        return f.build(PlacementCodec.where(pointer), () -> new Plan(organisation.get(), date.get(), earlier.get(),
                items.get(), focus.get(), skipped.get()));
    }

    private static Optional<Optional<LocalDate>> earlierDate(JsonNode in, String pointer, Fields f) {
        if (!in.has("earlierDate")) {
            return Optional.of(Optional.empty());
        }
        Optional<String> text = f.json.text(in, pointer, "earlierDate", true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Optional.of(LocalDate.parse(text.get())));
        } catch (DateTimeParseException e) {
            f.json.problem(JsonFields.at(pointer, "earlierDate"), text.get(), List.of("a date such as 2025-03-31"),
                    "not a date in the form YYYY-MM-DD");
            return Optional.empty();
        }
    }

    private static Optional<List<Integer>> points(JsonNode in, String pointer, String field, Fields f) {
        return f.ids(in, pointer, field, org.patientleadership.checklist.Checklist.points(), ChecklistPoint::id, true)
                .map(list -> list.stream().map(ChecklistPoint::number).toList());
    }

    private static Optional<PlanItem> item(JsonNode n, String at, Fields f) {
        f.json.onlyKnown(n, at, ITEM_FIELDS);
        OptionalInt position = f.json.integer(n, at, "position", 1, ChecklistPoint.COUNT, true);
        Optional<Horizon> horizon = f.id(n, at, "horizon", List.of(Horizon.values()), Horizon::id, true);
        Optional<ChecklistPoint> point = f.point(n, at, "point", true);
        OptionalInt rating = f.json.integer(n, at, "rating", Integer.MIN_VALUE, Integer.MAX_VALUE, true);
        Optional<String> ratingText = f.json.text(n, at, "ratingText", true);
        OptionalInt aim = f.json.integer(n, at, "aim", Integer.MIN_VALUE, Integer.MAX_VALUE, true);
        Optional<String> aimText = f.json.text(n, at, "aimText", true);
        Optional<Priority> level = f.id(n, at, "priority", List.of(Priority.values()), Priority::name, true);
        OptionalDouble score = f.number(n, at, "score", 0, Double.MAX_VALUE, true);
        Optional<List<FactorContribution>> factors = f.objects(n, at, "factors", "factors", true,
                (fn, fat) -> factor(fn, fat, f));
        Optional<List<String>> reasons = f.texts(n, at, "reasons", true);
        Optional<List<Integer>> after = points(n, at, "after", f);
        if (position.isEmpty() || horizon.isEmpty() || point.isEmpty() || rating.isEmpty() || ratingText.isEmpty()
                || aim.isEmpty() || aimText.isEmpty() || level.isEmpty() || score.isEmpty() || factors.isEmpty()
                || reasons.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        Optional<PriorityScore> priority = f.build(JsonFields.at(at, "factors"), () -> new PriorityScore(
                point.get().number(), rating.getAsInt(), factors.get(), level.get()));
        if (priority.isEmpty()) {
            return Optional.empty();
        }
        if (Math.abs(priority.get().total() - score.getAsDouble()) > TOLERANCE) {
            f.json.problem(JsonFields.at(at, "score"), Double.toString(score.getAsDouble()),
                    List.of(Double.toString(priority.get().total())), "the score must be the sum of the factors' "
                            + "contributions");
            return Optional.empty();
        }
        return f.build(at, () -> new PlanItem(position.getAsInt(), horizon.get(), point.get(), rating.getAsInt(),
                ratingText.get(), aim.getAsInt(), aimText.get(), priority.get(), reasons.get(), after.get()));
    }

    private static Optional<FactorContribution> factor(JsonNode n, String at, Fields f) {
        f.json.onlyKnown(n, at, FACTOR_FIELDS);
        Optional<PriorityFactor> factor = f.id(n, at, "factor", List.of(PriorityFactor.values()), PriorityFactor::id,
                true);
        OptionalDouble value = f.number(n, at, "value", 0, Double.MAX_VALUE, true);
        OptionalDouble weight = f.number(n, at, "weight", 0, Double.MAX_VALUE, true);
        OptionalDouble contribution = f.number(n, at, "contribution", 0, Double.MAX_VALUE, true);
        Optional<String> detail = n.has("detail") ? f.json.text(n, at, "detail", true) : Optional.of("");
        if (factor.isEmpty() || value.isEmpty() || weight.isEmpty() || contribution.isEmpty() || detail.isEmpty()) {
            return Optional.empty();
        }
        Optional<FactorContribution> c = f.build(at, () -> new FactorContribution(factor.get(), value.getAsDouble(),
                weight.getAsDouble(), detail.get()));
        if (c.isPresent() && Math.abs(c.get().contribution() - contribution.getAsDouble()) > TOLERANCE) {
            f.json.problem(JsonFields.at(at, "contribution"), Double.toString(contribution.getAsDouble()),
                    List.of(Double.toString(c.get().contribution())), "the contribution must be value × weight");
            return Optional.empty();
        }
        return c;
    }
}
