package org.patientleadership.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.patientleadership.InvalidInputException;
import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.assessment.ScoringOptions;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.patientleadership.placement.Placer;
import org.patientleadership.placement.PowerSharing;
import org.patientleadership.placement.Restriction;
import org.patientleadership.profile.AttributeRating;
import org.patientleadership.profile.ProfileAnswers;
import org.patientleadership.profile.Profiler;
import org.patientleadership.roles.ConnectionLevel;
import org.patientleadership.roles.ExampleRole;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

/** Laws of the JSON formats: round trips for every document, and bad bytes never give a value. */
class JsonProperties {

    static Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange(' ', '\uD7FF').withChars('\n', '\t', '"', '\\', '/')
                .ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank());
    }

    @Provide
    static Arbitrary<Assessment> assessments() {
        Arbitrary<Answer> answer = Combinators.combine(Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(-1, 4), texts().injectNull(0.7))
                .as((point, rating, evidence) -> new Answer(point, rating < 0 ? java.util.OptionalInt.empty()
                        : java.util.OptionalInt.of(rating), java.util.Optional.ofNullable(evidence)
                        .map(String::strip)));
        return Combinators.combine(texts(), Arbitraries.integers().between(0, 20000),
                texts().list().ofMaxSize(3), answer.list().ofMaxSize(40).uniqueElements(Answer::point))
                .as((org, day, roles, answers) -> new Assessment(org, LocalDate.of(2000, 1, 1).plusDays(day),
                        roles.stream().map(String::strip).toList(), RatingScale.MATURITY, answers));
    }

    @Provide
    static Arbitrary<Activity> activities() {
        return Combinators.combine(texts(), Arbitraries.of(EngagementLevel.class), Arbitraries.of(Initiator.class),
                Arbitraries.subsetOf(PowerSharing.values()), Arbitraries.subsetOf(Restriction.values()))
                .as(Activity::new);
    }

    @Provide
    static Arbitrary<ProfileAnswers> profileAnswers() {
        return Combinators.combine(texts(),
                Arbitraries.maps(Arbitraries.of(RoleType.class), Arbitraries.of(ConnectionLevel.class)),
                Arbitraries.maps(Arbitraries.of(LeadershipAttribute.class), Arbitraries.of(AttributeRating.class)),
                Arbitraries.subsetOf(RoleType.values()), Arbitraries.subsetOf(RoleType.allExampleRoles()))
                .as((String label, Map<RoleType, ConnectionLevel> c, Map<LeadershipAttribute, AttributeRating> r,
                        Set<RoleType> roles, Set<ExampleRole> examples) ->
                        new ProfileAnswers(label, c, r, roles, examples));
    }

    @Property
    void assessments_roundTrip(@ForAll("assessments") Assessment a) {
        assertThat(JsonFormat.read(JsonFormat.write(a), Assessment.class)).isEqualTo(a);
        assertThat(JsonFormat.read(JsonFormat.write(a).getBytes(StandardCharsets.UTF_8), Assessment.class))
                .isEqualTo(a);
    }

    @Property(tries = 200)
    void results_roundTrip(@ForAll("assessments") Assessment a, @ForAll boolean strict) {
        AssessmentResult result = AssessmentResult.of(a, strict ? ScoringOptions.DEFAULT
                : ScoringOptions.DEFAULT.withMinimumCoverage(0), 5);
        assertThat(JsonFormat.read(JsonFormat.write(result), AssessmentResult.class)).isEqualTo(result);
    }

    @Property
    void activitiesAndPlacements_roundTrip(@ForAll("activities") Activity activity) {
        assertThat(JsonFormat.read(JsonFormat.write(activity), Activity.class)).isEqualTo(activity);
        var placements = Placer.place(activity);
        assertThat(JsonFormat.read(JsonFormat.write(placements), placements.getClass())).isEqualTo(placements);
    }

    @Property
    void profileAnswersAndProfiles_roundTrip(@ForAll("profileAnswers") ProfileAnswers answers) {
        assertThat(JsonFormat.read(JsonFormat.write(answers), ProfileAnswers.class)).isEqualTo(answers);
        var profile = Profiler.profile(answers);
        assertThat(JsonFormat.read(JsonFormat.write(profile), profile.getClass())).isEqualTo(profile);
    }

    @Property
    void arbitraryBytes_neverGiveAValue_onlyOurException(@ForAll byte[] bytes, @ForAll("types") Class<?> type) {
        Throwable thrown = catchThrowable(() -> JsonFormat.read(bytes, type));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
    }

    @Provide
    Arbitrary<Class<?>> types() {
        return Arbitraries.of(JsonFormat.types());
    }

    @Property
    void mutatedDocuments_giveOurExceptionOrAValidValue(@ForAll("assessments") Assessment a,
            @ForAll("mutations") List<int[]> mutations) {
        StringBuilder text = new StringBuilder(JsonFormat.write(a));
        String alphabet = "{}[]\":,0123456789-.eE truefalsnl\\u";
        for (int[] m : mutations) {
            int at = Math.floorMod(m[0], text.length());
            switch (Math.floorMod(m[1], 3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, alphabet.charAt(Math.floorMod(m[2], alphabet.length())));
                default -> text.setCharAt(at, alphabet.charAt(Math.floorMod(m[2], alphabet.length())));
            }
            if (text.length() == 0) {
                text.append('x');
            }
        }
        Assessment read;
        try {
            read = JsonFormat.read(text.toString(), Assessment.class);
        } catch (InvalidInputException expected) {
            assertThat(expected.problems()).isNotEmpty();
            return;
        }
        assertThat(JsonFormat.read(JsonFormat.write(read), Assessment.class)).isEqualTo(read);
    }

    @Provide
    Arbitrary<List<int[]>> mutations() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(3)
                .list().ofMinSize(1).ofMaxSize(4);
    }
}
