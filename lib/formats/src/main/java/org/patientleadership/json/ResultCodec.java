package org.patientleadership.json;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.assessment.Band;
import org.patientleadership.assessment.Contribution;
import org.patientleadership.assessment.Priority;
import org.patientleadership.assessment.Recommendation;
import org.patientleadership.assessment.Score;
import org.patientleadership.assessment.Scores;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.formats.internal.JsonFields;

/** Writes and reads an {@link AssessmentResult} (scores and recommendations) as the fields of a JSON object. */
final class ResultCodec {

    static final Set<String> FIELDS = Set.of("organisation", "date", "overall", "sections", "recommendations");
    private static final Set<String> SCORE_FIELDS = Set.of("section", "value", "band", "answered", "applicable",
            "total", "contributions");
    private static final Set<String> BAND_FIELDS = Set.of("id", "name", "lowerBound");
    private static final Set<String> CONTRIBUTION_FIELDS = Set.of("point", "rating", "normalised", "weight");
    private static final Set<String> RECOMMENDATION_FIELDS = Set.of("rank", "point", "priority", "rating",
            "sectionScore", "reason");
    private static final int MAX_COUNT = ChecklistPoint.COUNT;
    /** A rating scale may use any int values, so ratings are read over the whole int range. */
    private static final int MIN_RATING = Integer.MIN_VALUE;
    private static final int MAX_RATING = Integer.MAX_VALUE;

    private ResultCodec() {
    }

    static void write(AssessmentResult r, ObjectNode out) {
        out.put("organisation", r.organisation());
        out.put("date", r.date().toString());
        write(r.scores().overall(), out.putObject("overall"));
        ArrayNode sections = out.putArray("sections");
        r.scores().sections().forEach((section, score) -> {
            ObjectNode node = sections.addObject().put("section", section.id());
            write(score, node);
        });
        ArrayNode recommendations = out.putArray("recommendations");
        for (Recommendation rec : r.recommendations()) {
            recommendations.addObject().put("rank", rec.rank()).put("point", rec.point().id())
                    .put("priority", rec.priority().name()).put("rating", rec.rating())
                    .put("sectionScore", rec.sectionScore()).put("reason", rec.reason());
        }
    }

    private static void write(Score score, ObjectNode out) {
        score.value().ifPresent(v -> out.put("value", v));
        score.band().ifPresent(b -> out.putObject("band").put("id", b.id()).put("name", b.name())
                .put("lowerBound", b.lowerBound()));
        out.put("answered", score.answered()).put("applicable", score.applicable()).put("total", score.total());
        ArrayNode contributions = out.putArray("contributions");
        for (Contribution c : score.contributions()) {
            contributions.addObject().put("point", ChecklistPoint.idOf(c.point())).put("rating", c.rating())
                    .put("normalised", c.normalised()).put("weight", c.weight());
        }
    }

    static Optional<AssessmentResult> read(JsonNode in, String pointer, Fields f) {
        Optional<String> organisation = f.json.text(in, pointer, "organisation", true);
        Optional<LocalDate> date = AssessmentCodec.date(in, pointer, f);
        Optional<Score> overall = f.json.object(in, pointer, "overall", "a score", true)
                .flatMap(node -> score(node, JsonFields.at(pointer, "overall"), f, false));
        Map<Section, Score> sections = new EnumMap<>(Section.class);
        Optional<List<Object>> s = f.objects(in, pointer, "sections", "section scores", true, (node, at) -> {
            Optional<Section> section = f.id(node, at, "section", List.of(Section.values()), Section::id, true);
            Optional<Score> score = score(node, at, f, true);
            if (section.isEmpty() || score.isEmpty()) {
                return Optional.empty();
            }
            if (sections.putIfAbsent(section.get(), score.get()) != null) {
                f.json.problem(JsonFields.at(at, "section"), section.get().id(), List.of("each section once"),
                        "section '" + section.get().id() + "' is scored twice");
                return Optional.empty();
            }
            return Optional.<Object>of(section.get());
        });
        Optional<List<Recommendation>> recs = f.objects(in, pointer, "recommendations", "recommendations", true,
                (node, at) -> {
                    f.json.onlyKnown(node, at, RECOMMENDATION_FIELDS);
                    OptionalInt rank = f.json.integer(node, at, "rank", 1, MAX_COUNT, true);
                    Optional<ChecklistPoint> point = f.point(node, at, "point", true);
                    Optional<Priority> priority = f.id(node, at, "priority", List.of(Priority.values()),
                            Priority::name, true);
                    OptionalInt rating = f.json.integer(node, at, "rating", MIN_RATING, MAX_RATING, true);
                    Optional<String> sectionScore = f.json.text(node, at, "sectionScore", true);
                    Optional<String> reason = f.json.text(node, at, "reason", true);
                    if (rank.isEmpty() || point.isEmpty() || priority.isEmpty() || rating.isEmpty()
                            || sectionScore.isEmpty() || reason.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Recommendation(rank.getAsInt(), point.get(), priority.get(),
                            rating.getAsInt(), sectionScore.get(), reason.get()));
                });
        if (organisation.isEmpty() || date.isEmpty() || overall.isEmpty() || s.isEmpty() || recs.isEmpty()) {
            return Optional.empty();
        }
        if (sections.size() != Section.values().length) {
            f.json.problem(JsonFields.at(pointer, "sections"), sections.keySet().toString(),
                    List.of(Section.values()).stream().map(Section::id).toList(), "every section needs a score");
            return Optional.empty();
        }
        return f.build(PlacementCodec.where(pointer), () -> new AssessmentResult(organisation.get(), date.get(),
                new Scores(sections, overall.get()), recs.get()));
    }

