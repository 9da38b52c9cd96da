package org.patientleadership.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.patientleadership.InvalidInputException;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.Plan;
import org.patientleadership.assessment.PlanRequest;
import org.patientleadership.assessment.Planner;

class PlanJsonTest {

    private static Plan plan() {
        Assessment before = Assessment.builder("Trust", LocalDate.of(2025, 3, 31)).rate(15, 3).build();
        Assessment now = Assessment.builder("Trust", LocalDate.of(2026, 3, 31)).rate(12, 1).rate(15, 1)
                .rate(25, 0, "Not begun").rate(32, 0).build();
        return Planner.plan(PlanRequest.of(now).withEarlier(before).withSkip(32).withFocus(25));
    }

    @Test
    void test_roundTrip_andForm() {
        String json = JsonFormat.write(plan());
        assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"organisation\": \"Trust\"")
                .contains("\"earlierDate\": \"2025-03-31\"").contains("\"skipped\": [\n    \"point.32\"\n  ]")
                .contains("\"horizon\": \"now\"").contains("\"factor\": \"fell-back\"")
                .contains("\"detail\": \"from 3 to 1\"").contains("\"after\": [\n        \"point.12\"\n      ]");
        assertThat(JsonFormat.read(json, Plan.class)).isEqualTo(plan());
        assertThat(JsonSchemas.validate(Plan.class, json)).isEmpty();
    }

    @Test
    void test_scoreThatIsNotTheSum_isRefused() {
        String json = JsonFormat.write(plan()).replaceFirst("\"score\": [0-9.E-]+", "\"score\": 9.5");
        assertThatThrownBy(() -> JsonFormat.read(json, Plan.class)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("/items/0/score").hasMessageContaining("sum of the factors");
    }

    @Test
    void test_unknownHorizon_andSkippedPointPlanned_areRefused() {
        String json = JsonFormat.write(plan());
        assertThatThrownBy(() -> JsonFormat.read(json.replace("\"now\"", "\"soon\""), Plan.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("/items/0/horizon")
                .hasMessageContaining("now");
        assertThatThrownBy(() -> JsonFormat.read(json.replace("\"skipped\": [\n    \"point.32\"",
                "\"skipped\": [\n    \"point.15\""), Plan.class)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("planned and skipped");
    }
}
