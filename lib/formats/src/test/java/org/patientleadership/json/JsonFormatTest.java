package org.patientleadership.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.patientleadership.InvalidInputException;
import org.patientleadership.Problem;
import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
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
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

class JsonFormatTest {

    static Assessment assessment() {
        return Assessment.builder("Riverside Trust (fictional)", LocalDate.of(2026, 3, 31))
                .assessorRoles("Engagement lead", "Patient leader")
                .rate(1, 3).rate(2, 2, "Board paper, May").rate(3, 4).notApplicable(24).rate(12, 0)
                .build();
    }

    static Activity activity() {
        return new Activity("Discharge redesign group", EngagementLevel.COLLECTIVE, Initiator.JOINT,
                java.util.Set.of(PowerSharing.PATIENTS_INFORMED, PowerSharing.CO_DESIGNED),
                java.util.Set.of(Restriction.MANAGED_FOR_PR));
    }

    static ProfileAnswers answers() {
        return ProfileAnswers.builder("Respondent 3").connection(RoleType.COMMUNITY_ENABLER, 2)
                .rate(LeadershipAttribute.CHALLENGING, 1).rate(LeadershipAttribute.COMMUNICATING, 4)
                .holds(RoleType.FORMAL_REPRESENTATIVE.exampleRoles().get(0)).holds(RoleType.PEER_SUPPORTER).build();
    }

    static List<Object> samples() {
        return List.of(assessment(), AssessmentResult.of(assessment()), activity(), Placer.place(activity()),
                answers(), Profiler.profile(answers()));
    }

