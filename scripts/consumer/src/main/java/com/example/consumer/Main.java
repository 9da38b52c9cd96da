package com.example.consumer;

import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Scoring;
import org.patientleadership.ladder.ArnsteinRung;

/** A downstream program: uses the installed library as any user would. */
public final class Main {

    private Main() {
    }

    /**
     * Prints a rung and a score.
     *
     * @param args  not used
     */
    public static void main(String[] args) {
        Assessment a = Assessment.builder("Consumer check", java.time.LocalDate.of(2026, 1, 1)).rate(1, 4).build();
        System.out.println(ArnsteinRung.of(6).displayName() + " " + Scoring.score(a).section(
                org.patientleadership.checklist.Section.INTRODUCTION));
    }
}
