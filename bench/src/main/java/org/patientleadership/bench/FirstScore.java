package org.patientleadership.bench;

import java.time.LocalDate;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Scoring;

/** Started in a fresh JVM to time the first score: builds one assessment and prints its overall score. */
public final class FirstScore {

    private FirstScore() {
    }

    /**
     * Runs.
     *
     * @param args  not used
     */
    public static void main(String[] args) {
        Assessment.Builder b = Assessment.builder("Fresh JVM (fictional)", LocalDate.of(2026, 1, 1));
        for (int point = 1; point <= 40; point++) {
            b.rate(point, point % 5);
        }
        System.out.println(Scoring.score(b.build()).overall());
    }
}
