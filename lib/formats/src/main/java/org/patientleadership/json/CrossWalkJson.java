package org.patientleadership.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.UnknownElementException;
import org.patientleadership.formats.internal.JsonFields;
import org.patientleadership.formats.internal.JsonTrees;
import org.patientleadership.ladder.ArnsteinRung;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.Rung;
import org.patientleadership.placement.CrossWalk;
import org.patientleadership.placement.CrossWalkRow;

/**
 * Writes a {@link CrossWalk} between the catalogue's ladders as a JSON document and reads it back strictly, so a
 * team can keep its own cross-walk as data. (Until 0.3.0 this was {@code CrossWalk.toJson()} and
 * {@code CrossWalk.fromJson(String)}; it moved here so that the core artifact needs no JSON library.)
 *
 * <p>The document: {@code formatVersion} ({@value #FORMAT_VERSION}) and {@code rows}, each with {@code arnstein}
 * (a rung id), {@code counterparts} (rung ids), {@code note} and {@code sources}. The reading of the
 * cross-walk itself and its sources are documented on {@link CrossWalk}.
 */
public final class CrossWalkJson {

    /** The version of the JSON form written by {@link #toJson(CrossWalk)}. */
    public static final int FORMAT_VERSION = 1;
    /** The format named in the {@link org.patientleadership.InvalidInputException} of {@link #fromJson(String)}. */
    public static final String FORMAT = "JSON cross-walk";

    private CrossWalkJson() {
    }

