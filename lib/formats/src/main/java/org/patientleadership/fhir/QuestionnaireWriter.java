package org.patientleadership.fhir;

import static org.patientleadership.fhir.FhirItems.NODES;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.catalogue.Catalogue;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;

/**
 * Builds the FHIR R4 Questionnaire of the checklist for a rating scale, and the CodeSystem of the scale's
 * levels. Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
final class QuestionnaireWriter {

    private QuestionnaireWriter() {
    }

    /**
     * Builds the Questionnaire.
     *
     * @param scale  the scale the points are rated on
     * @return the Questionnaire, a new tree
     */
    static ObjectNode questionnaire(RatingScale scale) {
        ObjectNode q = NODES.objectNode();
        q.put("resourceType", "Questionnaire");
        q.put("id", "checklist-" + scale.id());
        q.set("text", FhirItems.narrative(narrative(scale)));
        q.put("url", FhirItems.questionnaireUrl(scale));
        q.put("version", Catalogue.VERSION);
        q.put("name", "PatientLeadershipChecklist" + FhirItems.camelName(scale));
        q.put("title", title(scale));
        q.put("status", "active");
        q.put("experimental", false);
        q.set("subjectType", NODES.arrayNode().add("Organization"));
        q.put("publisher", FhirItems.PUBLISHER);
        q.put("description", "A self-assessment of how far an organisation supports patient leadership, with one "
                + "question for each point of the 40-point checklist in the guide \"Bring it on – 40 ways to "
                + "support Patient Leadership\". Each point is rated on the " + markdown(scale.name()) + " scale ("
                + markdown(levelsInWords(scale)) + ") or marked not applicable, with an optional note of the "
                + "evidence.");
        q.put("purpose", "Lets a board, a team or a group of patient leaders record where their organisation "
                + "stands on each point, and move that record between FHIR-based tools.");
        q.put("copyright", "The point and section titles are those of the guide; the help texts and all other "
                + "wording are the Patient Leadership library project's own, under the Apache License 2.0.");
        ArrayNode items = q.putArray("item");
        items.add(question(FhirItems.ORGANISATION, FhirItems.ORGANISATION_TEXT, "string").put("required", true)
                .put("repeats", false));
        items.add(question(FhirItems.ASSESSOR_ROLES, FhirItems.ASSESSOR_ROLES_TEXT, "string")
                .put("required", false).put("repeats", true));
        for (Section s : Section.values()) {
            items.add(group(s, scale));
        }
        ObjectNode total = question(FhirItems.TOTAL, FhirItems.TOTAL_TEXT, "integer");
        total.put("required", false).put("repeats", false).put("readOnly", true);
        ObjectNode expression = NODES.objectNode();
        expression.put("description", "Sum of the ordinal values of the answers to the 40 points");
        expression.put("language", "text/fhirpath");
        expression.put("expression", FhirItems.TOTAL_EXPRESSION);
        total.set("extension", NODES.arrayNode().add(NODES.objectNode()
                .put("url", FhirItems.CALCULATED_EXPRESSION).set("valueExpression", expression)));
        // Put the extension first, as FHIR JSON usually does.
        items.add(reorder(total, "extension"));
        return q;
    }

    /**
     * Gives the title of the Questionnaire for a scale.
     *
     * @param scale  the scale
     * @return the title
     */
    static String title(RatingScale scale) {
        return "Patient leadership self-assessment: the 40-point checklist (" + scale.name() + " scale)";
    }

    /** Escapes text for FHIR markdown (CommonMark), so that names chosen by users are shown as written. */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]<>()#+-.!|&~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String levelsInWords(RatingScale scale) {
        return scale.levels().stream().map(RatingLevel::toString).collect(Collectors.joining(", "));
    }

    private static ObjectNode reorder(ObjectNode node, String first) {
        ObjectNode copy = NODES.objectNode();
        copy.set(first, node.get(first));
        node.properties().forEach(e -> {
            if (!e.getKey().equals(first)) {
                copy.set(e.getKey(), e.getValue());
            }
        });
        return copy;
    }

    private static ObjectNode question(String linkId, String text, String type) {
        ObjectNode item = NODES.objectNode();
        item.put("linkId", linkId);
        item.put("text", text);
        item.put("type", type);
        return item;
    }

    private static ObjectNode help(String linkId, String text) {
        ObjectNode item = NODES.objectNode();
        item.set("extension", NODES.arrayNode().add(NODES.objectNode().put("url", FhirItems.ITEM_CONTROL)
                .set("valueCodeableConcept", NODES.objectNode().set("coding", NODES.arrayNode()
                        .add(NODES.objectNode().put("system", FhirItems.ITEM_CONTROL_SYSTEM).put("code", "help")
                                .put("display", "Help-Button"))))));
        item.put("linkId", linkId + FhirItems.HELP_SUFFIX);
        item.put("text", text);
        item.put("type", "display");
        return item;
    }

    private static ObjectNode group(Section section, RatingScale scale) {
        ObjectNode group = NODES.objectNode();
        group.put("linkId", section.id());
        group.put("prefix", section.number() + ".");
        group.put("text", section.displayName());
        group.put("type", "group");
        group.put("required", false);
        group.put("repeats", false);
        ArrayNode items = group.putArray("item");
        items.add(help(section.id(), section.description()));
        for (ChecklistPoint p : section.points()) {
            items.add(point(p, scale));
        }
        return group;
    }

    private static ObjectNode point(ChecklistPoint point, RatingScale scale) {
        ObjectNode item = NODES.objectNode();
        item.put("linkId", point.id());
        item.put("prefix", point.number() + ".");
        item.put("text", point.title());
        item.put("type", "choice");
        item.put("required", false);
        item.put("repeats", false);
        ArrayNode options = item.putArray("answerOption");
        for (RatingLevel level : scale.levels()) {
            options.add(NODES.objectNode().set("valueCoding", FhirItems.levelCoding(scale, level)));
        }
        options.add(NODES.objectNode().set("valueCoding", FhirItems.notApplicableCoding()));
        ArrayNode children = item.putArray("item");
        children.add(help(point.id(), point.summary()));
        children.add(question(FhirItems.evidenceLinkId(point.number()), FhirItems.EVIDENCE_TEXT, "text")
                .put("required", false).put("repeats", false));
        return item;
    }

    private static String narrative(RatingScale scale) {
        StringBuilder x = new StringBuilder();
        x.append("<h1>").append(FhirItems.xhtml(title(scale))).append("</h1>");
        x.append("<p>One question for each point of the guide's 40-point checklist. Rate each point on the ")
                .append(FhirItems.xhtml(scale.name())).append(" scale, or mark it not applicable; a note of the "
                        + "evidence may be added to any answer.</p>");
        x.append("<p>Ratings: ").append(FhirItems.xhtml(levelsInWords(scale))).append(".</p>");
        x.append("<p>Also asked: the organisation assessed and the roles of the assessors. The total adds up the "
                + "ratings given.</p>");
        for (Section s : Section.values()) {
            x.append("<h2>").append(s.number()).append(". ").append(FhirItems.xhtml(s.displayName()))
                    .append("</h2><ul>");
            for (ChecklistPoint p : s.points()) {
                // The title first and the number after it: the guide prints the number first.
                x.append("<li>").append(FhirItems.xhtml(p.title())).append(" (point ").append(p.number())
                        .append(")</li>");
            }
            x.append("</ul>");
        }
        return x.toString();
    }

    /**
     * Builds the CodeSystem of a scale's levels.
     *
     * @param scale  the scale
     * @return the CodeSystem, a new tree
     */
    static ObjectNode codeSystem(RatingScale scale) {
        ObjectNode cs = NODES.objectNode();
        cs.put("resourceType", "CodeSystem");
        cs.put("id", scale.id());
        StringBuilder x = new StringBuilder();
        x.append("<h1>").append(FhirItems.xhtml(scale.name())).append(" scale</h1><ul>");
        for (RatingLevel l : scale.levels()) {
            x.append("<li>").append(l.value()).append(" <code>").append(FhirItems.xhtml(l.id())).append("</code> ")
                    .append(FhirItems.xhtml(l.label())).append(": ").append(FhirItems.xhtml(l.description()))
                    .append("</li>");
        }
        x.append("</ul>");
        cs.set("text", FhirItems.narrative(x.toString()));
        cs.put("url", FhirItems.codeSystemUrl(scale));
        cs.put("version", Catalogue.VERSION);
        cs.put("name", FhirItems.camelName(scale) + "Scale");
        cs.put("title", scale.name() + " scale");
        cs.put("status", "active");
        cs.put("experimental", false);
        cs.put("publisher", FhirItems.PUBLISHER);
        cs.put("description", "The levels of the " + markdown(scale.name()) + " scale on which each point of the "
                + "40-point checklist is rated; each level's ordinal value is its number on the scale.");
        cs.put("caseSensitive", true);
        cs.put("content", "complete");
        cs.put("count", scale.levels().size());
        ArrayNode concepts = cs.putArray("concept");
        for (RatingLevel l : scale.levels()) {
            ObjectNode c = NODES.objectNode();
            c.set("extension", NODES.arrayNode().add(FhirItems.ordinalValue(l.value())));
            c.put("code", l.id());
            c.put("display", l.label());
            c.put("definition", l.description());
            concepts.add(c);
        }
        return cs;
    }
}
