package org.patientleadership.fhir;

import java.util.Locale;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.catalogue.Catalogue;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.internal.UserText;

/**
 * The names shared by the writers and the reader of this package: canonical URLs, linkIds, item texts, the
 * extensions used, and small helpers to build FHIR JSON nodes. Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FhirItems {

    /** The JSON node factory used for every node written. */
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The R4 extension carrying the numeric value of a coded answer. */
    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    /** The SDC extension holding an expression that calculates an item's answer. */
    static final String CALCULATED_EXPRESSION =
            "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";
    /** The R4 extension choosing how an item is shown. */
    static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    /** The R4 code system of item controls. */
    static final String ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";

    /** The linkId of the organisation item. */
    static final String ORGANISATION = "organisation";
    /** The linkId of the assessor roles item. */
    static final String ASSESSOR_ROLES = "assessor-roles";
    /** The linkId of the calculated total. */
    static final String TOTAL = "total";
    /** The suffix of the linkId of a point's evidence item. */
    static final String EVIDENCE_SUFFIX = ".evidence";
    /** The suffix of the linkId of a point's or section's help text. */
    static final String HELP_SUFFIX = ".help";

    /** The text of the organisation item. */
    static final String ORGANISATION_TEXT = "Organisation assessed";
    /** The text of the assessor roles item. */
    static final String ASSESSOR_ROLES_TEXT = "Role of a person who made the assessment (one answer per role)";
    /** The text of each evidence item. */
    static final String EVIDENCE_TEXT = "Evidence for this answer, or the reason for it (optional)";
    /** The text of the total item. */
    static final String TOTAL_TEXT = "Total of the ratings given (not applicable counts nothing)";
    /** The FHIRPath expression calculating the total. */
    static final String TOTAL_EXPRESSION = "%resource.item.where(linkId.startsWith('section.')).item"
            + ".answer.value.ordinal().aggregate($this + $total, 0)";
    /** The display of the "not applicable" code in its HL7 code system. */
    static final String NOT_APPLICABLE_DISPLAY = "Not Applicable";
    /** Who publishes the Questionnaire and code systems. */
    static final String PUBLISHER = "Patient Leadership library project";

    private FhirItems() {
    }

    /**
     * Gives the linkId of a point's evidence item.
     *
     * @param point  the point number
     * @return the linkId, such as {@code point.12.evidence}
     */
    static String evidenceLinkId(int point) {
        return ChecklistPoint.idOf(point) + EVIDENCE_SUFFIX;
    }

    /**
     * Gives the point number of a point's linkId.
     *
     * @param linkId  the linkId
     * @return the number, or empty if the linkId is not {@code point.N} for a point of the checklist
     */
    static OptionalInt pointOf(String linkId) {
        if (!linkId.matches("point\\.[1-9][0-9]?")) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(linkId.substring("point.".length()));
        return n <= ChecklistPoint.COUNT ? OptionalInt.of(n) : OptionalInt.empty();
    }

    /**
     * Gives the canonical URL of the Questionnaire for a scale.
     *
     * @param scale  the scale
     * @return the URL, without a version
     */
    static String questionnaireUrl(RatingScale scale) {
        return FhirQuestionnaire.CANONICAL_BASE + "/Questionnaire/checklist-" + scale.id();
    }

    /**
     * Gives the canonical URL of the code system of a scale's levels.
     *
     * @param scale  the scale
     * @return the URL
     */
    static String codeSystemUrl(RatingScale scale) {
        return FhirQuestionnaire.CANONICAL_BASE + "/CodeSystem/" + scale.id();
    }

    /**
     * Gives a computer-friendly name for a scale, such as {@code FiveStar} for {@code five-star}.
     *
     * @param scale  the scale
     * @return the name, letters and digits starting upper case
     */
    static String camelName(RatingScale scale) {
        StringBuilder name = new StringBuilder();
        for (String part : scale.id().split("[-.]")) {
            name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return name.toString();
    }

    /**
     * Gives the canonical reference to the Questionnaire of a scale, with the catalogue version.
     *
     * @param scale  the scale
     * @return {@code url|version}
     */
    static String questionnaireReference(RatingScale scale) {
        return questionnaireUrl(scale) + "|" + Catalogue.VERSION;
    }

    /**
     * Builds the coding of a level, with its ordinal value.
     *
     * @param scale  the scale
     * @param level  the level
     * @return the Coding, a new node
     */
    static ObjectNode levelCoding(RatingScale scale, RatingLevel level) {
        ObjectNode coding = NODES.objectNode();
        coding.set("extension", NODES.arrayNode().add(ordinalValue(level.value())));
        coding.put("system", codeSystemUrl(scale));
        coding.put("code", level.id());
        coding.put("display", level.label());
        return coding;
    }

    /**
     * Builds the coding of "not applicable", which has no ordinal value.
     *
     * @return the Coding, a new node
     */
    static ObjectNode notApplicableCoding() {
        ObjectNode coding = NODES.objectNode();
        coding.put("system", FhirQuestionnaire.NOT_APPLICABLE_SYSTEM);
        coding.put("code", FhirQuestionnaire.NOT_APPLICABLE_CODE);
        coding.put("display", NOT_APPLICABLE_DISPLAY);
        return coding;
    }

    /**
     * Builds an ordinalValue extension.
     *
     * @param value  the value
     * @return the Extension, a new node
     */
    static ObjectNode ordinalValue(int value) {
        ObjectNode extension = NODES.objectNode();
        extension.put("url", ORDINAL_VALUE);
        extension.put("valueDecimal", value);
        return extension;
    }

    /**
     * Builds a one-item array holding an answer with a string value.
     *
     * @param value  the value
     * @return the array, a new node
     */
    static ArrayNode stringAnswer(String value) {
        return NODES.arrayNode().add(NODES.objectNode().put("valueString", value));
    }

    /**
     * Builds a generated narrative around XHTML content.
     *
     * @param xhtml  the content of the div, escaped
     * @return the Narrative, a new node
     */
    static ObjectNode narrative(String xhtml) {
        ObjectNode text = NODES.objectNode();
        text.put("status", "generated");
        text.put("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + xhtml + "</div>");
        return text;
    }

    /**
     * Escapes text for XHTML, replacing characters XML does not allow by U+FFFD. Bidirectional controls that
     * the text does not close itself are removed, and text holding right-to-left letters or controls is
     * enclosed in FSI and PDI ({@link UserText#isolate}), so it cannot reorder the narrative around it.
     *
     * @param text  the text
     * @return the escaped text
     */
    static String xhtml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        UserText.isolate(text).codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    out.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return out.toString();
    }
}
