package org.patientleadership.json;

import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;
import org.patientleadership.analysis.RatingRound;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.assessment.Plan;
import org.patientleadership.internal.Checks;
import org.patientleadership.formats.internal.Inputs;
import org.patientleadership.formats.internal.JsonFields;
import org.patientleadership.formats.internal.JsonTrees;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Placements;
import org.patientleadership.profile.Profile;
import org.patientleadership.profile.ProfileAnswers;

/**
 * Reads and writes the library's values as versioned JSON documents. Seven kinds of document are supported,
 * each with a JSON Schema (draft 2020-12) in {@code docs/schema/} and described in {@code docs/json.md}:
 *
 * <table>
 *   <caption>Documents</caption>
 *   <tr><th>Type</th><th>Document</th><th>Schema</th></tr>
 *   <tr><td>{@link Assessment}</td><td>a self-assessment</td><td>{@code assessment.schema.json}</td></tr>
 *   <tr><td>{@link AssessmentResult}</td><td>its scores and recommendations</td>
 *       <td>{@code result.schema.json}</td></tr>
 *   <tr><td>{@link Activity}</td><td>an engagement activity</td><td>{@code activity.schema.json}</td></tr>
 *   <tr><td>{@link Placements}</td><td>an activity placed on the ladders</td>
 *       <td>{@code placements.schema.json}</td></tr>
 *   <tr><td>{@link ProfileAnswers}</td><td>a patient leader's answers</td>
 *       <td>{@code profile-answers.schema.json}</td></tr>
 *   <tr><td>{@link Profile}</td><td>the profile derived from them</td><td>{@code profile.schema.json}</td></tr>
 *   <tr><td>{@link RatingRound}</td><td>several raters' assessments of one organisation, with their consensus,
 *       agreement and perspective gap</td><td>{@code rating-round.schema.json}</td></tr>
 *   <tr><td>{@link Plan}</td><td>a plan of next steps in three horizons</td><td>{@code plan.schema.json}</td></tr>
 * </table>
 *
 * <p>Every document is a JSON object whose first member is {@code "formatVersion": 1}. Elements are named by
 * their stable catalogue ids (such as {@code point.12} or {@code role.formal-representative}); no class names
 * appear in the data, and no default typing is used.
 *
 * <p>Reading is strict: the text must be UTF-8 (a byte order mark is skipped), at most
 * {@value #MAX_DOCUMENT_BYTES} bytes, nested at most {@value #MAX_DEPTH} deep, with strings of at most
 * {@value #MAX_STRING_LENGTH} characters and numbers of at most {@value #MAX_NUMBER_LENGTH} digits; duplicate
 * keys, unknown fields, unknown ids, values out of range, two answers for one point and any other format
 * version are refused. All problems found are reported together in one {@link InvalidInputException}, each with
 * the JSON Pointer of its place, and nothing is built. Writing refuses a value whose document the readers would
 * refuse for its size, so that whatever is written can be read back.
 *
 * <p>Assessments, the documents read in bulk, are read straight from Jackson's streaming parser into the
 * assessment when they are valid and of the usual shape (see {@code docs/json.md}); any other document is read
 * through a tree, which describes every problem. Both apply the same checks and give the same results.
 *
 * <p>To use the formats inside your own Jackson mapper, register {@link #module()}; or take a ready
 * {@link #mapper()}. This class is thread-safe.
 */
public final class JsonFormat {

    /** The format version this library writes and reads. */
    public static final int FORMAT_VERSION = 1;
    /** The largest document read, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = JsonTrees.MAX_DOCUMENT_BYTES;
    /** The deepest nesting read. */
    public static final int MAX_DEPTH = JsonTrees.MAX_DEPTH;
    /** The longest string read, in characters. */
    public static final int MAX_STRING_LENGTH = JsonTrees.MAX_STRING_LENGTH;
    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_LENGTH = JsonTrees.MAX_NUMBER_LENGTH;

    /** Reads the fields of one kind of document. */
    interface Reader<T> {
        Optional<T> read(JsonNode node, String pointer, Fields fields);
    }

    /** One kind of document. */
    record Codec<T>(Class<T> type, String kind, Set<String> fields, BiConsumer<T, ObjectNode> writer,
            Reader<T> reader) {
    }

    private static final Map<Class<?>, Codec<?>> CODECS = new LinkedHashMap<>();

