package org.patientleadership.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.patientleadership.InvalidInputException;
import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.formats.internal.JsonTrees;

/**
 * Laws of the FHIR QuestionnaireResponse writer and reader, over generated assessments and generated bad
 * input: writing then reading gives an equal assessment; what is written is valid FHIR R4 (HAPI validator,
 * offline); arbitrary bytes and token soup never give a value nor any exception but
 * {@link InvalidInputException}; a mutated valid document either is refused with that exception or gives an
 * assessment that itself round-trips.
 */
class FhirResponseProperties {

    private static final RatingScale YES_NO = new RatingScale("yes-no", "Yes or no", List.of(
            new RatingLevel(0, "no", "no", "Not in place."), new RatingLevel(1, "yes", "yes", "In place.")));
    private static final RatingScale AGREEMENT = new RatingScale("agreement", "Agreement <-2 to 2>", List.of(
            new RatingLevel(-2, "disagree-strongly", "disagree strongly", "We are far from this."),
            new RatingLevel(-1, "disagree", "disagree", "We are not there."),
            new RatingLevel(0, "neutral", "neither", "Hard to say."),
            new RatingLevel(1, "agree", "agree", "Mostly true of us."),
            new RatingLevel(5, "agree-strongly", "agree strongly", "Wholly true of us.")));
    private static final List<RatingScale> SCALES = List.of(RatingScale.MATURITY, YES_NO, AGREEMENT);

    /** The validator, made on first use only, as it is slow to start. */
    private static final class Validator {
        static final FhirValidation INSTANCE = new FhirValidation(SCALES.toArray(RatingScale[]::new));
    }

