package org.patientleadership.fhir;

import static org.patientleadership.fhir.FhirItems.NODES;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.formats.internal.JsonTrees;

/**
 * Builds the FHIR R4 QuestionnaireResponse of an assessment. Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ResponseWriter {

    /** The most characters of a note of evidence shown in the narrative; the item holds it all. */
    private static final int NARRATIVE_EVIDENCE = 200;

    private ResponseWriter() {
    }

    /**
     * Builds the QuestionnaireResponse.
     *
     * @param assessment  the assessment
     * @return the QuestionnaireResponse, a new tree
     * @throws IllegalArgumentException if the date's year is outside 1 to 9999, or a text is longer than the
     *         reader accepts
     */
    static ObjectNode response(Assessment assessment) {
        int year = assessment.date().getYear();
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Cannot write the assessment of " + assessment.date()
                    + " as FHIR: FHIR dates have years 0001 to 9999");
        }
        checkLength(assessment.organisation(), "organisation");
        assessment.assessorRoles().forEach(r -> checkLength(r, "assessor role"));
        assessment.answers().forEach(a -> a.evidence().ifPresent(e -> checkLength(e, "evidence of point "
                + a.point())));
        RatingScale scale = assessment.scale();
        ObjectNode qr = NODES.objectNode();
        qr.put("resourceType", "QuestionnaireResponse");
        qr.set("text", FhirItems.narrative(narrative(assessment)));
        qr.put("questionnaire", FhirItems.questionnaireReference(scale));
        qr.put("status", "completed");
        qr.put("authored", assessment.date().toString());
        ArrayNode items = qr.putArray("item");
        items.add(NODES.objectNode().put("linkId", FhirItems.ORGANISATION).put("text", FhirItems.ORGANISATION_TEXT)
                .set("answer", FhirItems.stringAnswer(assessment.organisation())));
        if (!assessment.assessorRoles().isEmpty()) {
            ArrayNode roles = NODES.arrayNode();
            assessment.assessorRoles().forEach(r -> roles.add(NODES.objectNode().put("valueString", r)));
            items.add(NODES.objectNode().put("linkId", FhirItems.ASSESSOR_ROLES)
                    .put("text", FhirItems.ASSESSOR_ROLES_TEXT).set("answer", roles));
        }
        for (Section s : Section.values()) {
            ArrayNode points = NODES.arrayNode();
            for (ChecklistPoint p : s.points()) {
                assessment.answer(p.number()).ifPresent(a -> points.add(point(a, scale)));
            }
            if (!points.isEmpty()) {
                items.add(NODES.objectNode().put("linkId", s.id()).put("text", s.displayName()).set("item", points));
            }
        }
        long total = total(assessment);
        if (total >= Integer.MIN_VALUE && total <= Integer.MAX_VALUE) {
            items.add(NODES.objectNode().put("linkId", FhirItems.TOTAL).put("text", FhirItems.TOTAL_TEXT)
                    .set("answer", NODES.arrayNode().add(NODES.objectNode().put("valueInteger", (int) total))));
        }
        return qr;
    }

    /**
     * Adds up the ratings of an assessment, as the Questionnaire's total expression does.
     *
     * @param assessment  the assessment
     * @return the sum of the ratings given
     */
    static long total(Assessment assessment) {
        return assessment.answers().stream().mapToLong(a -> a.rating().orElse(0)).sum();
    }

    private static void checkLength(String text, String what) {
        if (text.length() > JsonTrees.MAX_STRING_LENGTH) {
            throw new IllegalArgumentException("Cannot write the " + what + " as FHIR: it has " + text.length()
                    + " characters, and readers of this library accept at most " + JsonTrees.MAX_STRING_LENGTH);
        }
    }

    private static ObjectNode point(Answer answer, RatingScale scale) {
        ObjectNode value = NODES.objectNode();
        if (answer.rating().isPresent()) {
            RatingLevel level = scale.level(answer.rating().getAsInt(), answer.point());
            value.set("valueCoding", FhirItems.levelCoding(scale, level));
        } else {
            value.set("valueCoding", FhirItems.notApplicableCoding());
        }
        answer.evidence().ifPresent(e -> value.set("item", NODES.arrayNode().add(NODES.objectNode()
                .put("linkId", FhirItems.evidenceLinkId(answer.point())).put("text", FhirItems.EVIDENCE_TEXT)
                .set("answer", FhirItems.stringAnswer(e)))));
        ChecklistPoint p = Checklist.point(answer.point());
        return NODES.objectNode().put("linkId", p.id()).put("text", p.title())
                .set("answer", NODES.arrayNode().add(value));
    }

    private static String shorten(String text) {
        return text.length() <= NARRATIVE_EVIDENCE ? text : text.substring(0, NARRATIVE_EVIDENCE - 1) + "…";
    }

    private static String narrative(Assessment assessment) {
        StringBuilder x = new StringBuilder();
        x.append("<p><b>").append(FhirItems.xhtml(assessment.organisation())).append("</b>, self-assessment of ")
                .append(assessment.date()).append(" on the ").append(FhirItems.xhtml(assessment.scale().name()))
                .append(" scale.</p>");
        if (!assessment.assessorRoles().isEmpty()) {
            x.append("<p>Assessors: ").append(assessment.assessorRoles().stream().map(FhirItems::xhtml)
                    .collect(Collectors.joining(", ")))
                    .append(".</p>");
        }
        if (assessment.answers().isEmpty()) {
            x.append("<p>No point answered.</p>");
            return x.toString();
        }
        x.append("<ul>");
        for (Answer a : assessment.answers()) {
            x.append("<li>").append(FhirItems.xhtml(Checklist.point(a.point()).title())).append(" (point ")
                    .append(a.point()).append("): ");
            x.append(a.rating().isPresent() ? FhirItems.xhtml(assessment.scale().level(a.rating().getAsInt(),
                    a.point()).toString()) : "not applicable");
            a.evidence().ifPresent(e -> x.append(" (").append(FhirItems.xhtml(shorten(e))).append(")"));
            x.append("</li>");
        }
        x.append("</ul><p>Total of the ratings: ").append(total(assessment)).append(".</p>");
        return x.toString();
    }
}