    static {
        add(new Codec<>(Assessment.class, "assessment", AssessmentCodec.FIELDS, AssessmentCodec::write,
                AssessmentCodec::read));
        add(new Codec<>(AssessmentResult.class, "result", ResultCodec.FIELDS, ResultCodec::write,
                ResultCodec::read));
        add(new Codec<>(Activity.class, "activity", PlacementCodec.ACTIVITY_FIELDS, PlacementCodec::write,
                PlacementCodec::readActivity));
        add(new Codec<>(Placements.class, "placements", PlacementCodec.PLACEMENTS_FIELDS, PlacementCodec::write,
                PlacementCodec::readPlacements));
        add(new Codec<>(ProfileAnswers.class, "profile-answers", ProfileCodec.ANSWERS_FIELDS,
                ProfileCodec::write, ProfileCodec::readAnswers));
        add(new Codec<>(Profile.class, "profile", ProfileCodec.PROFILE_FIELDS, ProfileCodec::write,
                ProfileCodec::readProfile));
        add(new Codec<>(RatingRound.class, "rating-round", RoundCodec.FIELDS, RoundCodec::write, RoundCodec::read));
        add(new Codec<>(Plan.class, "plan", PlanCodec.FIELDS, PlanCodec::write, PlanCodec::read));
    }

    private static void add(Codec<?> codec) {
        CODECS.put(codec.type(), codec);
    }

    private JsonFormat() {
    }

    /**
     * Lists the types that have a JSON document.
     *
     * @return the types, in the order of the table above, unmodifiable
     */
    public static List<Class<?>> types() {
        return List.copyOf(CODECS.keySet());
    }

    @SuppressWarnings("unchecked")
    static <T> Codec<T> codec(Class<T> type) {
        Codec<?> codec = CODECS.get(Checks.notNull(type, "type"));
        if (codec == null) {
            throw new IllegalArgumentException("No JSON document for " + type.getName() + "; allowed: "
                    + CODECS.keySet().stream().map(Class::getSimpleName).toList());
        }
        return (Codec<T>) codec;
    }

    /**
     * Writes a value as a JSON document: indented, members in a fixed order, ending with a newline. A document
     * the readers would refuse for its size is not written: see {@link #toTree(Object)} for strings, and the
     * whole document must fit in {@value #MAX_DOCUMENT_BYTES} bytes of UTF-8.
     *
     * @param value  an {@link Assessment}, {@link AssessmentResult}, {@link Activity}, {@link Placements},
     *     {@link ProfileAnswers}, {@link Profile}, {@link RatingRound} or {@link Plan}, not null
     * @return the document, not null
     * @throws IllegalArgumentException if the value's type has no JSON document, or the document would break a
     *         reading limit
     */
    public static String write(Object value) {
        String json = JsonTrees.write(toTree(value));
        // A char takes at most 3 bytes in UTF-8, so short documents need no counting.
        long bytes = (long) json.length() * 3 <= MAX_DOCUMENT_BYTES ? json.length() : utf8Length(json);
        if (bytes > MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("The JSON " + codec(value.getClass()).kind() + " document would be "
                    + bytes + " bytes long, more than the " + MAX_DOCUMENT_BYTES + " bytes the readers accept; "
                    + "shorten its texts");
        }
        return json;
    }

    /**
     * Writes a value as a JSON tree, the same as {@link #write(Object)} gives as text. A value with a text longer
     * than the readers accept ({@value #MAX_STRING_LENGTH} characters) is refused, so that nothing is written
     * that cannot be read back.
     *
     * @param value  a value of one of the {@link #types()}, not null
     * @return the tree, not null
     * @throws IllegalArgumentException if the value's type has no JSON document, or a text is too long
     */
    public static ObjectNode toTree(Object value) {
        Checks.notNull(value, "value");
        Codec<?> codec = codec(value.getClass());
        ObjectNode tree = tree(value, codec);
        checkStrings(tree, "", codec);
        return tree;
    }

