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

    /** Builds the inputs. */
    @Setup
    public void setUp() {
        assessment = Fixtures.assessment();
        ratings = Fixtures.plain(assessment);
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
}
