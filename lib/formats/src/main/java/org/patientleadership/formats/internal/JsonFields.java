package org.patientleadership.formats.internal;

import org.patientleadership.internal.Checks;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;

/**
 * Reads fields out of a JSON tree, collecting every problem with the JSON Pointer of its place, so that a
 * reader can report all problems at once and build nothing when there are any. Not part of the API; not
 * thread-safe (one instance per read).
 */
public final class JsonFields {

    private final String format;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Starts a read.
     *
     * @param format  the format being read, for messages
     */
    public JsonFields(String format) {
        this.format = Checks.notNull(format, "format");
    }

    /**
     * Gives the pointer of a member of an object.
     *
     * @param pointer  the object's pointer ("" for the root)
     * @param field  the member's name
     * @return the member's pointer, with {@code ~} and {@code /} escaped
     */
    public static String at(String pointer, String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Gives the pointer of an item of an array.
     *
     * @param pointer  the array's pointer
     * @param index  the item's index, from 0
     * @return the item's pointer
     */
    public static String at(String pointer, int index) {
        return pointer + "/" + index;
    }

    private static String where(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }

    private static String show(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "";
        }
        return node.isTextual() ? node.textValue() : node.toString();
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isArray() ? "an array" : "an object";
    }

    /**
     * Records a problem.
     *
     * @param pointer  where it is
     * @param value  the value found, or null
     * @param allowed  what would be allowed
     * @param message  what was wrong
     */
    public void problem(String pointer, JsonNode value, List<String> allowed, String message) {
        problems.add(new Problem(where(pointer), show(value), allowed, message));
    }

    /**
     * Records a problem with a value given as text.
     *
     * @param pointer  where it is
     * @param value  the value found, as text
     * @param allowed  what would be allowed
     * @param message  what was wrong
     */
    public void problem(String pointer, String value, List<String> allowed, String message) {
        problems.add(new Problem(where(pointer), value, allowed, message));
    }

