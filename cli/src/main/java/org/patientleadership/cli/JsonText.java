package org.patientleadership.cli;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the tool's own JSON documents (cohort and change): absent figures are {@code null}, never left out,
 * so scripts always find every field.
 */
final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonText() {
    }

    /**
     * Starts a document.
     *
     * @return an empty object
     */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * Puts a number, or null when it is absent.
     *
     * @param n  the object
     * @param field  the field name
     * @param value  the value
     * @return the object
     */
    static ObjectNode put(ObjectNode n, String field, OptionalDouble value) {
        return value.isPresent() ? n.put(field, value.getAsDouble()) : n.putNull(field);
    }

    /**
     * Puts a whole number, or null when it is absent.
     *
     * @param n  the object
     * @param field  the field name
     * @param value  the value
     * @return the object
     */
    static ObjectNode put(ObjectNode n, String field, OptionalInt value) {
        return value.isPresent() ? n.put(field, value.getAsInt()) : n.putNull(field);
    }

    /**
     * Writes a document, indented, with a final line break.
     *
     * @param node  the document
     * @return the text
     */
    static String write(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bug: a JSON tree could not be written", e);
        }
    }
}