    private static Optional<Score> score(JsonNode node, String at, Fields f, boolean inSection) {
        f.json.onlyKnown(node, at, inSection ? SCORE_FIELDS : without(SCORE_FIELDS, "section"));
        OptionalDouble value = f.number(node, at, "value", 0, 100, false);
        boolean valueOk = !node.has("value") || value.isPresent();
        Optional<Band> band = Optional.empty();
        boolean bandOk = true;
        if (node.has("band")) {
            band = f.json.object(node, at, "band", "a band", true).flatMap(b -> {
                String bat = JsonFields.at(at, "band");
                f.json.onlyKnown(b, bat, BAND_FIELDS);
                Optional<String> id = f.json.text(b, bat, "id", true);
                Optional<String> name = f.json.text(b, bat, "name", true);
                OptionalDouble lower = f.number(b, bat, "lowerBound", 0, 100, true);
                if (id.isEmpty() || name.isEmpty() || lower.isEmpty()) {
                    return Optional.empty();
                }
                return f.build(bat, () -> new Band(id.get(), name.get(), lower.getAsDouble()));
            });
            bandOk = band.isPresent();
        }
        OptionalInt answered = f.json.integer(node, at, "answered", 0, MAX_COUNT, true);
        OptionalInt applicable = f.json.integer(node, at, "applicable", 0, MAX_COUNT, true);
        OptionalInt total = f.json.integer(node, at, "total", 0, MAX_COUNT, true);
        Optional<List<Contribution>> contributions = f.objects(node, at, "contributions", "contributions", true,
                (c, cat) -> {
                    f.json.onlyKnown(c, cat, CONTRIBUTION_FIELDS);
                    Optional<ChecklistPoint> point = f.point(c, cat, "point", true);
                    OptionalInt rating = f.json.integer(c, cat, "rating", MIN_RATING, MAX_RATING, true);
                    OptionalDouble normalised = f.number(c, cat, "normalised", 0, 1, true);
                    OptionalDouble weight = f.number(c, cat, "weight", 0, Double.MAX_VALUE, true);
                    if (point.isEmpty() || rating.isEmpty() || normalised.isEmpty() || weight.isEmpty()) {
                        return Optional.empty();
                    }
                    return f.build(cat, () -> new Contribution(point.get().number(), rating.getAsInt(),
                            normalised.getAsDouble(), weight.getAsDouble()));
                });
        if (!valueOk || !bandOk || answered.isEmpty() || applicable.isEmpty() || total.isEmpty()
                || contributions.isEmpty()) {
            return Optional.empty();
        }
        if (value.isPresent() != band.isPresent()) {
            f.json.problem(at, "", List.of("both value and band", "neither (insufficient data)"),
                    "a score has a value and a band, or neither");
            return Optional.empty();
        }
        Optional<Band> b = band;
        return f.build(at, () -> new Score(value, b, answered.getAsInt(), applicable.getAsInt(),
                total.getAsInt(), contributions.get()));
    }

    private static Set<String> without(Set<String> set, String name) {
        return set.stream().filter(s -> !s.equals(name)).collect(java.util.stream.Collectors.toSet());
    }
}
