package org.patientleadership.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.patientleadership.placement.Placements;
import org.patientleadership.placement.Placer;
import org.patientleadership.placement.PowerSharing;

/** Placing an activity on the four ladders, against a hand-written if-chain giving the four rungs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PlaceBenchmark {

    private Activity activity;
    private boolean informed;
    private boolean asked;
    private boolean actedOn;
    private boolean influence;
    private boolean coDesigned;
    private boolean shared;
    private boolean coDelivered;
    private boolean budget;
    private boolean control;

    /** Builds the input: a co-designed redesign group started jointly. */
    @Setup
    public void setUp() {
        activity = Activity.of("Discharge redesign group", EngagementLevel.COLLECTIVE, Initiator.JOINT,
                PowerSharing.PATIENTS_INFORMED, PowerSharing.PATIENTS_ASKED, PowerSharing.INPUT_ACTED_ON,
                PowerSharing.PATIENTS_INFLUENCE_DECISIONS, PowerSharing.CO_DESIGNED);
        informed = activity.has(PowerSharing.PATIENTS_INFORMED);
        asked = activity.has(PowerSharing.PATIENTS_ASKED);
        actedOn = activity.has(PowerSharing.INPUT_ACTED_ON);
        influence = activity.has(PowerSharing.PATIENTS_INFLUENCE_DECISIONS);
        coDesigned = activity.has(PowerSharing.CO_DESIGNED);
        shared = activity.has(PowerSharing.DECISIONS_SHARED);
        coDelivered = activity.has(PowerSharing.CO_DELIVERED);
        budget = activity.has(PowerSharing.PATIENTS_HOLD_BUDGET);
        control = activity.has(PowerSharing.PATIENTS_CONTROL);
    }

    /**
     * The library: placements with reasons and next steps on all four ladders.
     *
     * @return the placements
     */
    @Benchmark
    public Placements library() {
        return Placer.place(activity);
    }

    /**
     * The baseline: the four rung numbers from an if-chain.
     *
     * @return the rung numbers, one per ladder
     */
    @Benchmark
    public int[] baseline() {
        int arnstein = control ? 8 : budget ? 7 : shared ? 6 : influence ? 5 : asked ? 4 : informed ? 3 : 1;
        int degree = shared || control || budget ? 4 : influence ? 3 : actedOn ? 2 : asked ? 1 : 0;
        int participation = control ? 7 : shared ? 6 : coDesigned ? 5 : influence ? 4 : asked ? 3
                : informed ? 2 : 1;
        int coProduction = coDesigned && coDelivered ? 7 : coDesigned ? 6 : influence ? 5 : asked ? 4
                : informed ? 3 : 1;
        return new int[] {arnstein, degree, participation, coProduction};
    }
}
