package org.patientleadership.json;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.formats.internal.JsonTrees;

/**
 * Reads an assessment document straight from Jackson's streaming parser into the assessment, with no tree: the
 * path every valid document of the usual shape takes (the default scale, each answer a point with a rating or
 * {@code "notApplicable": true}, and evidence).
 *
 * <p>It applies every check of the strict reader (the same parser limits, duplicate keys, trailing text, known
 * fields only, non-blank texts, a date, points by id and each once, ratings on the scale, a rating or not
 * applicable but not both, the assessment's own checks), and on anything it does not accept it gives up at
 * once, without building anything. The caller then reads the document with the tree reader, which describes
 * every problem with its JSON Pointer. So an accepted document gives the value the tree reader gives, and a
 * refused one gives exactly the tree reader's problems: {@code AssessmentStreamProperties} proves both on
 * generated documents and on the bad-input corpus. Documents of unusual shape that are still valid (a scale
 * given in full, {@code "notApplicable": false}) are read by the tree reader too.
 */
final class AssessmentStreamReader {

    /**
     * The tree reader's parser limits, without Jackson's duplicate-key detector (a set per object): this reader
     * knows every field it accepts, so it detects a repeated one itself and leaves the document to the tree
     * reader, whose parser reports it.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(JsonTrees.mapper().getFactory().streamReadConstraints())
            .build();

    private AssessmentStreamReader() {
    }

    /**
     * Reads UTF-8 bytes when they are plain ASCII (then they are valid UTF-8 and decode to the same text).
     *
     * @param json  the bytes
     * @return the assessment, or empty to read the document with the tree reader
     */
    static Optional<Assessment> read(byte[] json) {
        if (json.length == 0 || json.length > JsonTrees.MAX_DOCUMENT_BYTES || !isAsciiWithoutNul(json)) {
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            return read(parser);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads text.
     *
     * @param json  the text
     * @return the assessment, or empty to read the document with the tree reader
     */
    static Optional<Assessment> read(String json) {
        if (json.isEmpty() || json.length() > JsonTrees.MAX_DOCUMENT_BYTES) {
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            return read(parser);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isAsciiWithoutNul(byte[] bytes) {
        for (byte b : bytes) {
            // ASCII bytes are 1 to 127: a negative byte starts a multi-byte character (or a byte order mark).
            if (b <= 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Assessment> read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return Optional.empty();
        }
        boolean version = false;
        String organisation = null;
        LocalDate date = null;
        List<String> roles = List.of();
        List<Answer> answers = List.of();
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            int bit = TOP_FIELDS.indexOf(name);
            if (bit < 0 || (seen & 1 << bit) != 0) {
                return Optional.empty();
            }
            seen |= 1 << bit;
            switch (name) {
                case "formatVersion":
                    if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                            || p.getIntValue() != JsonFormat.FORMAT_VERSION) {
                        return Optional.empty();
                    }
                    version = true;
                    break;
                case "organisation":
                    organisation = text(p, t);
                    if (organisation == null) {
                        return Optional.empty();
                    }
                    break;
                case "date":
                    String text = text(p, t);
                    if (text == null) {
                        return Optional.empty();
                    }
                    date = date(text);
                    if (date == null) {
                        return Optional.empty();
                    }
                    break;
                case "assessorRoles":
                    roles = texts(p, t);
                    if (roles == null) {
                        return Optional.empty();
                    }
                    break;
                case "scale":
                    if (t != JsonToken.VALUE_STRING || !p.getText().equals(RatingScale.MATURITY.id())) {
                        return Optional.empty();
                    }
                    break;
                case "answers":
                    answers = answers(p, t);
                    if (answers == null) {
                        return Optional.empty();
                    }
                    break;
                default:
                    return Optional.empty();
            }
        }
        if (p.nextToken() != null || !version || organisation == null || date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Assessment(organisation, date, roles, RatingScale.MATURITY, answers));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The fields of the document, each at most once. */
    private static final List<String> TOP_FIELDS = List.of("formatVersion", "organisation", "date", "assessorRoles",
            "scale", "answers");
    /** The fields of an answer, each at most once. */
    private static final List<String> ANSWER_FIELDS = List.of("point", "rating", "notApplicable", "evidence");

    /**
     * A date in the form YYYY-MM-DD, as {@code LocalDate.parse} reads that form (the only form written), without
     * its formatter; null for any other text, which the tree reader then judges.
     */
    private static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    /** A non-blank string, stripped as the tree reader strips it; null for anything else. */
    private static String text(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            return null;
        }
        String text = p.getText();
        return text.isBlank() ? null : text.strip();
    }

    private static List<String> texts(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> found = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            String text = text(p, t);
            if (text == null) {
                return null;
            }
            found.add(text);
        }
        return found;
    }

    private static List<Answer> answers(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            return null;
        }
        RatingScale scale = RatingScale.MATURITY;
        boolean[] seen = new boolean[ChecklistPoint.COUNT + 1];
        List<Answer> found = new ArrayList<>(ChecklistPoint.COUNT);
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                return null;
            }
            int point = 0;
            boolean rated = false;
            int rating = 0;
            boolean notApplicable = false;
            String evidence = null;
            int fields = 0;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken v = p.nextToken();
                int bit = ANSWER_FIELDS.indexOf(name);
                if (bit < 0 || (fields & 1 << bit) != 0) {
                    return null;
                }
                fields |= 1 << bit;
                switch (name) {
                    case "point":
                        String id = text(p, v);
                        Optional<ChecklistPoint> found1 = id == null ? Optional.empty() : Checklist.find(id);
                        if (found1.isEmpty()) {
                            return null;
                        }
                        point = found1.get().number();
                        break;
                    case "rating":
                        if (v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                            return null;
                        }
                        rated = true;
                        rating = p.getIntValue();
                        break;
                    case "notApplicable":
                        if (v != JsonToken.VALUE_TRUE) {
                            return null;
                        }
                        notApplicable = true;
                        break;
                    case "evidence":
                        evidence = text(p, v);
                        if (evidence == null) {
                            return null;
                        }
                        break;
                    default:
                        return null;
                }
            }
            if (point == 0 || seen[point] || rated == notApplicable || rated && !scale.contains(rating)) {
                return null;
            }
            seen[point] = true;
            found.add(new Answer(point, rated ? OptionalInt.of(rating) : OptionalInt.empty(),
                    Optional.ofNullable(evidence)));
        }
        return found;
    }
}