    /**
     * Writes the cross-walk as an indented JSON document: {@code formatVersion} and {@code rows}, each row with
     * {@code arnstein} (a rung id), {@code counterparts} (rung ids, sorted), {@code note} and {@code sources}
     * ({@code document} and {@code locator}).
     *
     * @param walk  the cross-walk, not null
     * @return the JSON text, not null
     */
    public static String toJson(CrossWalk walk) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode().put("formatVersion", FORMAT_VERSION);
        ArrayNode list = root.putArray("rows");
        for (CrossWalkRow row : walk.rows()) {
            ObjectNode n = list.addObject().put("arnstein", row.arnstein().id());
            ArrayNode ids = n.putArray("counterparts");
            row.counterparts().forEach(r -> ids.add(r.id()));
            n.put("note", row.note());
            ArrayNode sources = n.putArray("sources");
            row.sources().forEach(s -> sources.addObject().put("document", s.document().id())
                    .put("locator", s.locator()));
        }
        return JsonTrees.write(root);
    }

    /**
     * Reads a cross-walk written by {@link #toJson(CrossWalk)}. Reading is strict: the format version, every field,
     * every rung and document id is checked, and the rows must make a total, monotone cross-walk.
     *
     * @param json  the JSON text, not null
     * @return the cross-walk, not null
     * @throws NullPointerException if the text is null
     * @throws org.patientleadership.InvalidInputException listing every problem with its JSON Pointer, if the
     *         text is not a valid cross-walk
     */
    public static CrossWalk fromJson(String json) {
        JsonNode root = JsonTrees.parse(json, FORMAT);
        JsonFields f = new JsonFields(FORMAT);
        if (!f.isObject(root, "", "a cross-walk")) {
            f.throwIfAny();
        }
        f.onlyKnown(root, "", Set.of("formatVersion", "rows"));
        f.formatVersion(root, FORMAT_VERSION);
        List<CrossWalkRow> rows = new ArrayList<>();
        f.array(root, "", "rows", "cross-walk rows", true).ifPresent(array -> {
            for (int i = 0; i < array.size(); i++) {
                row(array.get(i), JsonFields.at("/rows", i), f).ifPresent(rows::add);
            }
        });
        f.throwIfAny();
        try {
            return CrossWalk.of(rows);
        } catch (IllegalArgumentException e) {
            f.problem("/rows", rows.size() + " rows", List.of("a total, monotone cross-walk"), e.getMessage());
            f.throwIfAny();
            throw new AssertionError("bug: a problem was recorded", e);
        }
    }

    private static Optional<CrossWalkRow> row(JsonNode node, String at, JsonFields f) {
        if (!f.isObject(node, at, "a cross-walk row")) {
            return Optional.empty();
        }
        f.onlyKnown(node, at, Set.of("arnstein", "counterparts", "note", "sources"));
        Optional<ArnsteinRung> arnstein = f.text(node, at, "arnstein", true).flatMap(id -> {
            Optional<ArnsteinRung> rung = Ladder.ARNSTEIN.findRung(id);
            if (rung.isEmpty()) {
                f.problem(JsonFields.at(at, "arnstein"), id, Ladder.ARNSTEIN.rungs().stream()
                        .map(ArnsteinRung::id).toList(), "unknown Arnstein rung id");
            }
            return rung;
        });
        List<Rung<?>> counterparts = new ArrayList<>();
        boolean rungsOk = f.array(node, at, "counterparts", "rung ids", true).map(array -> {
            boolean ok = true;
            for (int i = 0; i < array.size(); i++) {
                String where = JsonFields.at(JsonFields.at(at, "counterparts"), i);
                JsonNode item = array.get(i);
                Optional<Rung<?>> rung = item.isTextual() ? findRung(item.asText()) : Optional.empty();
                if (rung.isEmpty() || rung.get() instanceof ArnsteinRung) {
                    f.problem(where, item.isTextual() ? item.asText() : item.toString(),
                            List.of("the id of a rung of another ladder, such as iap2.collaborate"),
                            "not a rung of the grid, participation, co-production or IAP2 ladder");
                    ok = false;
                } else {
                    counterparts.add(rung.get());
                }
            }
            return ok;
        }).orElse(false);
        Optional<String> note = f.text(node, at, "note", true);
        List<Source> sources = new ArrayList<>();
        boolean sourcesOk = f.array(node, at, "sources", "sources", true).map(array -> {
            boolean ok = array.size() > 0;
            if (!ok) {
                f.problem(JsonFields.at(at, "sources"), "[]", List.of("at least one source"),
                        "every cross-walk row cites a source");
            }
            for (int i = 0; i < array.size(); i++) {
                String where = JsonFields.at(JsonFields.at(at, "sources"), i);
                JsonNode s = array.get(i);
                if (!f.isObject(s, where, "a source")) {
                    ok = false;
                    continue;
                }
                f.onlyKnown(s, where, Set.of("document", "locator"));
                Optional<String> document = f.text(s, where, "document", true);
                Optional<String> locator = f.text(s, where, "locator", true);
                Optional<SourceDocument> doc = document.flatMap(id -> {
                    try {
                        return Optional.of(SourceDocument.of(id));
                    } catch (UnknownElementException e) {
                        f.problem(JsonFields.at(where, "document"), id, e.allowed(), "unknown source document id");
                        return Optional.empty();
                    }
                });
                if (doc.isEmpty() || locator.isEmpty() || locator.get().isBlank()) {
                    ok = false;
                } else {
                    sources.add(Source.of(doc.get(), locator.get()));
                }
            }
            return ok;
        }).orElse(false);
        if (arnstein.isEmpty() || !rungsOk || note.isEmpty() || note.get().isBlank() || !sourcesOk) {
            if (note.isPresent() && note.get().isBlank()) {
                f.problem(JsonFields.at(at, "note"), "\"\"", List.of("a note saying how sure the row is"),
                        "the note must not be blank");
            }
            return Optional.empty();
        }
        return Optional.of(new CrossWalkRow(arnstein.get(), counterparts, note.get(), sources));
    }
    private static Optional<Rung<?>> findRung(String id) {
        for (Ladder<?> ladder : Ladder.catalogued()) {
            Optional<? extends Rung<?>> rung = ladder.findRung(id);
            if (rung.isPresent()) {
                return Optional.of(rung.get());
            }
        }
        return Optional.empty();
    }
}
