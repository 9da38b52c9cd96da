package org.patientleadership.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.formats.internal.JsonFields;

/** Writes and reads an {@link Assessment} as the fields of a JSON object. */
final class AssessmentCodec {

    static final Set<String> FIELDS = Set.of("organisation", "date", "assessorRoles", "scale", "answers");
    private static final Set<String> ANSWER_FIELDS = Set.of("point", "rating", "notApplicable", "evidence");
    private static final Set<String> SCALE_FIELDS = Set.of("id", "name", "levels");
    private static final Set<String> LEVEL_FIELDS = Set.of("value", "id", "label", "description");

    private AssessmentCodec() {
    }

    static void write(Assessment a, ObjectNode out) {
        out.put("organisation", a.organisation());
        out.put("date", a.date().toString());
        out.set("assessorRoles", Fields.array(a.assessorRoles()));
        if (a.scale().equals(RatingScale.MATURITY)) {
            out.put("scale", RatingScale.MATURITY.id());
        } else {
            ObjectNode scale = out.putObject("scale");
            scale.put("id", a.scale().id());
            scale.put("name", a.scale().name());
            ArrayNode levels = scale.putArray("levels");
            for (RatingLevel level : a.scale().levels()) {
                levels.addObject().put("value", level.value()).put("id", level.id()).put("label", level.label())
                        .put("description", level.description());
            }
        }
        ArrayNode answers = out.putArray("answers");
        for (Answer answer : a.answers()) {
            ObjectNode node = answers.addObject().put("point", ChecklistPoint.idOf(answer.point()));
            if (answer.rating().isPresent()) {
                node.put("rating", answer.rating().getAsInt());
            } else {
                node.put("notApplicable", true);
            }
            answer.evidence().ifPresent(e -> node.put("evidence", e));
        }
    }

    static Optional<Assessment> read(JsonNode in, String pointer, Fields f) {
        Optional<String> organisation = f.json.text(in, pointer, "organisation", true);
        Optional<LocalDate> date = date(in, pointer, f);
        Optional<List<String>> roles = f.texts(in, pointer, "assessorRoles", false);
        Optional<RatingScale> scale = scale(in, pointer, f);
        Optional<List<Answer>> answers = scale.isPresent()
                ? answers(in, pointer, scale.get(), f) : Optional.empty();
        if (organisation.isEmpty() || date.isEmpty() || roles.isEmpty() || answers.isEmpty()) {
            return Optional.empty();
        }
        return f.build(pointer.isEmpty() ? "/" : pointer, () -> new Assessment(organisation.get(), date.get(),
                roles.get(), scale.get(), answers.get()));
    }

    static Optional<LocalDate> date(JsonNode in, String pointer, Fields f) {
        Optional<String> text = f.json.text(in, pointer, "date", true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            f.json.problem(JsonFields.at(pointer, "date"), text.get(), List.of("a date such as 2026-03-31"),
                    "not a date in the form YYYY-MM-DD");
            return Optional.empty();
        }
    }

    private static Optional<RatingScale> scale(JsonNode in, String pointer, Fields f) {
        JsonNode node = in.get("scale");
        String here = JsonFields.at(pointer, "scale");
        if (node == null) {
            return Optional.of(RatingScale.MATURITY);
        }
        if (node.isTextual()) {
            if (node.textValue().equals(RatingScale.MATURITY.id())) {
                return Optional.of(RatingScale.MATURITY);
            }
            f.json.problem(here, node, List.of(RatingScale.MATURITY.id(), "a scale object with id, name, levels"),
                    "unknown scale '" + node.textValue() + "'");
            return Optional.empty();
        }
        if (!f.json.isObject(node, here, "a rating scale")) {
            return Optional.empty();
        }
        f.json.onlyKnown(node, here, SCALE_FIELDS);
        Optional<String> id = f.json.text(node, here, "id", true);
        Optional<String> name = f.json.text(node, here, "name", true);
        Optional<List<RatingLevel>> levels = f.objects(node, here, "levels", "rating levels", true, (level, at) -> {
            f.json.onlyKnown(level, at, LEVEL_FIELDS);
            OptionalInt value = f.json.integer(level, at, "value", Integer.MIN_VALUE, Integer.MAX_VALUE, true);
            Optional<String> levelId = f.json.text(level, at, "id", true);
            Optional<String> label = f.json.text(level, at, "label", true);
            Optional<String> description = f.json.text(level, at, "description", true);
            if (value.isEmpty() || levelId.isEmpty() || label.isEmpty() || description.isEmpty()) {
                return Optional.empty();
            }
            return f.build(at, () -> new RatingLevel(value.getAsInt(), levelId.get(), label.get(),
                    description.get()));
        });
        if (id.isEmpty() || name.isEmpty() || levels.isEmpty()) {
            return Optional.empty();
        }
        return f.build(here, () -> new RatingScale(id.get(), name.get(), levels.get()));
    }

    private static Optional<List<Answer>> answers(JsonNode in, String pointer, RatingScale scale, Fields f) {
        boolean[] seen = new boolean[ChecklistPoint.COUNT + 1];
        List<String> ratings = new ArrayList<>(scale.allowed());
        return f.objects(in, pointer, "answers", "answers", false, (node, at) -> {
            f.json.onlyKnown(node, at, ANSWER_FIELDS);
            Optional<ChecklistPoint> point = f.point(node, at, "point", true);
            if (point.isEmpty()) {
                return Optional.empty();
            }
            int number = point.get().number();
            if (seen[number]) {
                f.json.problem(JsonFields.at(at, "point"), point.get().id(), List.of("one answer per point"),
                        "point " + number + " is answered more than once");
                return Optional.empty();
            }
            seen[number] = true;
            Optional<Boolean> notApplicable = f.json.bool(node, at, "notApplicable");
            Optional<String> evidence = node.has("evidence") ? f.json.text(node, at, "evidence", true)
                    : Optional.empty();
            if (node.has("evidence") && evidence.isEmpty()) {
                return Optional.empty();
            }
            if (notApplicable.orElse(false)) {
                if (node.has("rating")) {
                    f.json.problem(JsonFields.at(at, "rating"), node.get("rating"), List.of(
                            "a rating, or notApplicable: true, not both"), "point " + number
                            + " has a rating and is marked not applicable");
                    return Optional.empty();
                }
                return Optional.of(new Answer(number, OptionalInt.empty(), evidence));
            }
            if (notApplicable.isEmpty() && node.has("notApplicable")) {
                return Optional.empty();
            }
            if (!node.has("rating")) {
                f.json.problem(JsonFields.at(at, "rating"), "", ratings, "point " + number + " has neither a "
                        + "rating nor notApplicable: true; leave unanswered points out");
                return Optional.empty();
            }
            OptionalInt rating = f.json.integer(node, at, "rating", scale.min(), scale.max(), true);
            if (rating.isEmpty()) {
                return Optional.empty();
            }
            if (!scale.contains(rating.getAsInt())) {
                f.json.problem(JsonFields.at(at, "rating"), node.get("rating"), ratings, "rating "
                        + rating.getAsInt() + " for point " + number + " is not on the scale '" + scale.id() + "'");
                return Optional.empty();
            }
            return Optional.of(new Answer(number, rating, evidence));
        });
    }
}