    private static void checkStrings(JsonNode node, String pointer, Codec<?> codec) {
        if (node.isTextual() && node.textValue().length() > MAX_STRING_LENGTH) {
            throw new IllegalArgumentException("The text at " + pointer + " of the JSON " + codec.kind()
                    + " document is " + node.textValue().length() + " characters long, more than the "
                    + MAX_STRING_LENGTH + " the readers accept");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkStrings(node.get(i), JsonFields.at(pointer, i), codec);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                checkStrings(e.getValue(), JsonFields.at(pointer, e.getKey()), codec);
            }
        }
    }

    /** Counts the UTF-8 bytes of a text without encoding it; a surrogate pair counts 4. */
    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    @SuppressWarnings("unchecked")
    private static <T> ObjectNode tree(Object value, Codec<T> codec) {
        ObjectNode root = Fields.object();
        root.put("formatVersion", FORMAT_VERSION);
        codec.writer().accept((T) value, root);
        return root;
    }

    /**
     * Reads a document from text.
     *
     * @param <T>  the type of value
     * @param json  the text, not null
     * @param type  the type of value, one of the {@link #types()}
     * @return the value, not null
     * @throws InvalidInputException if the text is not a valid document of that type; nothing is built
     * @throws IllegalArgumentException if the type has no JSON document
     */
    public static <T> T read(String json, Class<T> type) {
        Codec<T> codec = codec(type);
        if (type == Assessment.class) {
            Optional<Assessment> streamed = AssessmentStreamReader.read(Checks.notNull(json, "json"));
            if (streamed.isPresent()) {
                return type.cast(streamed.get());
            }
        }
        return fromTree(JsonTrees.parse(Checks.notNull(json, "json"), format(codec)), codec);
    }

    /**
     * Reads a document from UTF-8 bytes.
     *
     * @param <T>  the type of value
     * @param json  the bytes, not null
     * @param type  the type of value, one of the {@link #types()}
     * @return the value, not null
     * @throws InvalidInputException if the bytes are not a valid document of that type; nothing is built
     * @throws IllegalArgumentException if the type has no JSON document
     */
    public static <T> T read(byte[] json, Class<T> type) {
        Codec<T> codec = codec(type);
        if (type == Assessment.class) {
            Optional<Assessment> streamed = AssessmentStreamReader.read(Checks.notNull(json, "json"));
            if (streamed.isPresent()) {
                return type.cast(streamed.get());
            }
        }
        return fromTree(JsonTrees.parse(Checks.notNull(json, "json"), format(codec)), codec);
    }

    /**
     * Reads a document from a stream of UTF-8 bytes, reading at most {@value #MAX_DOCUMENT_BYTES} bytes and
     * leaving the stream open.
     *
     * @param <T>  the type of value
     * @param json  the stream, not null
     * @param type  the type of value, one of the {@link #types()}
     * @return the value, not null
     * @throws InvalidInputException if the bytes are not a valid document of that type; nothing is built
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static <T> T read(InputStream json, Class<T> type) {
        Codec<T> codec = codec(type);
        return read(Inputs.readAll(json, MAX_DOCUMENT_BYTES, format(codec)), type);
    }

    /**
     * Reads a document from a JSON tree, such as one inside a larger document.
     *
     * @param <T>  the type of value
     * @param tree  the tree, not null
     * @param type  the type of value, one of the {@link #types()}
     * @return the value, not null
     * @throws InvalidInputException if the tree is not a valid document of that type; pointers are relative
     *         to the tree
     */
    public static <T> T fromTree(JsonNode tree, Class<T> type) {
        return fromTree(Checks.notNull(tree, "tree"), codec(type));
    }

    static String format(Codec<?> codec) {
        return "JSON " + codec.kind();
    }

    private static <T> T fromTree(JsonNode root, Codec<T> codec) {
        Fields f = new Fields(format(codec));
        if (!f.json.isObject(root, "", "a " + format(codec) + " document")) {
            f.json.throwIfAny();
        }
        Set<String> known = new HashSet<>(codec.fields());
        known.add("formatVersion");
        if (!f.json.formatVersion(root, FORMAT_VERSION)) {
            f.json.throwIfAny();
        }
        f.json.onlyKnown(root, "", known);
        Optional<T> value = codec.reader().read(root, "", f);
        f.json.throwIfAny();
        if (value.isEmpty()) {
            throw new InvalidInputException(format(codec), new Problem("/", "", List.of(), "the document could not "
                    + "be read"));
        }
        return value.get();
    }

    /**
     * Creates a Jackson module that writes and reads the {@link #types()} as these documents, for use in an
     * existing mapper. Reading through it applies the same checks; an {@link InvalidInputException} is then
     * the cause of the Jackson exception thrown, and its pointers are relative to the document's own root.
     *
     * @return a new module, not null
     */
    public static Module module() {
        return new PatientLeadershipModule();
    }

    /**
     * Creates a mapper with {@link #module()} registered and the same limits and strictness as this class's
     * readers (no duplicate keys, no trailing tokens). No default typing is enabled. Reading through it throws
     * Jackson's exceptions: malformed JSON gives a {@code JsonParseException} with its line and column, a limit
     * exceeded a {@code StreamConstraintsException} (which Jackson gives no location), and a document the
     * library's checks refuse a {@code JsonMappingException} whose cause is the {@link InvalidInputException}.
     *
     * @return a new mapper, not null
     */
    public static ObjectMapper mapper() {
        return JsonTrees.mapper().copy().registerModule(module());
    }
}
