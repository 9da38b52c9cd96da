package org.patientleadership.fhir;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.patientleadership.catalogue.Catalogue;
import org.patientleadership.InvalidInputException;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.internal.Checks;
import org.patientleadership.formats.internal.Inputs;
import org.patientleadership.formats.internal.JsonTrees;

/**
 * Moves the 40-point checklist and its self-assessments in and out of FHIR R4, as JSON text: the checklist as
 * a {@code Questionnaire}, an {@link Assessment} as a {@code QuestionnaireResponse} to it, and back.
 *
 * <p><b>The Questionnaire</b> ({@link #questionnaire()}) has, in order: a {@code string} item
 * {@code organisation} (required); a repeating {@code string} item {@code assessor-roles}; one {@code group}
 * per section, with the section's id as linkId (such as {@code section.leading-the-work}); in each group one
 * {@code choice} item per point, linkId {@code point.N}, whose answer options are the scale's levels (code
 * system {@link #codeSystemUrl(RatingScale)}, code = level id, with the {@code ordinalValue} extension giving
 * the level's value) and a last option {@value #NOT_APPLICABLE_CODE} from {@value #NOT_APPLICABLE_SYSTEM},
 * which has no ordinal value; under each point a {@code text} item {@code point.N.evidence} for a note of
 * evidence, and a {@code display} help text {@code point.N.help} holding the point's summary; and a read-only
 * {@code integer} item {@code total} whose SDC {@code calculatedExpression} adds up the ordinal values of the
 * answers. Its canonical URL depends on the scale ({@link #questionnaireUrl(RatingScale)}) and its version is
 * {@link Catalogue#VERSION}.
 *
 * <p><b>A QuestionnaireResponse</b> ({@link #toResponse(Assessment)}) holds the organisation, the assessor
 * roles, one item per answered point inside its section's group (an unanswered point has no item), the
 * evidence nested in the point's answer ({@code answer.item}), as FHIR nests items under a question, and the
 * total. {@code authored} holds the date; {@code status} is {@code completed}.
 *
 * <p><b>Reading</b> ({@link #readResponse(byte[])}) maps answers by linkId and is strict: UTF-8 JSON within
 * the limits of the library, {@code resourceType} {@code QuestionnaireResponse}, {@code questionnaire} the
 * canonical URL of the scale's Questionnaire (with no version or this version), a known {@code status} other
 * than {@code entered-in-error}, {@code authored} a dateTime with a full date (its date, as written, is the
 * assessment's), no unknown fields, linkIds or codes, one answer per point of the right type, no modifier
 * extensions, and a total, if given, equal to the sum of the ratings. Other extensions and elements FHIR
 * allows but the assessment does not hold (such as {@code subject}, {@code author} or item {@code text}) are
 * ignored. Every problem found is reported, with the JSON Pointer of its place, in one
 * {@link InvalidInputException}; nothing is built when there is one.
 *
 * <p>The library does not depend on a FHIR library; the tests check what it writes with the HAPI FHIR R4
 * validator.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FhirQuestionnaire {

    /**
     * The base of the canonical URLs of the Questionnaires and code systems of this library. It names them; it
     * is not promised to resolve.
     */
    public static final String CANONICAL_BASE = "https://patientleadership.org/fhir";
    /** The code system of the "not applicable" answer: HL7's data-absent-reason. */
    public static final String NOT_APPLICABLE_SYSTEM = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
    /** The code of the "not applicable" answer in {@link #NOT_APPLICABLE_SYSTEM}. */
    public static final String NOT_APPLICABLE_CODE = "not-applicable";
    /** The format named in the {@link InvalidInputException}s of the readers. */
    public static final String FORMAT = "FHIR QuestionnaireResponse";

    private FhirQuestionnaire() {
    }

    /**
     * Exports the checklist as a FHIR R4 Questionnaire rated on the default {@link RatingScale#MATURITY}
     * scale. The result is the same on every call, and is kept in the project as
     * {@code docs/fhir/questionnaire.json}.
     *
     * @return the Questionnaire as indented JSON, not null
     */
    public static String questionnaire() {
        return questionnaire(RatingScale.MATURITY);
    }

    /**
     * Exports the checklist as a FHIR R4 Questionnaire rated on a scale.
     *
     * @param scale  the scale, not null
     * @return the Questionnaire as indented JSON, not null
     */
    public static String questionnaire(RatingScale scale) {
        Checks.notNull(scale, "scale");
        return JsonTrees.write(QuestionnaireWriter.questionnaire(scale));
    }

    /**
     * Exports the levels of a scale as a FHIR R4 CodeSystem, the system of the codes the Questionnaire offers
     * for ratings; each concept carries its value as an {@code ordinalValue} extension.
     *
     * @param scale  the scale, not null
     * @return the CodeSystem as indented JSON, not null
     */
    public static String codeSystem(RatingScale scale) {
        Checks.notNull(scale, "scale");
        return JsonTrees.write(QuestionnaireWriter.codeSystem(scale));
    }

    /**
     * Gives the canonical URL of the Questionnaire for a scale: {@link #CANONICAL_BASE} followed by
     * {@code /Questionnaire/checklist-} and the scale's id. A custom scale needs an id of its own.
     *
     * @param scale  the scale, not null
     * @return the URL, without a version, not null
     */
    public static String questionnaireUrl(RatingScale scale) {
        return FhirItems.questionnaireUrl(Checks.notNull(scale, "scale"));
    }

    /**
     * Gives the canonical URL of the code system of a scale's levels: {@link #CANONICAL_BASE} followed by
     * {@code /CodeSystem/} and the scale's id.
     *
     * @param scale  the scale, not null
     * @return the URL, not null
     */
    public static String codeSystemUrl(RatingScale scale) {
        return FhirItems.codeSystemUrl(Checks.notNull(scale, "scale"));
    }

    /**
     * Exports an assessment as a FHIR R4 QuestionnaireResponse to the Questionnaire of its scale. Reading the
     * result with {@link #readResponse(String, RatingScale)} and the same scale gives an equal assessment.
     *
     * @param assessment  the assessment, not null
     * @return the QuestionnaireResponse as indented JSON, not null
     * @throws IllegalArgumentException if the assessment cannot be written so that the readers accept it: its
     *         date's year is outside 1 to 9999, a text has more than 100,000 characters, or the whole
     *         document would exceed 4,000,000 bytes
     */
    public static String toResponse(Assessment assessment) {
        Checks.notNull(assessment, "assessment");
        String json = JsonTrees.write(ResponseWriter.response(assessment));
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > JsonTrees.MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("Cannot write the assessment as FHIR: the document would have "
                    + bytes + " bytes, and readers of this library accept at most " + JsonTrees.MAX_DOCUMENT_BYTES);
        }
        return json;
    }

    /**
     * Reads a QuestionnaireResponse to the Questionnaire of the default {@link RatingScale#MATURITY} scale.
     *
     * @param text  the JSON text, not null
     * @return the assessment, not null
     * @throws InvalidInputException if the text is not such a response, naming every problem and its place
     */
    public static Assessment readResponse(String text) {
        return readResponse(text, RatingScale.MATURITY);
    }

    /**
     * Reads a QuestionnaireResponse to the Questionnaire of a scale.
     *
     * @param text  the JSON text, not null
     * @param scale  the scale of the Questionnaire, not null
     * @return the assessment, on that scale, not null
     * @throws InvalidInputException if the text is not such a response, naming every problem and its place
     */
    public static Assessment readResponse(String text, RatingScale scale) {
        Checks.notNull(text, "text");
        Checks.notNull(scale, "scale");
        return ResponseReader.read(JsonTrees.parse(text, FORMAT), scale);
    }

    /**
     * Reads a QuestionnaireResponse to the Questionnaire of the default {@link RatingScale#MATURITY} scale
     * from UTF-8 bytes (a byte order mark is skipped; other encodings are refused).
     *
     * @param bytes  the bytes, not null
     * @return the assessment, not null
     * @throws InvalidInputException if the bytes are not such a response, naming every problem and its place
     */
    public static Assessment readResponse(byte[] bytes) {
        return readResponse(bytes, RatingScale.MATURITY);
    }

    /**
     * Reads a QuestionnaireResponse to the Questionnaire of a scale from UTF-8 bytes.
     *
     * @param bytes  the bytes, not null
     * @param scale  the scale of the Questionnaire, not null
     * @return the assessment, on that scale, not null
     * @throws InvalidInputException if the bytes are not such a response, naming every problem and its place
     */
    public static Assessment readResponse(byte[] bytes, RatingScale scale) {
        Checks.notNull(bytes, "bytes");
        Checks.notNull(scale, "scale");
        return ResponseReader.read(JsonTrees.parse(bytes, FORMAT), scale);
    }

    /**
     * Reads a QuestionnaireResponse to the Questionnaire of the default {@link RatingScale#MATURITY} scale
     * from a stream of UTF-8 bytes, to its end. The stream is not closed.
     *
     * @param in  the stream, not null
     * @return the assessment, not null
     * @throws InvalidInputException if the stream does not hold such a response, naming every problem
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Assessment readResponse(InputStream in) {
        return readResponse(in, RatingScale.MATURITY);
    }

    /**
     * Reads a QuestionnaireResponse to the Questionnaire of a scale from a stream of UTF-8 bytes, to its end.
     * The stream is not closed.
     *
     * @param in  the stream, not null
     * @param scale  the scale of the Questionnaire, not null
     * @return the assessment, on that scale, not null
     * @throws InvalidInputException if the stream does not hold such a response, naming every problem
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Assessment readResponse(InputStream in, RatingScale scale) {
        Checks.notNull(scale, "scale");
        return readResponse(Inputs.readAll(in, JsonTrees.MAX_DOCUMENT_BYTES, FORMAT), scale);
    }
}