    @Test
    void everyDocument_roundTrips_andStartsWithItsVersion() {
        for (Object value : samples()) {
            String json = JsonFormat.write(value);
            assertThat(json).as(value.getClass().getSimpleName()).startsWith("{\n  \"formatVersion\": 1,");
            assertThat(JsonFormat.read(json, value.getClass())).isEqualTo(value);
            assertThat(JsonFormat.read(json.getBytes(StandardCharsets.UTF_8), value.getClass())).isEqualTo(value);
            assertThat(JsonFormat.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    value.getClass())).isEqualTo(value);
            assertThat(json).doesNotContain("org.patientleadership").doesNotContain("@class");
        }
    }

    @Test
    void assessment_isWrittenWithIdsAndTheScaleByName() {
        String json = JsonFormat.write(assessment());
        assertThat(json).contains("\"scale\": \"maturity\"").contains("\"point\": \"point.2\"")
                .contains("\"evidence\": \"Board paper, May\"").contains("\"notApplicable\": true");
        RatingScale yesNo = new RatingScale("yes-no", "Yes or no", List.of(new RatingLevel(0, "no", "no", "Not done."),
                new RatingLevel(1, "yes", "yes", "Done.")));
        Assessment custom = Assessment.builder("Org", LocalDate.of(2026, 1, 1)).scale(yesNo).rate(5, 1).build();
        assertThat(JsonFormat.read(JsonFormat.write(custom), Assessment.class)).isEqualTo(custom);
    }

    @Test
    void scaleValuesAndRatingsAcrossTheWholeIntRange_roundTrip() {
        // Regression: the reader once refused level values and ratings outside -1000 to 1000, which the
        // library itself accepts and writes.
        RatingScale wide = new RatingScale("wide", "Wide", List.of(
                new RatingLevel(Integer.MIN_VALUE, "lowest", "lowest", "The lowest int."),
                new RatingLevel(5000, "some", "some", "Some."),
                new RatingLevel(Integer.MAX_VALUE, "highest", "highest", "The highest int.")));
        Assessment a = Assessment.builder("Org", LocalDate.of(2026, 1, 1)).scale(wide).rate(1, Integer.MIN_VALUE)
                .rate(2, 5000).rate(3, Integer.MAX_VALUE).build();
        assertThat(JsonFormat.read(JsonFormat.write(a), Assessment.class)).isEqualTo(a);
        AssessmentResult result = AssessmentResult.of(a);
        assertThat(result.scores().overall().contributions()).allSatisfy(c ->
                assertThat(c.normalised()).isBetween(0.0, 1.0));
        assertThat(JsonFormat.read(JsonFormat.write(result), AssessmentResult.class)).isEqualTo(result);
    }

    @Test
    void textsUpToTheStringLimit_roundTrip_andLongerOnesAreNotWritten() {
        String longest = "x".repeat(JsonFormat.MAX_STRING_LENGTH);
        Assessment a = Assessment.builder(longest, LocalDate.of(2026, 1, 1)).rate(1, 2, longest).build();
        assertThat(JsonFormat.read(JsonFormat.write(a), Assessment.class)).isEqualTo(a);
        Assessment tooLong = Assessment.builder("Org", LocalDate.of(2026, 1, 1)).rate(1, 2, longest + "y").build();
        assertThatThrownBy(() -> JsonFormat.write(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/answers/0/evidence").hasMessageContaining("100000");
        assertThatThrownBy(() -> JsonFormat.mapper().writeValueAsString(tooLong))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        String json = JsonFormat.write(a).replace(longest + "\"", longest + "y\"");
        assertThatThrownBy(() -> JsonFormat.read(json, Assessment.class)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("exceeds a limit");
    }

    @Test
    void documentsUpToTheSizeLimit_roundTrip_andLargerOnesAreNotWritten() {
        String text = "x".repeat(JsonFormat.MAX_STRING_LENGTH);
        Assessment.Builder near = Assessment.builder("Org", LocalDate.of(2026, 1, 1));
        for (int p = 1; p <= 39; p++) {
            near.rate(p, 1, text);
        }
        Assessment big = near.build();
        String json = JsonFormat.write(big);
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isBetween(3_900_000, JsonFormat.MAX_DOCUMENT_BYTES);
        assertThat(JsonFormat.read(json.getBytes(StandardCharsets.UTF_8), Assessment.class)).isEqualTo(big);
        Assessment tooBig = big.withAnswer(Answer.rated(40, 1).withEvidence("\u00e9".repeat(50_000)));
        assertThatThrownBy(() -> JsonFormat.write(tooBig)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bytes long").hasMessageContaining("4000000");
    }

    @Test
    void minimalHandWrittenAssessment_isRead() {
        Assessment a = JsonFormat.read("{\"formatVersion\": 1, \"organisation\": \"Org\", \"date\": \"2026-01-31\","
                + " \"answers\": [{\"point\": \"point.7\", \"rating\": 2}]}", Assessment.class);
        assertThat(a.scale()).isEqualTo(RatingScale.MATURITY);
        assertThat(a.assessorRoles()).isEmpty();
        assertThat(a.answer(7).orElseThrow().rating()).hasValue(2);
    }

    @Test
    void everyProblem_isReportedWithItsPointer_andAllowedValues() {
        String json = "{\"formatVersion\": 1, \"organisation\": \" \", \"date\": \"31/01/2026\", \"answers\": ["
                + "{\"point\": \"point.41\", \"rating\": 2}, {\"point\": \"point.3\", \"rating\": 5},"
                + "{\"point\": \"point.3\", \"rating\": 1}, {\"point\": \"point.4\"}, \"x\"], \"colour\": \"red\"}";
        assertThatThrownBy(() -> JsonFormat.read(json, Assessment.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.format()).isEqualTo("JSON assessment");
                    assertThat(e.problems()).extracting(Problem::location).contains("/colour", "/organisation",
                            "/date", "/answers/0/point", "/answers/1/rating", "/answers/2/point",
                            "/answers/3/rating", "/answers/4");
                    Problem rating = e.problems().stream().filter(p -> p.location().equals("/answers/1/rating"))
                            .findFirst().orElseThrow();
                    assertThat(rating.value()).isEqualTo("5");
                    assertThat(rating.allowed()).containsExactly("0 to 4");
                    Problem point = e.problems().stream().filter(p -> p.location().equals("/answers/0/point"))
                            .findFirst().orElseThrow();
                    assertThat(point.allowed()).contains("point.1", "point.40");
                });
    }

    @Test
    void syntaxErrors_duplicateKeysAndLimits_areLocated() {
        assertThatThrownBy(() -> JsonFormat.read("{\"formatVersion\": 1, \"organisation\": \"A\", "
                + "\"organisation\": \"B\"}", Assessment.class)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Duplicate field 'organisation'").hasMessageContaining("line 1");
        assertThatThrownBy(() -> JsonFormat.read("{\"formatVersion\": 1, \"answers\": [", Assessment.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.location()).startsWith("/answers"));
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThatThrownBy(() -> JsonFormat.read(deep, Assessment.class))
                .hasMessageContaining("exceeds a limit");
        assertThatThrownBy(() -> JsonFormat.read("{\"formatVersion\": 2}", Assessment.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location()).isEqualTo("/formatVersion");
                    assertThat(e.problems().get(0).allowed()).containsExactly("1");
                });
        assertThatThrownBy(() -> JsonFormat.read("{} {}", Assessment.class)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> JsonFormat.read(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{'}, Assessment.class))
                .hasMessageContaining("UTF-16");
        byte[] bom = ("\uFEFF" + JsonFormat.write(assessment())).getBytes(StandardCharsets.UTF_8);
        assertThat(JsonFormat.read(bom, Assessment.class)).isEqualTo(assessment());
    }

    @Test
    void hugeDocumentsAndStrings_areRefusedBeforeParsing() {
        String padding = " ".repeat(JsonFormat.MAX_DOCUMENT_BYTES);
        String huge = "{\"formatVersion\": 1," + padding + "\"organisation\": \"A\"}";
        assertThatThrownBy(() -> JsonFormat.read(huge.getBytes(StandardCharsets.UTF_8), Assessment.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("too large")
                .hasMessageContaining("at most " + JsonFormat.MAX_DOCUMENT_BYTES + " bytes");
        assertThatThrownBy(() -> JsonFormat.read(new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)),
                Assessment.class)).hasMessageContaining("too large");
        String longName = "{\"formatVersion\": 1, \"organisation\": \"" + "x".repeat(JsonFormat.MAX_STRING_LENGTH + 1)
                + "\"}";
        assertThatThrownBy(() -> JsonFormat.read(longName, Assessment.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location()).startsWith("/organisation");
                    assertThat(e.getMessage()).contains("String value length");
                });
    }

    @Test
    void module_worksInsideAUsersOwnMapper() throws Exception {
        ObjectMapper mine = new ObjectMapper().registerModule(JsonFormat.module());
        record Envelope(String sender, List<Assessment> assessments) {
        }
        Envelope envelope = new Envelope("team", List.of(assessment()));
        String json = mine.writeValueAsString(envelope);
        assertThat(mine.readValue(json, Envelope.class)).isEqualTo(envelope);
        String bad = json.replace("\"rating\":3", "\"rating\":9");
        assertThatThrownBy(() -> mine.readValue(bad, Envelope.class)).isInstanceOf(JsonMappingException.class)
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("/answers/0/rating");
        List<Placements> list = JsonFormat.mapper().readValue(JsonFormat.mapper().writeValueAsString(
                List.of(Placer.place(activity()))), new TypeReference<List<Placements>>() { });
        assertThat(list).containsExactly(Placer.place(activity()));
        assertThat(JsonFormat.mapper()).isNotSameAs(JsonFormat.mapper());
    }

    @Test
    void unsupportedTypes_areRefusedNamingTheSupportedOnes() {
        assertThatThrownBy(() -> JsonFormat.write("text")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Assessment").hasMessageContaining("Profile");
        assertThat(JsonFormat.types()).hasSize(8).contains(org.patientleadership.assessment.Plan.class);
        assertThat(JsonFormat.toTree(activity()).get("initiatedBy").asText()).isEqualTo(Initiator.JOINT.id());
        assertThat(Profile.class).isNotNull();
    }
}