    /**
     * Checks if any problem was recorded.
     *
     * @return true if there are problems
     */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * Throws the problems recorded, if any.
     *
     * @throws InvalidInputException if a problem was recorded
     */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(format, problems);
        }
    }

    /**
     * Checks that a node is an object, recording a problem if not.
     *
     * @param node  the node
     * @param pointer  its pointer
     * @param what  what it should be, such as "an assessment"
     * @return true if it is an object
     */
    public boolean isObject(JsonNode node, String pointer, String what) {
        if (node != null && node.isObject()) {
            return true;
        }
        problem(pointer, node, List.of(what + " (a JSON object)"), "expected an object, found "
                + (node == null ? "nothing" : kind(node)));
        return false;
    }

    /**
     * Records a problem for each member of an object that is not one of the known names.
     *
     * @param object  the object
     * @param pointer  its pointer
     * @param known  the known member names
     */
    public void onlyKnown(JsonNode object, String pointer, Set<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(at(pointer, name), name, known.stream().sorted().toList(), "unknown field '" + name + "'");
            }
        }
    }

    /**
     * Reads a member that must be a non-blank string.
     *
     * @param object  the object
     * @param pointer  its pointer
     * @param field  the member
     * @param required  whether the member must be present
     * @return the stripped string, or empty if absent or wrong
     */
    public Optional<String> text(JsonNode object, String pointer, String field, boolean required) {
        JsonNode node = object.get(field);
        String here = at(pointer, field);
        if (node == null) {
            if (required) {
                problem(here, "", List.of("a non-blank string"), "missing field '" + field + "'");
            }
            return Optional.empty();
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            problem(here, node, List.of("a non-blank string"), "expected a non-blank string, found "
                    + (node.isTextual() ? "a blank string" : kind(node)));
            return Optional.empty();
        }
        return Optional.of(node.textValue().strip());
    }

    /**
     * Reads a member that must be a whole number within a range.
     *
     * @param object  the object
     * @param pointer  its pointer
     * @param field  the member
     * @param min  the smallest allowed value
     * @param max  the largest allowed value
     * @param required  whether the member must be present
     * @return the number, or empty if absent or wrong
     */
    public OptionalInt integer(JsonNode object, String pointer, String field, int min, int max,
            boolean required) {
        JsonNode node = object.get(field);
        String here = at(pointer, field);
        if (node == null) {
            if (required) {
                problem(here, "", List.of(min + " to " + max), "missing field '" + field + "'");
            }
            return OptionalInt.empty();
        }
        return integer(node, here, min, max);
    }

    /**
     * Reads a node that must be a whole number within a range.
     *
     * @param node  the node
     * @param pointer  its pointer
     * @param min  the smallest allowed value
     * @param max  the largest allowed value
     * @return the number, or empty if wrong
     */
    public OptionalInt integer(JsonNode node, String pointer, int min, int max) {
        List<String> allowed = List.of(min + " to " + max);
        if (!node.isNumber()) {
            problem(pointer, node, allowed, "expected a whole number, found " + kind(node));
            return OptionalInt.empty();
        }
        return JsonNumbers.whole(node.numberValue(), min, max, message -> problem(pointer, node, allowed, message));
    }

    /**
     * Reads a node that must be a finite number within a range, by the rules of {@link JsonNumbers}.
     *
     * @param node  the node
     * @param pointer  its pointer
     * @param min  the smallest allowed value
     * @param max  the largest allowed value
     * @return the number, never negative zero, or empty if wrong
     */
    public OptionalDouble decimal(JsonNode node, String pointer, double min, double max) {
        List<String> allowed = List.of(min + " to " + max);
        if (!node.isNumber()) {
            problem(pointer, node, allowed, "expected a number, found " + kind(node));
            return OptionalDouble.empty();
        }
        return JsonNumbers.decimal(node.numberValue(), min, max, message -> problem(pointer, node, allowed,
                message));
    }

    /**
     * Reads a member that must be a boolean.
     *
     * @param object  the object
     * @param pointer  its pointer
     * @param field  the member
     * @return the value, or empty if absent or wrong
     */
    public Optional<Boolean> bool(JsonNode object, String pointer, String field) {
        JsonNode node = object.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            problem(at(pointer, field), node, List.of("true", "false"), "expected a boolean, found " + kind(node));
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    /**
     * Reads a member that must be an array.
     *
     * @param object  the object
     * @param pointer  its pointer
     * @param field  the member
     * @param what  what its items are, for messages
     * @param required  whether the member must be present
     * @return the array, or empty if absent or wrong
     */
    public Optional<JsonNode> array(JsonNode object, String pointer, String field, String what, boolean required) {
        JsonNode node = object.get(field);
        if (node == null) {
            if (required) {
                problem(at(pointer, field), "", List.of("an array of " + what), "missing field '" + field + "'");
            }
            return Optional.empty();
        }
        if (!node.isArray()) {
            problem(at(pointer, field), node, List.of("an array of " + what), "expected an array, found "
                    + kind(node));
            return Optional.empty();
        }
        return Optional.of(node);
    }

    /**
     * Reads a member that must be an object.
     *
     * @param object  the object
     * @param pointer  its pointer
     * @param field  the member
     * @param what  what it should be, for messages
     * @param required  whether the member must be present
     * @return the object, or empty if absent or wrong
     */
    public Optional<JsonNode> object(JsonNode object, String pointer, String field, String what,
            boolean required) {
        JsonNode node = object.get(field);
        if (node == null) {
            if (required) {
                problem(at(pointer, field), "", List.of(what + " (a JSON object)"), "missing field '" + field + "'");
            }
            return Optional.empty();
        }
        return isObject(node, at(pointer, field), what) ? Optional.of(node) : Optional.empty();
    }

    /**
     * Checks the {@code formatVersion} member of a document's root.
     *
     * @param root  the root object
     * @param supported  the version this library reads
     * @return true if the version is the supported one
     */
    public boolean formatVersion(JsonNode root, int supported) {
        JsonNode node = root.get("formatVersion");
        if (node == null) {
            problem("/formatVersion", "", List.of(Integer.toString(supported)), "missing field 'formatVersion'");
            return false;
        }
        if (!node.isNumber() || !JsonNumbers.isWritten(node.numberValue())
                || !JsonNumbers.isEqual(node.numberValue(), supported)) {
            problem("/formatVersion", node, List.of(Integer.toString(supported)), "this library reads format "
                    + "version " + supported + " only");
            return false;
        }
        return true;
    }
}