    /** Texts of every kind: ASCII, markup characters, accents, CJK, a control character, line breaks, emoji. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> base = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u024f')
                .withCharRange('\u4e00', '\u4e1f').withChars('\t', '\n', '\u0001', '\u2028', '<', '&', '"', '\\')
                .ofMinLength(1).ofMaxLength(30);
        return Combinators.combine(base, Arbitraries.of("", "😀", " 🏥 ")).as(String::concat)
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        Arbitrary<LocalDate> dates = Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(),
                LocalDate.of(9999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        return assessments(texts(), dates);
    }

    /** Texts FHIR has nothing to say about: printable characters, accents, CJK and emoji, no edge spaces. */
    @Provide
    Arbitrary<String> cleanTexts() {
        Arbitrary<String> base = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00c0', '\u024f')
                .withCharRange('\u4e00', '\u4e1f').ofMinLength(1).ofMaxLength(30);
        return Combinators.combine(base, Arbitraries.of("", "😀", " 🏥")).as(String::concat).map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    /** Assessments of clean texts dated from 1900 to 2100, which HAPI does not flag as likely typing mistakes. */
    @Provide
    Arbitrary<Assessment> cleanAssessments() {
        return assessments(cleanTexts(), Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(),
                LocalDate.of(2100, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay));
    }

    private static Arbitrary<Assessment> assessments(Arbitrary<String> texts, Arbitrary<LocalDate> dates) {
        Arbitrary<RatingScale> scales = Arbitraries.of(SCALES);
        // An answer: a level index (negative: not applicable) and maybe evidence.
        Arbitrary<Map<Integer, Integer>> levels = Arbitraries.maps(Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(-1, 4)).ofMaxSize(40);
        Arbitrary<Map<Integer, String>> evidence = Arbitraries.maps(Arbitraries.integers().between(1, 40),
                texts).ofMaxSize(10);
        return Combinators.combine(texts, texts.list().ofMaxSize(4), dates, scales, levels, evidence)
                .as((org, roles, date, scale, ratings, notes) -> {
                    List<Answer> answers = new ArrayList<>();
                    ratings.forEach((point, index) -> {
                        OptionalInt rating = index < 0 ? OptionalInt.empty()
                                : OptionalInt.of(scale.levels().get(index % scale.levels().size()).value());
                        answers.add(new Answer(point, rating, Optional.ofNullable(notes.get(point))));
                    });
                    return new Assessment(org, date, roles, scale, answers);
                });
    }

    @Property
    void roundTrip_givesAnEqualAssessment(@ForAll("assessments") Assessment a) {
        String json = FhirQuestionnaire.toResponse(a);
        assertThat(FhirQuestionnaire.readResponse(json, a.scale())).isEqualTo(a);
        assertThat(FhirQuestionnaire.readResponse(json.getBytes(StandardCharsets.UTF_8), a.scale())).isEqualTo(a);
    }

    /**
     * Tells if a warning is about the data rather than the mapping: a value the assessment model accepts but FHIR
     * advises against. Dates outside 1800 to about 2100 ({@code Type_Specific_Checks_DT_DateTime_Reasonable});
     * strings that start, end or are made of no-break spaces, which Java does not count as white space
     * ({@code Type_Specific_Checks_DT_String_WS}, {@code Type_Specific_Checks_DT_String_WS_ALL}); control
     * characters, which XML cannot hold ({@code UNICODE_XML_BAD_CHARS}); and line breaks in a {@code string}
     * answer (the organisation or a role; evidence is {@code text}, which may hold them). The writer keeps data
     * exactly as given, so that it round-trips, and so cannot avoid these.
     */
    private static boolean aboutTheData(SingleValidationMessage m) {
        String id = String.valueOf(m.getMessageId());
        return m.getSeverity() == ResultSeverityEnum.WARNING
                && (id.equals("Type_Specific_Checks_DT_DateTime_Reasonable")
                        || id.startsWith("Type_Specific_Checks_DT_String_WS") || id.equals("UNICODE_XML_BAD_CHARS")
                        || m.getMessage().contains("should not contain new line characters"));
    }

    @Property(tries = 100)
    void writtenResponses_areValidFhir(@ForAll("assessments") Assessment a) {
        List<SingleValidationMessage> messages = Validator.INSTANCE.validate(FhirQuestionnaire.toResponse(a));
        assertThat(messages).filteredOn(m -> m.getSeverity() != ResultSeverityEnum.INFORMATION)
                .filteredOn(m -> !aboutTheData(m)).extracting(FhirValidation::show).isEmpty();
    }

    @Property(tries = 100)
    void writtenResponsesOfCleanData_haveNoWarnings(@ForAll("cleanAssessments") Assessment a) {
        List<SingleValidationMessage> messages = Validator.INSTANCE.validate(FhirQuestionnaire.toResponse(a));
        assertThat(messages).filteredOn(m -> m.getSeverity() != ResultSeverityEnum.INFORMATION)
                .extracting(FhirValidation::show).isEmpty();
    }

    @Property
    void arbitraryBytes_areRefused(@ForAll @Size(max = 300) byte[] bytes) {
        assertThatThrownBy(() -> FhirQuestionnaire.readResponse(bytes)).isInstanceOf(InvalidInputException.class);
    }

    /** Soup of the tokens a response is made of, so that generated text often parses as JSON. */
    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of("{", "}", "[", "]", ":", ",", "\"resourceType\"", "\"QuestionnaireResponse\"",
                "\"item\"", "\"linkId\"", "\"answer\"", "\"valueCoding\"", "\"valueString\"", "\"code\"",
                "\"system\"", "\"organisation\"", "\"point.3\"", "\"section.introduction\"", "\"status\"",
                "\"completed\"", "\"authored\"", "\"2026-03-31\"", "0", "-1", "1e999", "true", "null", "\"\"", " ")
                .list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property
    void tokenSoup_isRefusedOrRoundTrips(@ForAll("tokenSoup") String text) {
        readsSafely(text, RatingScale.MATURITY, null);
    }

    @Property
    void mutatedDocuments_areRefusedOrRoundTrip(@ForAll("assessments") Assessment a, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3) int mutations) {
        Random random = new Random(seed);
        String text = FhirQuestionnaire.toResponse(a);
        for (int i = 0; i < mutations; i++) {
            text = random.nextInt(4) == 0 ? mutateText(text, random) : mutateTree(text, random);
        }
        readsSafely(text, a.scale(), a);
    }

