package org.patientleadership.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Plan;
import org.patientleadership.assessment.PlanRequest;
import org.patientleadership.assessment.Planner;
import org.patientleadership.assessment.Recommendation;
import org.patientleadership.assessment.Recommender;
import org.patientleadership.assessment.Scores;
import org.patientleadership.assessment.Scoring;

/** Scoring one 40-point assessment (sections and overall), against a hand loop over an {@code int[40]}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScoreBenchmark {

    private Assessment assessment;
    private int[] ratings;
    private PlanRequest request;

    /** Builds the inputs. */
    @Setup
    public void setUp() {
        assessment = Fixtures.assessment();
        ratings = Fixtures.plain(assessment);
        request = PlanRequest.of(assessment).withEarlier(Fixtures.lastYear(assessment)).withFocus(36).withSkip(32);
    }

    /**
     * The library.
     *
     * @return the scores
     */
    @Benchmark
    public Scores library() {
        return Scoring.score(assessment);
    }

    /**
     * The baseline.
     *
     * @return the scores
     */
    @Benchmark
    public double[] baseline() {
        return PlainScoring.score(ratings);
    }

    /**
     * Recommendations for one assessment (absolute time; no baseline).
     *
     * @return the top five recommendations
     */
    @Benchmark
    public java.util.List<Recommendation> recommend() {
        return Recommender.recommend(assessment, 5);
    }

    /**
     * A full plan for one assessment, compared with last year's, with a focus and a skipped point (absolute
     * time; no baseline).
     *
     * @return the plan
     */
    @Benchmark
    public Plan plan() {
        return Planner.plan(request);
    }
}
