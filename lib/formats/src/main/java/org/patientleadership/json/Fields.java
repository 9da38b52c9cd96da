package org.patientleadership.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.formats.internal.JsonFields;

/**
 * Reads ids, lists and numbers for the JSON codecs on top of {@link JsonFields}, and writes the small shared
 * shapes. Not thread-safe: one instance per read.
 */
final class Fields {

    /** The factory for written nodes. */
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final JsonFields json;

    Fields(String format) {
        this.json = new JsonFields(format);
    }

    /**
     * Reads a member that must be the id of one of the given elements.
     */
    <E> Optional<E> id(JsonNode object, String pointer, String field, Collection<E> elements, Function<E, String> id,
            boolean required) {
        Optional<String> text = json.text(object, pointer, field, required);
        return text.flatMap(t -> byId(t, JsonFields.at(pointer, field), elements, id));
    }

    /**
     * Reads a member that must be the id of a checklist point: looked up directly, not searched for, since
     * every answer of an assessment names one.
     */
    Optional<ChecklistPoint> point(JsonNode object, String pointer, String field, boolean required) {
        Optional<String> text = json.text(object, pointer, field, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<ChecklistPoint> point = Checklist.find(text.get());
        return point.isPresent() ? point
                : byId(text.get(), JsonFields.at(pointer, field), Checklist.points(), ChecklistPoint::id);
    }

    /**
     * Finds an element by id, recording a problem naming the allowed ids if there is none.
     */
    <E> Optional<E> byId(String value, String pointer, Collection<E> elements, Function<E, String> id) {
        for (E element : elements) {
            if (id.apply(element).equals(value)) {
                return Optional.of(element);
            }
        }
        json.problem(pointer, value, elements.stream().map(id).toList(), "unknown id '" + value + "'");
        return Optional.empty();
    }

    /**
     * Reads a member that must be an array of ids of the given elements, without repeats.
     */
    <E> Optional<List<E>> ids(JsonNode object, String pointer, String field, Collection<E> elements,
            Function<E, String> id, boolean required) {
        Optional<JsonNode> array = json.array(object, pointer, field, "ids", required);
        if (array.isEmpty()) {
            return required ? Optional.empty() : Optional.of(List.of());
        }
        List<E> found = new ArrayList<>();
        boolean ok = true;
        String here = JsonFields.at(pointer, field);
        for (int i = 0; i < array.get().size(); i++) {
            JsonNode item = array.get().get(i);
            String at = JsonFields.at(here, i);
            if (!item.isTextual()) {
                json.problem(at, item, elements.stream().map(id).toList(), "expected an id (a string)");
                ok = false;
                continue;
            }
            Optional<E> element = byId(item.textValue(), at, elements, id);
            if (element.isEmpty()) {
                ok = false;
            } else if (found.contains(element.get())) {
                json.problem(at, item, List.of("each id once"), "'" + item.textValue() + "' is listed twice");
                ok = false;
            } else {
                found.add(element.get());
            }
        }
        return ok ? Optional.of(found) : Optional.empty();
    }

    /**
     * Reads a member that must be an array of non-blank strings.
     */
    Optional<List<String>> texts(JsonNode object, String pointer, String field, boolean required) {
        Optional<JsonNode> array = json.array(object, pointer, field, "non-blank strings", required);
        if (array.isEmpty()) {
            return required ? Optional.empty() : Optional.of(List.of());
        }
        List<String> found = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < array.get().size(); i++) {
            JsonNode item = array.get().get(i);
            if (!item.isTextual() || item.textValue().isBlank()) {
                json.problem(JsonFields.at(JsonFields.at(pointer, field), i), item, List.of("a non-blank string"),
                        "expected a non-blank string");
                ok = false;
            } else {
                found.add(item.textValue().strip());
            }
        }
        return ok ? Optional.of(found) : Optional.empty();
    }

    /**
     * Reads a member that must be a finite number within a range.
     */
    OptionalDouble number(JsonNode object, String pointer, String field, double min, double max,
            boolean required) {
        JsonNode node = object.get(field);
        String here = JsonFields.at(pointer, field);
        List<String> allowed = List.of(min + " to " + max);
        if (node == null) {
            if (required) {
                json.problem(here, "", allowed, "missing field '" + field + "'");
            }
            return OptionalDouble.empty();
        }
        return json.decimal(node, here, min, max);
    }

    /**
     * Reads each item of a member that must be an array of objects, recording a problem for a non-object item.
     */
    <T> Optional<List<T>> objects(JsonNode object, String pointer, String field, String what, boolean required,
            Item<T> reader) {
        Optional<JsonNode> array = json.array(object, pointer, field, what, required);
        if (array.isEmpty()) {
            return required ? Optional.empty() : Optional.of(List.of());
        }
        List<T> found = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < array.get().size(); i++) {
            JsonNode item = array.get().get(i);
            String at = JsonFields.at(JsonFields.at(pointer, field), i);
            Optional<T> value = json.isObject(item, at, what) ? reader.read(item, at) : Optional.empty();
            if (value.isPresent()) {
                found.add(value.get());
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(found) : Optional.empty();
    }

    /**
     * Builds a value from fields read without problems, recording the constructor's complaint as a problem at
     * the object's pointer when the fields do not agree.
     */
    <T> Optional<T> build(String pointer, java.util.function.Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            json.problem(pointer, "", List.of(), String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Reads one item of an array. */
    interface Item<T> {
        /**
         * Reads an item.
         *
         * @param node  the item, an object
         * @param pointer  its pointer
         * @return the value, or empty if there were problems
         */
        Optional<T> read(JsonNode node, String pointer);
    }

    static ArrayNode array(Collection<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }
}
