package org.patientleadership.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Scores;
import org.patientleadership.assessment.Scoring;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.json.JsonFormat;

/**
 * Parsing one assessment from JSON and scoring it, against Jackson reading the same bytes into plain records
 * followed by the hand loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ParseBenchmark {

    /**
     * The plain shape of an answer.
     *
     * @param point  the point id
     * @param rating  the rating, or null
     * @param notApplicable  true if not applicable, or null
     * @param evidence  the evidence, or null
     */
    public record PlainAnswer(String point, Integer rating, Boolean notApplicable, String evidence) {
    }

    /**
     * The plain shape of an assessment document.
     *
     * @param formatVersion  the version
     * @param organisation  the organisation
     * @param date  the date, as text
     * @param assessorRoles  the roles
     * @param scale  the scale id
     * @param answers  the answers
     */
    public record PlainAssessment(int formatVersion, String organisation, String date, List<String> assessorRoles,
            String scale, List<PlainAnswer> answers) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private byte[] json;

    /** Builds the input. */
    @Setup
    public void setUp() {
        json = Fixtures.json(Fixtures.assessment());
    }

    /**
     * The library: strict reading into an {@link Assessment}, then scoring.
     *
     * @return the scores
     */
    @Benchmark
    public Scores library() {
        return Scoring.score(JsonFormat.read(json, Assessment.class));
    }

    /**
     * The baseline: Jackson into plain records, then the hand loop.
     *
     * @return the scores
     * @throws IOException never, the input is valid
     */
    @Benchmark
    public double[] baseline() throws IOException {
        PlainAssessment plain = mapper.readValue(json, PlainAssessment.class);
        int[] ratings = new int[ChecklistPoint.COUNT];
        Arrays.fill(ratings, Fixtures.UNANSWERED);
        for (PlainAnswer a : plain.answers()) {
            int point = Integer.parseInt(a.point().substring("point.".length()));
            ratings[point - 1] = Boolean.TRUE.equals(a.notApplicable()) ? Fixtures.NOT_APPLICABLE : a.rating();
        }
        return PlainScoring.score(ratings);
    }
}
