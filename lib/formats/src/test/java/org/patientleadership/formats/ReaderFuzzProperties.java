package org.patientleadership.formats;

import org.patientleadership.Problem;
import org.patientleadership.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import org.patientleadership.analysis.Perspective;
import org.patientleadership.analysis.Rater;
import org.patientleadership.analysis.RatingRound;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.assessment.Plan;
import org.patientleadership.assessment.PlanRequest;
import org.patientleadership.assessment.Planner;
import org.patientleadership.assessment.ScoringOptions;
import org.patientleadership.csv.CsvExport;
import org.patientleadership.csv.CsvImport;
import org.patientleadership.csv.ImportResult;
import org.patientleadership.csv.RedcapExport;
import org.patientleadership.csv.RedcapImport;
import org.patientleadership.fhir.FhirQuestionnaire;
import org.patientleadership.json.JsonFormat;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.patientleadership.placement.Placements;
import org.patientleadership.placement.Placer;
import org.patientleadership.placement.PowerSharing;
import org.patientleadership.profile.Profile;
import org.patientleadership.profile.ProfileAnswers;
import org.patientleadership.profile.Profiler;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;
import org.patientleadership.testing.Fuzz;
import org.patientleadership.testing.Mutation;

/**
 * Every reader of the library, fed mutated valid documents, gives a value or the documented
 * {@link InvalidInputException} with a location, never another throwable, within a time bound: the JSON reader
 * for each document type of {@link JsonFormat#types()} (directly, and through Jackson with
 * {@link JsonFormat#mapper()}), the FHIR QuestionnaireResponse reader, the plain CSV import and the REDCap import. (The catalogue is written, never read, so it has no reader to fuzz.)
 *
 * <p>{@link Fuzz#tries()} tries per reader: few by default, 10,000 with {@code -Pfuzz}, as CI runs.
 */
public class ReaderFuzzProperties {

    /** Valid values of each JSON document type; a new type must add one here (checked below). */
    private static final Map<Class<?>, Supplier<List<?>>> JSON_SAMPLES = new LinkedHashMap<>();

    static {
        JSON_SAMPLES.put(Assessment.class, ReaderFuzzProperties::assessments);
        JSON_SAMPLES.put(AssessmentResult.class, () -> assessments().stream()
                .map(a -> AssessmentResult.of(a, ScoringOptions.DEFAULT.withMinimumCoverage(0), 5)).toList());
        JSON_SAMPLES.put(Activity.class, ReaderFuzzProperties::activities);
        JSON_SAMPLES.put(Placements.class, () -> activities().stream().map(Placer::place).toList());
        JSON_SAMPLES.put(ProfileAnswers.class, ReaderFuzzProperties::profileAnswers);
        JSON_SAMPLES.put(Profile.class, () -> profileAnswers().stream().map(Profiler::profile).toList());
        JSON_SAMPLES.put(RatingRound.class, ReaderFuzzProperties::rounds);
        JSON_SAMPLES.put(Plan.class, ReaderFuzzProperties::plans);
    }

    static List<Plan> plans() {
        Assessment full = assessments().get(0);
        Assessment earlier = Assessment.builder(full.organisation(), full.date().minusYears(1)).rate(1, 4).rate(2, 4)
                .rate(12, 3).build();
        return List.of(Planner.plan(full), Planner.plan(assessments().get(1)),
                Planner.plan(PlanRequest.of(full).withEarlier(earlier).withFocus(12).withSkip(1)));
    }

    public static List<Assessment> assessments() {
        Assessment full = Assessment.builder("=North Trust \u202E", LocalDate.of(2026, 3, 31))
                .assessorRoles("Board member", "@Patient leader").rate(1, 2, "Minutes, \"quoted\"\nsecond line")
                .rate(2, 4).notApplicable(3).rate(12, 0, "-1 week 😀").rate(40, 3).build();
        Assessment small = Assessment.builder("South", LocalDate.of(2025, 1, 2)).rate(7, 1).build();
        return List.of(full, small);
    }

    static List<RatingRound> rounds() {
        Assessment.Builder staff = Assessment.builder("=North Trust", LocalDate.of(2026, 3, 31));
        Assessment.Builder leader = Assessment.builder("=North Trust", LocalDate.of(2026, 4, 2));
        for (int p = 1; p <= 40; p++) {
            staff.rate(p, p % 5);
            if (p == 40) {
                leader.notApplicable(p);
            } else if (p == 17) {
                leader.rate(p, 0, "@minutes \u202E");
            } else {
                leader.rate(p, Math.max(0, p % 5 - 1));
            }
        }
        return List.of(RatingRound.of(new Rater("Director of nursing", Perspective.STAFF, staff.build()),
                new Rater("+Patient leader", Perspective.PATIENT_LEADER, leader.build())),
                RatingRound.of(new Rater("Only rater", Perspective.GOVERNOR, assessments().get(1))));
    }

