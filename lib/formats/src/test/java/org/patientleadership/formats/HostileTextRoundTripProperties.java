package org.patientleadership.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.assessment.ScoringOptions;
import org.patientleadership.csv.CsvExport;
import org.patientleadership.csv.CsvImport;
import org.patientleadership.csv.CsvLimits;
import org.patientleadership.csv.CsvOptions;
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
import org.patientleadership.placement.Restriction;
import org.patientleadership.profile.Profile;
import org.patientleadership.profile.ProfileAnswers;
import org.patientleadership.profile.Profiler;
import org.patientleadership.testing.HostileText;
import org.patientleadership.testing.ProfileArbitraries;

/**
 * Every format gives back exactly what was written, for text chosen to break formats (formula prefixes,
 * bidirectional controls, quotes, line breaks, characters outside the Basic Multilingual Plane): JSON for each
 * document type, FHIR, plain CSV and REDCap, the last two with formula cells neutralised and exact.
 */
class HostileTextRoundTripProperties {

    @Provide
    static Arbitrary<Assessment> assessments() {
        Arbitrary<Answer> answer = Combinators.combine(Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(-1, 4), HostileText.text().optional(0.6))
                .as((point, rating, evidence) -> new Answer(point, rating < 0 ? OptionalInt.empty()
                        : OptionalInt.of(rating), evidence));
        return Combinators.combine(HostileText.text(), Arbitraries.integers().between(0, 20_000),
                HostileText.textWithout(";").list().ofMaxSize(3),
                answer.list().ofMaxSize(40).uniqueElements(Answer::point))
                .as((org, day, roles, answers) -> new Assessment(org, LocalDate.of(2000, 1, 1).plusDays(day), roles,
                        RatingScale.MATURITY, answers));
    }

    @Provide
    static Arbitrary<Activity> activities() {
        return Combinators.combine(HostileText.text(), Arbitraries.of(EngagementLevel.class),
                Arbitraries.of(Initiator.class), Arbitraries.subsetOf(PowerSharing.values()),
                Arbitraries.subsetOf(Restriction.values())).as(Activity::new);
    }

    @Provide
    static Arbitrary<ProfileAnswers> profileAnswers() {
        return ProfileArbitraries.answers(HostileText.text());
    }

    @Provide
    static Arbitrary<CsvOptions> options() {
        return Arbitraries.of(CsvOptions.Formulas.class).map(CsvOptions.DEFAULT::withFormulas);
    }

    @Property(tries = 300)
    void json_assessmentsAndResults_roundTrip(@ForAll("assessments") Assessment a) {
        assertThat(JsonFormat.read(JsonFormat.write(a), Assessment.class)).isEqualTo(a);
        AssessmentResult result = AssessmentResult.of(a, ScoringOptions.DEFAULT.withMinimumCoverage(0), 5);
        assertThat(JsonFormat.read(JsonFormat.write(result), AssessmentResult.class)).isEqualTo(result);
    }

    @Property(tries = 200)
    void json_activitiesAndPlacements_roundTrip(@ForAll("activities") Activity activity) {
        assertThat(JsonFormat.read(JsonFormat.write(activity), Activity.class)).isEqualTo(activity);
        Placements placements = Placer.place(activity);
        assertThat(JsonFormat.read(JsonFormat.write(placements), Placements.class)).isEqualTo(placements);
    }

    @Property(tries = 200)
    void json_profileAnswersAndProfiles_roundTrip(@ForAll("profileAnswers") ProfileAnswers answers) {
        assertThat(JsonFormat.read(JsonFormat.write(answers), ProfileAnswers.class)).isEqualTo(answers);
        Profile profile = Profiler.profile(answers);
        assertThat(JsonFormat.read(JsonFormat.write(profile), Profile.class)).isEqualTo(profile);
    }

    @Property(tries = 200)
    void fhir_roundTrips(@ForAll("assessments") Assessment a) {
        assertThat(FhirQuestionnaire.readResponse(FhirQuestionnaire.toResponse(a))).isEqualTo(a);
    }

    @Property(tries = 200)
    void csv_roundTrips_inBothFormulaModes(@ForAll("assessments") Assessment a, @ForAll("assessments") Assessment b,
            @ForAll("options") CsvOptions options) {
        byte[] file = CsvExport.write(List.of(a, b), options).getBytes(StandardCharsets.UTF_8);
        assertThat(CsvImport.read(file, RatingScale.MATURITY, CsvLimits.DEFAULT, options).orThrow())
                .containsExactly(a, b);
    }

    @Property(tries = 200)
    void redcap_roundTrips_inBothFormulaModes(@ForAll("assessments") Assessment a,
            @ForAll("assessments") Assessment b, @ForAll("options") CsvOptions options) {
        byte[] file = RedcapExport.records(List.of(a, b), options).getBytes(StandardCharsets.UTF_8);
        assertThat(RedcapImport.read(file, RatingScale.MATURITY, CsvLimits.DEFAULT, options).orThrow())
                .containsExactly(a, b);
    }

    @Property(tries = 200)
    void neutralisedCsv_hasNoCellAFormulaCouldStartIn(@ForAll("assessments") Assessment a) {
        String csv = CsvExport.write(List.of(a));
        for (String cell : Optional.of(csv.substring(csv.indexOf('\n') + 1)).orElseThrow()
                .split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)) {
            String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
            assertThat(unquoted).as("a cell of " + csv).doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("@").doesNotStartWith("-");
        }
    }
}
