package org.patientleadership.formats.internal;

import org.patientleadership.internal.Checks;

import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;

/**
 * Parses JSON text into a tree under explicit limits, and writes trees, for every JSON-based reader and writer
 * of the library (its own formats and FHIR). Not part of the API.
 *
 * <p>Limits: documents of at most {@link #MAX_DOCUMENT_BYTES} bytes, nesting at most {@link #MAX_DEPTH} deep,
 * strings of at most {@link #MAX_STRING_LENGTH} characters, numbers of at most {@link #MAX_NUMBER_LENGTH}
 * digits, names of at most {@link #MAX_NAME_LENGTH} characters. Duplicate keys, trailing tokens, comments and
 * other non-standard JSON are refused.
 */
public final class JsonTrees {

    /** The largest document read, in bytes (4 MB). */
    public static final int MAX_DOCUMENT_BYTES = 4_000_000;
    /** The deepest nesting of arrays and objects read. */
    public static final int MAX_DEPTH = 32;
    /** The longest string value read, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 30;
    /** The longest object key read, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxNameLength(MAX_NAME_LENGTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("").withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonTrees() {
    }

    /**
     * Gets the strict, limited mapper used to read and write trees; do not reconfigure it.
     *
     * @return the mapper, not null
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses UTF-8 bytes (see {@link Inputs#decode}) into a tree.
     *
     * @param bytes  the bytes, not null
     * @param format  the format being read, for messages
     * @return the tree, not null
     * @throws InvalidInputException if the bytes are not one well-formed JSON document within the limits
     */
    public static JsonNode parse(byte[] bytes, String format) {
        return parse(Inputs.decode(bytes, MAX_DOCUMENT_BYTES, format), format);
    }

    /**
     * Parses text into a tree.
     *
     * @param text  the text, not null
     * @param format  the format being read, for messages
     * @return the tree, not null
     * @throws InvalidInputException if the text is not one well-formed JSON document within the limits
     */
    public static JsonNode parse(String text, String format) {
        Checks.notNull(text, "text");
        if (text.length() > MAX_DOCUMENT_BYTES) {
            throw new InvalidInputException(format, new Problem("/", text.length() + " characters", List.of(
                    "at most " + MAX_DOCUMENT_BYTES + " bytes"), "the document is too large"));
        }
        if (text.isBlank()) {
            throw new InvalidInputException(format, new Problem("/", "", List.of("a " + format),
                    "the document is empty"));
        }
        try (JsonParser parser = MAPPER.createParser(text)) {
            try {
                JsonNode node = MAPPER.readTree(parser);
                if (node == null || node.isMissingNode()) {
                    throw new InvalidInputException(format, new Problem("/", "", List.of("a " + format),
                            "the document is empty"));
                }
                return node;
            } catch (JsonProcessingException e) {
                throw new InvalidInputException(format, problem(parser, e));
            }
        } catch (java.io.IOException e) {
            throw new InvalidInputException(format, new Problem("/", "", List.of("JSON text"),
                    "the text could not be read: " + e.getMessage()));
        }
    }

    private static Problem problem(JsonParser parser, JsonProcessingException e) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String where = (pointer.isEmpty() ? "/" : pointer) + " (line " + at.getLineNr() + ", column "
                + at.getColumnNr() + ")";
        String message = e.getOriginalMessage();
        List<String> allowed = List.of("well-formed JSON");
        if (e instanceof StreamConstraintsException) {
            allowed = List.of("at most " + MAX_DEPTH + " levels of nesting", "strings of at most "
                    + MAX_STRING_LENGTH + " characters", "numbers of at most " + MAX_NUMBER_LENGTH + " digits",
                    "documents of at most " + MAX_DOCUMENT_BYTES + " bytes");
            message = "the document exceeds a limit: " + message;
        } else if (message != null && message.startsWith("Duplicate field")) {
            allowed = List.of("each key once per object");
        } else if (message != null && message.startsWith("Trailing token")) {
            message = "more text follows the end of the document";
            allowed = List.of("one JSON document");
        }
        if (message != null) {
            message = message.replaceAll(",? ?\\(?from `[^`]*`", "");
        }
        return new Problem(where, "", allowed, firstLine(message));
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "the JSON is malformed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Writes a tree as indented JSON text, with a final newline.
     *
     * @param node  the tree, not null
     * @return the text, not null
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }
}
