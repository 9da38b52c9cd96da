package org.patientleadership.fhir;

import static org.patientleadership.formats.internal.JsonFields.at;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.patientleadership.catalogue.Catalogue;
import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.formats.internal.JsonFields;
import org.patientleadership.formats.internal.JsonNumbers;

/**
 * Reads a FHIR R4 QuestionnaireResponse to the checklist Questionnaire into an {@link Assessment}, collecting
 * every problem with its JSON Pointer and building nothing if there is one. Not part of the API; not
 * thread-safe (one instance per read).
 */
final class ResponseReader {

    private static final Set<String> ROOT_FIELDS = fields(List.of("id", "implicitRules", "language",
            "questionnaire", "status", "authored"), List.of("resourceType", "meta", "text", "contained",
            "extension", "modifierExtension", "identifier", "basedOn", "partOf", "subject", "encounter", "author",
            "source", "item"));
    private static final Set<String> ITEM_FIELDS = fields(List.of("id", "linkId", "definition", "text"),
            List.of("extension", "modifierExtension", "answer", "item"));
    private static final List<String> PRIMITIVE_VALUES = List.of("valueBoolean", "valueDecimal", "valueInteger",
            "valueDate", "valueDateTime", "valueTime", "valueString", "valueUri");
    private static final List<String> COMPLEX_VALUES = List.of("valueAttachment", "valueCoding", "valueQuantity",
            "valueReference");
    private static final Set<String> ANSWER_FIELDS = fields(Stream.concat(Stream.of("id"),
            PRIMITIVE_VALUES.stream()).toList(), Stream.concat(Stream.of("extension", "modifierExtension", "item"),
            COMPLEX_VALUES.stream()).toList());
    private static final Set<String> CODING_FIELDS = fields(List.of("id", "system", "version", "code", "display",
            "userSelected"), List.of("extension"));
    private static final List<String> STATUSES = List.of("in-progress", "completed", "amended", "stopped");
    /** A FHIR dateTime with at least a full date; groups 1 to 3 are year, month and day. */
    private static final Pattern DATE_TIME = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})(T([01][0-9]|2[0-3])"
            + ":[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?");

    private final RatingScale scale;
    private final JsonFields f = new JsonFields(FhirQuestionnaire.FORMAT);
    private final Set<String> topLinkIds = new HashSet<>();
    private final Set<Integer> pointsSeen = new HashSet<>();
    private final TreeMap<Integer, Answer> byPoint = new TreeMap<>();
    private final List<String> roles = new ArrayList<>();
    private String organisation;
    private LocalDate date;
    private long total;
    private String totalAt;

    private ResponseReader(RatingScale scale) {
        this.scale = scale;
    }

    /**
     * Reads an assessment from a parsed QuestionnaireResponse.
     *
     * @param root  the parsed document
     * @param scale  the scale of the Questionnaire the response answers
     * @return the assessment, not null
     * @throws org.patientleadership.InvalidInputException if anything in the document does not fit
     */
    static Assessment read(JsonNode root, RatingScale scale) {
        return new ResponseReader(scale).read(root);
    }

    private static Set<String> fields(List<String> primitives, List<String> complex) {
        Set<String> all = new HashSet<>(complex);
        for (String p : primitives) {
            all.add(p);
            all.add("_" + p);
        }
        return Set.copyOf(all);
    }

    private Assessment read(JsonNode root) {
        if (!f.isObject(root, "", "a FHIR QuestionnaireResponse")) {
            f.throwIfAny();
        }
        JsonNode type = root.get("resourceType");
        if (type == null || !"QuestionnaireResponse".equals(type.textValue())) {
            f.problem("/resourceType", type, List.of("QuestionnaireResponse"), type == null
                    ? "missing field 'resourceType'" : "this is not a QuestionnaireResponse");
            f.throwIfAny();
        }
        common(root, "", ROOT_FIELDS);
        if (root.has("implicitRules")) {
            f.problem("/implicitRules", root.get("implicitRules"), List.of("no implicit rules"),
                    "the response follows implicit rules this library cannot apply");
        }
        questionnaire(root);
        status(root);
        authored(root);
        items(root);
        if (!f.hasProblems() && totalAt != null) {
            long expected = byPoint.values().stream().mapToLong(a -> a.rating().orElse(0)).sum();
            if (expected != total) {
                f.problem(totalAt, Long.toString(total), List.of(Long.toString(expected)), "the total does not "
                        + "match the ratings given, which add up to " + expected);
            }
        }
        f.throwIfAny();
        return new Assessment(organisation, date, roles, scale, new ArrayList<>(byPoint.values()));
    }

    /** Checks the members of an object and refuses modifier extensions. */
    private void common(JsonNode object, String pointer, Set<String> known) {
        f.onlyKnown(object, pointer, known);
        if (object.has("modifierExtension")) {
            f.problem(at(pointer, "modifierExtension"), object.get("modifierExtension"),
                    List.of("no modifier extensions"), "modifier extensions change the meaning of what holds "
                            + "them, and this library understands none");
        }
    }

    private void questionnaire(JsonNode root) {
        if (f.text(root, "", "questionnaire", true).isEmpty()) {
            return;
        }
        String url = FhirItems.questionnaireUrl(scale);
        String text = root.get("questionnaire").textValue();
        int bar = text.indexOf('|');
        String base = bar < 0 ? text : text.substring(0, bar);
        List<String> allowed = List.of(url, FhirItems.questionnaireReference(scale));
        if (!base.equals(url)) {
            f.problem("/questionnaire", text, allowed, "the response answers another Questionnaire");
        } else if (bar >= 0 && !text.substring(bar + 1).equals(Catalogue.VERSION)) {
            f.problem("/questionnaire", text, allowed, "the response answers version " + text.substring(bar + 1)
                    + " of the Questionnaire; this library reads version " + Catalogue.VERSION);
        }
    }

    private void status(JsonNode root) {
        if (f.text(root, "", "status", true).isEmpty()) {
            return;
        }
        String text = root.get("status").textValue();
        if (text.equals("entered-in-error")) {
            f.problem("/status", text, STATUSES, "the response was entered in error");
        } else if (!STATUSES.contains(text)) {
            f.problem("/status", text, STATUSES, "unknown status '" + text + "'");
        }
    }

    private void authored(JsonNode root) {
        if (f.text(root, "", "authored", true).isEmpty()) {
            return;
        }
        String text = root.get("authored").textValue();
        List<String> allowed = List.of("a FHIR dateTime with a full date, such as 2026-03-31 or "
                + "2026-03-31T14:30:00+01:00");
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) {
            f.problem("/authored", text, allowed, "the date of the assessment is not a FHIR dateTime with a day");
            return;
        }
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (date.getYear() < 1) {
                date = null;
                f.problem("/authored", text, allowed, "FHIR dates have years 0001 to 9999");
            }
        } catch (DateTimeException e) {
            f.problem("/authored", text, allowed, "no such day: " + e.getMessage());
        }
    }

    /** Gets an array member, which FHIR does not allow to be empty. */
    private Optional<JsonNode> array(JsonNode object, String pointer, String field, String what,
            boolean required) {
        Optional<JsonNode> array = f.array(object, pointer, field, what, required);
        if (array.isPresent() && array.get().isEmpty()) {
            f.problem(at(pointer, field), "[]", List.of("a non-empty array of " + what, "no '" + field + "'"),
                    "FHIR does not allow empty arrays");
            return Optional.empty();
        }
        return array;
    }

    /** Gets the linkId of an item, checking the item's members first; empty if the item cannot be used. */
    private Optional<String> linkId(JsonNode item, String pointer) {
        if (!f.isObject(item, pointer, "an item")) {
            return Optional.empty();
        }
        common(item, pointer, ITEM_FIELDS);
        if (f.text(item, pointer, "linkId", true).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(item.get("linkId").textValue());
    }

    private void unknownLinkId(String pointer, String linkId, List<String> allowed) {
        f.problem(at(pointer, "linkId"), linkId, allowed, "unknown linkId '" + linkId + "'");
    }

    private void noField(JsonNode item, String pointer, String field, String message) {
        if (item.has(field)) {
            f.problem(at(pointer, field), item.get(field), List.of("no '" + field + "'"), message);
        }
    }

    private void items(JsonNode root) {
        Optional<JsonNode> items = array(root, "", "item", "items", true);
        if (items.isEmpty()) {
            return;
        }
        for (int i = 0; i < items.get().size(); i++) {
            String pointer = at("/item", i);
            JsonNode item = items.get().get(i);
            Optional<String> linkId = linkId(item, pointer);
            if (linkId.isEmpty()) {
                continue;
            }
            String id = linkId.get();
            if (!topLinkIds.add(id)) {
                f.problem(at(pointer, "linkId"), id, List.of("each item once"), "the item '" + id
                        + "' appears more than once");
                continue;
            }
            Optional<Section> section = Stream.of(Section.values()).filter(s -> s.id().equals(id)).findFirst();
            if (id.equals(FhirItems.ORGANISATION)) {
                noField(item, pointer, "item", "the organisation item has no nested items");
                List<String> values = strings(item, pointer, true, true);
                if (values.size() == 1) {
                    organisation = values.get(0);
                }
            } else if (id.equals(FhirItems.ASSESSOR_ROLES)) {
                noField(item, pointer, "item", "the assessor roles item has no nested items");
                roles.addAll(strings(item, pointer, false, false));
            } else if (id.equals(FhirItems.TOTAL)) {
                noField(item, pointer, "item", "the total has no nested items");
                total(item, pointer);
            } else if (section.isPresent()) {
                section(section.get(), item, pointer);
            } else if (FhirItems.pointOf(id).isPresent()) {
                Section s = Checklist.point(FhirItems.pointOf(id).getAsInt()).section();
                f.problem(at(pointer, "linkId"), id, List.of(s.id()), "the point '" + id + "' belongs inside "
                        + "the group of its section, '" + s.id() + "'");
            } else {
                List<String> allowed = new ArrayList<>(List.of(FhirItems.ORGANISATION, FhirItems.ASSESSOR_ROLES));
                Stream.of(Section.values()).map(Section::id).forEach(allowed::add);
                allowed.add(FhirItems.TOTAL);
                unknownLinkId(pointer, id, allowed);
            }
        }
        if (!topLinkIds.contains(FhirItems.ORGANISATION)) {
            f.problem("/item", "", List.of("an item with linkId '" + FhirItems.ORGANISATION + "'"),
                    "the organisation is missing");
        }
    }

    /**
     * Reads the string answers of an item; each must be a non-blank valueString.
     *
     * @return the strings, stripped; some may be missing if there were problems
     */
    private List<String> strings(JsonNode item, String pointer, boolean required, boolean single) {
        Optional<JsonNode> answers = array(item, pointer, "answer", "answers", required);
        List<String> values = new ArrayList<>();
        if (answers.isEmpty()) {
            return values;
        }
        if (single && answers.get().size() > 1) {
            f.problem(at(at(pointer, "answer"), 1), answers.get().get(1), List.of("one answer"),
                    "this item takes one answer, not " + answers.get().size());
            return values;
        }
        for (int i = 0; i < answers.get().size(); i++) {
            String here = at(at(pointer, "answer"), i);
            JsonNode answer = answers.get().get(i);
            if (value(answer, here, "valueString")) {
                noField(answer, here, "item", "this answer has no nested items");
                f.text(answer, here, "valueString", true).ifPresent(values::add);
            }
        }
        return values;
    }

    /**
     * Checks that an answer is an object whose one value is of the expected type.
     *
     * @return true if the value can be read
     */
    private boolean value(JsonNode answer, String pointer, String expected) {
        if (!f.isObject(answer, pointer, "an answer")) {
            return false;
        }
        common(answer, pointer, ANSWER_FIELDS);
        List<String> present = new ArrayList<>();
        for (Iterator<String> names = answer.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (PRIMITIVE_VALUES.contains(name) || COMPLEX_VALUES.contains(name)) {
                present.add(name);
            }
        }
        if (present.isEmpty()) {
            f.problem(pointer, answer, List.of(expected), "the answer has no value");
            return false;
        }
        if (present.size() > 1) {
            f.problem(at(pointer, present.get(1)), answer.get(present.get(1)), List.of(expected),
                    "an answer has one value, but this one has " + String.join(" and ", present));
            return false;
        }
        if (!present.get(0).equals(expected)) {
            f.problem(at(pointer, present.get(0)), answer.get(present.get(0)), List.of(expected),
                    "wrong type of answer: expected " + expected + ", found " + present.get(0));
            return false;
        }
        return true;
    }

    private void total(JsonNode item, String pointer) {
        Optional<JsonNode> answers = array(item, pointer, "answer", "answers", false);
        if (answers.isEmpty()) {
            return;
        }
        if (answers.get().size() > 1) {
            f.problem(at(at(pointer, "answer"), 1), answers.get().get(1), List.of("one answer"),
                    "the total takes one answer, not " + answers.get().size());
            return;
        }
        String here = at(at(pointer, "answer"), 0);
        JsonNode answer = answers.get().get(0);
        if (value(answer, here, "valueInteger")) {
            noField(answer, here, "item", "the total has no nested items");
            OptionalInt value = f.integer(answer, here, "valueInteger", Integer.MIN_VALUE, Integer.MAX_VALUE,
                    true);
            if (value.isPresent()) {
                total = value.getAsInt();
                totalAt = at(here, "valueInteger");
            }
        }
    }

    private void section(Section section, JsonNode group, String pointer) {
        noField(group, pointer, "answer", "a section is a group, which has no answer");
        Optional<JsonNode> items = array(group, pointer, "item", "items", false);
        if (items.isEmpty()) {
            return;
        }
        List<String> allowed = List.of(section.id() + FhirItems.HELP_SUFFIX, ChecklistPoint.idOf(section
                .firstPoint()) + " to " + ChecklistPoint.idOf(section.lastPoint()));
        for (int i = 0; i < items.get().size(); i++) {
            String here = at(at(pointer, "item"), i);
            JsonNode item = items.get().get(i);
            Optional<String> linkId = linkId(item, here);
            if (linkId.isEmpty()) {
                continue;
            }
            String id = linkId.get();
            OptionalInt point = FhirItems.pointOf(id);
            if (id.equals(section.id() + FhirItems.HELP_SUFFIX)) {
                display(item, here);
            } else if (point.isEmpty()) {
                unknownLinkId(here, id, allowed);
            } else if (Checklist.point(point.getAsInt()).section() != section) {
                Section home = Checklist.point(point.getAsInt()).section();
                f.problem(at(here, "linkId"), id, allowed, "the point '" + id + "' belongs to the section '"
                        + home.id() + "', not '" + section.id() + "'");
            } else if (!pointsSeen.add(point.getAsInt())) {
                f.problem(at(here, "linkId"), id, List.of("one item per point"), "the point '" + id
                        + "' appears more than once");
            } else {
                point(point.getAsInt(), item, here);
            }
        }
    }

    private void display(JsonNode item, String pointer) {
        noField(item, pointer, "answer", "a help text takes no answer");
        noField(item, pointer, "item", "a help text has no nested items");
    }

    private void point(int number, JsonNode item, String pointer) {
        noField(item, pointer, "item", "put the evidence inside the answer ('answer/0/item'), as FHIR does for "
                + "the items nested in a question");
        Optional<JsonNode> answers = array(item, pointer, "answer", "answers", false);
        if (answers.isEmpty()) {
            return;
        }
        if (answers.get().size() > 1) {
            f.problem(at(at(pointer, "answer"), 1), answers.get().get(1), List.of("one answer"),
                    "a point takes one answer, not " + answers.get().size());
            return;
        }
        String here = at(at(pointer, "answer"), 0);
        JsonNode answer = answers.get().get(0);
        if (!value(answer, here, "valueCoding")) {
            return;
        }
        // When the coding or the evidence has a problem, the answer put here is never used: the read fails.
        OptionalInt rating = coding(answer.get("valueCoding"), at(here, "valueCoding"), number);
        Optional<String> evidence = evidence(answer, here, number);
        byPoint.put(number, new Answer(number, rating, evidence));
    }

    /**
     * Reads the coding of a point's answer.
     *
     * @return the rating, or empty for not applicable (or when there was a problem)
     */
    private OptionalInt coding(JsonNode coding, String pointer, int number) {
        if (!f.isObject(coding, pointer, "a Coding")) {
            return OptionalInt.empty();
        }
        f.onlyKnown(coding, pointer, CODING_FIELDS);
        Optional<String> system = f.text(coding, pointer, "system", true);
        Optional<String> code = f.text(coding, pointer, "code", true);
        if (system.isEmpty() || code.isEmpty()) {
            return OptionalInt.empty();
        }
        String systemText = coding.get("system").textValue();
        String codeText = coding.get("code").textValue();
        String scaleSystem = FhirItems.codeSystemUrl(scale);
        if (systemText.equals(FhirQuestionnaire.NOT_APPLICABLE_SYSTEM)) {
            if (!codeText.equals(FhirQuestionnaire.NOT_APPLICABLE_CODE)) {
                f.problem(at(pointer, "code"), codeText, List.of(FhirQuestionnaire.NOT_APPLICABLE_CODE),
                        "unknown code '" + codeText + "' for point " + number + " in HL7's data-absent-reason "
                                + "system, where only not-applicable is an answer");
            }
            return OptionalInt.empty();
        }
        if (!systemText.equals(scaleSystem)) {
            f.problem(at(pointer, "system"), systemText, List.of(scaleSystem,
                    FhirQuestionnaire.NOT_APPLICABLE_SYSTEM), "unknown code system for point " + number);
            return OptionalInt.empty();
        }
        Optional<RatingLevel> level = scale.levels().stream().filter(l -> l.id().equals(codeText)).findFirst();
        if (level.isEmpty()) {
            f.problem(at(pointer, "code"), codeText, scale.levels().stream().map(RatingLevel::id).toList(),
                    "unknown code '" + codeText + "' for point " + number + " on the scale '" + scale.id() + "'");
            return OptionalInt.empty();
        }
        ordinal(coding, pointer, level.get());
        return OptionalInt.of(level.get().value());
    }

    /** Checks that an ordinalValue extension on a coding, if any, agrees with its level. */
    private void ordinal(JsonNode coding, String pointer, RatingLevel level) {
        JsonNode extensions = coding.get("extension");
        if (extensions == null || !extensions.isArray()) {
            return;
        }
        for (int i = 0; i < extensions.size(); i++) {
            JsonNode e = extensions.get(i);
            if (e.isObject() && FhirItems.ORDINAL_VALUE.equals(e.path("url").textValue())) {
                JsonNode v = e.get("valueDecimal");
                if (v == null || !v.isNumber() || !JsonNumbers.isEqual(v.numberValue(), level.value())) {
                    f.problem(at(at(at(pointer, "extension"), i), "valueDecimal"), v, List.of(Integer.toString(
                            level.value())), "the ordinal value does not match the code '" + level.id() + "'");
                }
            }
        }
    }

    /** Reads the evidence nested in a point's answer. */
    private Optional<String> evidence(JsonNode answer, String pointer, int number) {
        Optional<JsonNode> items = array(answer, pointer, "item", "items", false);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String evidenceId = FhirItems.evidenceLinkId(number);
        String helpId = ChecklistPoint.idOf(number) + FhirItems.HELP_SUFFIX;
        Optional<String> evidence = Optional.empty();
        boolean seen = false;
        for (int i = 0; i < items.get().size(); i++) {
            String here = at(at(pointer, "item"), i);
            JsonNode item = items.get().get(i);
            Optional<String> linkId = linkId(item, here);
            if (linkId.isEmpty()) {
                continue;
            }
            if (linkId.get().equals(helpId)) {
                display(item, here);
            } else if (!linkId.get().equals(evidenceId)) {
                unknownLinkId(here, linkId.get(), List.of(evidenceId, helpId));
            } else if (seen) {
                f.problem(at(here, "linkId"), evidenceId, List.of("one evidence item"), "the evidence of point "
                        + number + " appears more than once");
            } else {
                seen = true;
                noField(item, here, "item", "the evidence has no nested items");
                List<String> values = strings(item, here, false, true);
                if (values.size() == 1) {
                    evidence = Optional.of(values.get(0));
                }
            }
        }
        return evidence;
    }
}