    public static List<Activity> activities() {
        return List.of(Activity.of("Patient panel", EngagementLevel.INDIVIDUAL, Initiator.ORGANISATION,
                PowerSharing.PATIENTS_ASKED, PowerSharing.CO_DESIGNED), Activity.of("+Board seat",
                EngagementLevel.values()[EngagementLevel.values().length - 1], Initiator.values()[0]));
    }

    public static List<ProfileAnswers> profileAnswers() {
        return List.of(ProfileAnswers.builder("Respondent 1").connection(RoleType.values()[0], 3)
                .rate(LeadershipAttribute.values()[0], 2).rate(LeadershipAttribute.values()[1], 4)
                .holds(RoleType.values()[1]).build(), ProfileAnswers.builder("שלום").build());
    }

    /** The readers under test, JSON first (one per document type). */
    static List<Fuzz.Reader> jsonReaders() {
        List<Fuzz.Reader> readers = new ArrayList<>();
        for (Class<?> type : JsonFormat.types()) {
            readers.add(new Fuzz.Reader("JSON " + type.getSimpleName(), documents(type), b -> JsonFormat.read(b,
                    type)));
        }
        return readers;
    }

    /** The sample documents of a JSON type, as {@link JsonFormat#write} writes them. */
    private static List<byte[]> documents(Class<?> type) {
        return JSON_SAMPLES.get(type).get().stream().map(v -> utf8(JsonFormat.write(v))).toList();
    }

    /** A mapper with the module, shared by every try as users share theirs. */
    private static final ObjectMapper MAPPER = JsonFormat.mapper();

    /**
     * The JSON documents read through Jackson with {@link JsonFormat#mapper()}: there the documented exception is
     * Jackson's, carrying a location and, when the library's checks fail, the {@code InvalidInputException} as its
     * cause. The reader hands on that cause, or Jackson's own location as a problem, so the same law applies.
     */
    static List<Fuzz.Reader> mapperReaders() {
        return JsonFormat.types().stream().map(type -> new Fuzz.Reader("JSON " + type.getSimpleName()
                + " through the Jackson mapper", documents(type), b -> throughMapper(b, type))).toList();
    }