    /** Reads text: it must be refused with an InvalidInputException, or give an assessment that round-trips. */
    private static void readsSafely(String text, RatingScale scale, Assessment original) {
        Assessment read;
        try {
            read = FhirQuestionnaire.readResponse(text.getBytes(StandardCharsets.UTF_8), scale);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).isNotEmpty();
            Statistics.collect("refused");
            return;
        }
        Statistics.collect(read.equals(original) ? "read, unchanged" : "read, changed");
        assertThat(read.scale()).isEqualTo(scale);
        assertThat(FhirQuestionnaire.readResponse(FhirQuestionnaire.toResponse(read), scale)).isEqualTo(read);
    }

    /** Characters inserted into the text of a document. */
    private static final String INSERTED = "{}[]\":,0 \\x\u00e9";

    private static String mutateText(String text, Random random) {
        if (text.isEmpty()) {
            return "x";
        }
        int at = random.nextInt(text.length());
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + text.substring(at + 1);
            default -> text.substring(0, at) + INSERTED.charAt(random.nextInt(INSERTED.length()))
                    + text.substring(at);
        };
    }

    /** A value put in place of another: of every JSON type, and values meaningful in a response. */
    private static final List<String> VALUES = List.of("\"\"", "\" \"", "\"x\"", "0", "-1", "1.5", "1e300",
            "2147483648", "true", "null", "[]", "{}", "[{}]", "\"not-applicable\"", "\"point.3\"",
            "\"point.3.evidence\"",
            "\"section.introduction\"", "\"organisation\"", "\"assessor-roles\"", "\"total\"", "\"2026-13-01\"",
            "\"2026-03-31T10:00:00Z\"", "\"established\"", "\"embedded\"", "\"in-progress\"", "\"entered-in-error\"",
            "{\"valueString\": \"x\"}", "{\"valueInteger\": 3}", "[{\"linkId\": \"point.1\"}]");
    private static final List<String> KEYS = List.of("linkId", "answer", "item", "valueString", "valueCoding",
            "valueInteger", "code", "system", "extension", "modifierExtension", "_authored", "text", "status");

    /** Applies one structural change to a random place of the document. */
    private static String mutateTree(String text, Random random) {
        JsonNode root;
        try {
            root = JsonTrees.parse(text, "test");
        } catch (InvalidInputException e) {
            return text;
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        List<String> strings = new ArrayList<>();
        root.findValuesAsText("linkId").forEach(strings::add);
        root.findValuesAsText("code").forEach(strings::add);
        if (target instanceof ArrayNode array) {
            if (array.isEmpty()) {
                array.add(value(random));
                return JsonTrees.write(root);
            }
            int i = random.nextInt(array.size());
            switch (random.nextInt(4)) {
                case 0 -> array.remove(i);
                case 1 -> array.insert(i, array.get(i).deepCopy());
                case 2 -> array.set(i, value(random));
                default -> array.add(array.get(i).deepCopy());
            }
        } else {
            ObjectNode object = (ObjectNode) target;
            List<String> names = new ArrayList<>();
            for (Iterator<String> n = object.fieldNames(); n.hasNext();) {
                names.add(n.next());
            }
            if (names.isEmpty()) {
                object.set(KEYS.get(random.nextInt(KEYS.size())), value(random));
                return JsonTrees.write(root);
            }
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(5)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, value(random));
                case 2 -> object.set(KEYS.get(random.nextInt(KEYS.size())), object.remove(name));
                case 3 -> object.put(name, strings.isEmpty() ? "x" : strings.get(random.nextInt(strings.size())));
                default -> object.set(KEYS.get(random.nextInt(KEYS.size())), value(random));
            }
        }
        return JsonTrees.write(root);
    }

    private static JsonNode value(Random random) {
        String json = VALUES.get(random.nextInt(VALUES.size()));
        try {
            return JsonTrees.mapper().readTree(json);
        } catch (java.io.IOException e) {
            return JsonNodeFactory.instance.textNode(json);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }
}
