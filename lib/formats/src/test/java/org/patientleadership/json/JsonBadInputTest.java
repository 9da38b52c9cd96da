package org.patientleadership.json;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.placement.Activity;
import org.patientleadership.profile.ProfileAnswers;
import org.patientleadership.testing.BadInputCorpus;

/** Runs the JSON part of the bad-input corpus: each file must fail with its documented location and message. */
class JsonBadInputTest {

    @TestFactory
    Stream<DynamicTest> assessments() {
        return BadInputCorpus.tests("json-assessment", bytes -> JsonFormat.read(bytes, Assessment.class));
    }

    @TestFactory
    Stream<DynamicTest> activities() {
        return BadInputCorpus.tests("json-activity", bytes -> JsonFormat.read(bytes, Activity.class));
    }

    @TestFactory
    Stream<DynamicTest> profileAnswers() {
        return BadInputCorpus.tests("json-profile-answers", bytes -> JsonFormat.read(bytes, ProfileAnswers.class));
    }
}