    private static Object throughMapper(byte[] bytes, Class<?> type) {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            if (e.getCause() instanceof InvalidInputException cause) {
                throw cause;
            }
            if (e instanceof StreamConstraintsException) {
                // Jackson reports a limit without a location, as JsonFormat.mapper() documents.
                throw new InvalidInputException("JSON", new Problem("/", "", List.of(), e.getMessage()));
            }
            JsonLocation at = e instanceof JacksonException j ? j.getLocation() : null;
            assertThat(at).as("a Jackson exception without a location: " + e).isNotNull();
            throw new InvalidInputException("JSON", new Problem("line " + at.getLineNr() + ", column "
                    + at.getColumnNr(), "", List.of(), String.valueOf(e.getMessage())));
        }
    }

    static Fuzz.Reader fhirReader() {
        return new Fuzz.Reader("FHIR QuestionnaireResponse", assessments().stream()
                .map(a -> utf8(FhirQuestionnaire.toResponse(a))).toList(), FhirQuestionnaire::readResponse);
    }

    static Fuzz.Reader csvReader() {
        return new Fuzz.Reader("CSV", List.of(utf8(CsvExport.write(assessments())), utf8(CsvExport.write(List.of(
                assessments().get(1))))), b -> touched(CsvImport.read(b)));
    }

    static Fuzz.Reader redcapReader() {
        String records = RedcapExport.records(List.of(Assessment.builder("North Trust", LocalDate.of(2026, 3, 31))
                .rate(2, 3).build()));
        String[] lines = records.split("\n");
        String fields = lines[0].substring("record_id,".length());
        String values = lines[1].substring("1,".length()).replaceFirst(",2026-03-31,,,", ",2026-03-31,,UNK,");
        String empty = ",".repeat(fields.split(",", -1).length - 1);
        String longitudinal = "record_id,redcap_event_name,redcap_repeat_instrument,redcap_repeat_instance," + fields
                + "\n1,year_1_arm_1,,," + empty + "\n1,year_1_arm_1," + RedcapExport.FORM_LABEL + ",1," + values
                + "\n1,year_1_arm_1,visit_log,1," + empty + "\n";
        return new Fuzz.Reader("REDCap", List.of(utf8(RedcapExport.records(assessments())), utf8(longitudinal),
                utf8(lines[0] + "\n")), b -> touched(RedcapImport.read(b)));
    }

    /** Reads every part of an import's result, and its all-or-nothing view. */
    private static ImportResult touched(ImportResult result) {
        result.problems().forEach(p -> assertThat(p.location()).isNotBlank());
        result.notes().forEach(p -> assertThat(p.location()).isNotBlank());
        result.assessments().forEach(a -> assertThat(a.organisation()).isNotBlank());
        try {
            assertThat(result.orThrow()).hasSameSizeAs(result.assessments());
        } catch (InvalidInputException e) {
            assertThat(result.hasProblems()).isTrue();
        }
        return result;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<Fuzz.Reader> json() {
        return Arbitraries.of(jsonReaders());
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutation.some();
    }

    private static void fuzz(Fuzz.Reader reader, int document, List<Mutation> mutations) {
        byte[] original = reader.documents().get(Math.floorMod(document, reader.documents().size()));
        Fuzz.check(reader, Mutation.apply(original, mutations));
    }

    @Property
    @AddLifecycleHook(TriesForEachJsonType.class)
    void jsonDocuments_ofEveryType_giveAValueOrOurException(@ForAll("json") Fuzz.Reader reader,
            @ForAll int document, @ForAll("mutations") List<Mutation> mutations) {
        fuzz(reader, document, mutations);
    }

    @Provide
    Arbitrary<Fuzz.Reader> mapper() {
        return Arbitraries.of(mapperReaders());
    }

    @Property
    @AddLifecycleHook(Fuzz.Tries.class)
    void jsonDocuments_throughTheJacksonMapper_giveAValueOrADocumentedException(@ForAll("mapper") Fuzz.Reader reader,
            @ForAll int document, @ForAll("mutations") List<Mutation> mutations) {
        fuzz(reader, document, mutations);
    }

    @Property
    @AddLifecycleHook(Fuzz.Tries.class)
    void fhirResponses_giveAValueOrOurException(@ForAll int document,
            @ForAll("mutations") List<Mutation> mutations) {
        fuzz(fhirReader(), document, mutations);
    }

    @Property
    @AddLifecycleHook(Fuzz.Tries.class)
    void csvFiles_giveAResultOrOurException(@ForAll int document, @ForAll("mutations") List<Mutation> mutations) {
        fuzz(csvReader(), document, mutations);
    }

    @Property
    @AddLifecycleHook(Fuzz.Tries.class)
    void redcapExports_giveAResultOrOurException(@ForAll int document,
            @ForAll("mutations") List<Mutation> mutations) {
        fuzz(redcapReader(), document, mutations);
    }

    @Example
    void everyJsonDocumentType_hasSamples_andTheSamplesRead() {
        assertThat(JSON_SAMPLES.keySet()).as("add samples for each new JSON document type")
                .containsExactlyInAnyOrderElementsOf(JsonFormat.types());
        for (Fuzz.Reader reader : jsonReaders()) {
            for (byte[] document : reader.documents()) {
                assertThatCode(() -> reader.read().apply(document)).as(reader.name()).doesNotThrowAnyException();
            }
        }
        List<Fuzz.Reader> others = List.of(fhirReader(), csvReader(), redcapReader());
        for (Fuzz.Reader reader : others) {
            for (byte[] document : reader.documents()) {
                Object value = reader.read().apply(document);
                if (value instanceof ImportResult result) {
                    assertThat(result.problems()).as(reader.name()).isEmpty();
                }
            }
        }
    }

    @Example
    void theProfileSetsTheTries() {
        assertThat(Fuzz.tries()).isEqualTo(Integer.getInteger(Fuzz.TRIES_PROPERTY, Fuzz.DEFAULT_TRIES));
    }

    /** Sets the tries of the JSON property to {@link Fuzz#tries()} for each document type. */
    public static final class TriesForEachJsonType implements AroundPropertyHook {

        /** Creates the hook; jqwik calls this. */
        public TriesForEachJsonType() {
        }

        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setTries(Fuzz.tries() * JsonFormat.types().size());
            return property.execute();
        }
    }
}
